import { percentileRatio } from '../experiments/percentileRatio.js';
import type { TheoryRun } from '../experiments/TheoryRun.js';
import { linePlot } from '../plot/linePlot.js';
import { renderReport } from './renderReport.js';

/**
 * The HTML report of `theory`: the critical lines of tanh and relu, the depth scales of tanh at
 * σ_b = 0.3, measured against predicted per-layer variance, and the Jacobian's singular-value
 * spectra at every depth from 2 to 64, with their p90/p10 spread against depth.
 *
 * @example
 * ```ts
 * theoryReport(runTheory()).includes('id="critical"'); // true
 * ```
 */
export function theoryReport(run: TheoryRun): string {
  const { criticalLines } = run;
  const line = (values: readonly (number | null)[]) =>
    criticalLines.biasStds.map((b, i) => [b, values[i] ?? Number.NaN] as const);
  const critical = linePlot({
    title: 'Critical lines (χ₁ = 1)',
    xLabel: 'σ_b',
    yLabel: 'σ_w',
    yScale: 'linear',
    series: [
      { label: 'tanh', points: line(criticalLines.tanh) },
      { label: 'relu', points: line(criticalLines.relu) },
    ],
  });
  const depth = linePlot({
    title: 'Depth scales of tanh, σ_b = 0.3',
    xLabel: 'σ_w',
    yLabel: 'layers',
    yScale: 'log',
    markers: true,
    series: [
      { label: 'ξ_c', points: run.depthScales.map((d) => [d.weightStd, d.depthScaleC] as const) },
      { label: 'ξ_q', points: run.depthScales.map((d) => [d.weightStd, d.depthScaleQ] as const) },
    ],
  });
  const variance = linePlot({
    title: 'Pre-activation variance, width 256',
    xLabel: 'layer',
    yLabel: 'mean(z²)',
    yScale: 'log',
    markers: true,
    integerX: true,
    series: run.variance.flatMap((v) => [
      { label: `${v.label} measured`, points: v.measured.map((q, l) => [l + 1, q] as const) },
      { label: `${v.label} theory`, points: v.predicted.map((q, l) => [l + 1, q] as const) },
    ]),
  });
  const labels = [...new Set(run.jacobian.map((j) => j.label))];
  // One figure per network, a curve per depth: the spread with depth is the result to see.
  const spectra = labels.map((label) =>
    linePlot({
      title: `Jacobian singular values: ${label}, width 128`,
      xLabel: 'rank',
      yLabel: 'singular value',
      yScale: 'log',
      integerX: true,
      series: run.jacobian
        .filter((j) => j.label === label)
        .map((j) => ({ label: `depth ${j.depth}`, points: j.singularValues.map((s, i) => [i + 1, s] as const) })),
    }),
  );
  const spread = linePlot({
    title: 'Jacobian spread p90/p10 against depth, width 128',
    xLabel: 'depth',
    yLabel: 'p90/p10',
    yScale: 'log',
    markers: true,
    integerX: true,
    series: labels.map((label) => ({
      label,
      points: run.jacobian
        .filter((j) => j.label === label)
        .map((j) => [j.depth, percentileRatio(j.singularValues)] as const),
    })),
  });
  return renderReport({
    title: 'nninit theory — mean-field signal propagation',
    summary: `critical σ_w at σ_b = 0: tanh ${criticalLines.tanh[0]}, relu ${criticalLines.relu[0]}`,
    settings: [
      ['theory', 'Poole et al. 2016; Schoenholz et al. 2017; Pennington, Schoenholz & Ganguli 2017'],
      ['networks', 'weights at variance σ_w²/fan_in, Philox seeds 1 to 3'],
    ],
    sections: [
      {
        id: 'critical',
        heading: 'Order and chaos',
        text: 'The σ_w where χ₁ = σ_w²·E[φ′(√q*·z)²] = 1: below it signals and gradients vanish (ordered), above it they explode and nearby inputs decorrelate (chaotic). For relu it is √2 at every σ_b (He’s scale); for tanh it starts at 1 and rises with σ_b.',
        figures: [{ svg: critical, caption: 'criticalWeightStd for σ_b from 0 to 1.' }],
      },
      {
        id: 'depth-scales',
        heading: 'Depth scales',
        text: 'How many layers a correlation (ξ_c) and the variance (ξ_q) take to settle. ξ_c diverges at the critical line, so only networks near it can be deep and still trainable (Schoenholz et al.).',
        figures: [
          {
            svg: depth,
            caption: 'meanField for tanh at σ_b = 0.3; the critical point has ξ_c = ∞ and no point on the log axis.',
          },
        ],
      },
      {
        id: 'variance',
        heading: 'Predicted against measured',
        text: 'The variance map q ↦ σ_w²·E[φ(√q z)²] + σ_b² against the measured mean(z²) of one width-256 network per setting (32 inputs).',
        figures: [
          {
            svg: variance,
            caption: 'varianceMap from each input’s q⁰ = σ_w²|x|²/n, averaged over inputs, and probeSignal.',
          },
        ],
      },
      {
        id: 'jacobian',
        heading: 'Dynamical isometry',
        text: 'The singular values of the input–output Jacobian: with orthogonal weights and tanh at criticality (small q) they stay near 1; Gaussian weights, or relu, spread them with depth (Pennington et al. 2017).',
        figures: [
          {
            svg: spread,
            caption:
              'percentileRatio of jacobianSingularValues: orthogonal tanh stays near 1 at every depth; Gaussian tanh and relu grow with depth until about 1e15, where the smallest singular values reach float64’s rounding (a ratio that is not finite, a p10 of 0, has no point).',
          },
          ...spectra.map((svg) => ({ svg, caption: 'jacobianSingularValues, descending, one curve per depth.' })),
        ],
      },
    ],
  });
}
