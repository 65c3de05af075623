import type { DeepOptions } from '../cli/DeepOptions.js';
import { activationName } from '../experiments/activationName.js';
import type { DeepRun } from '../experiments/DeepRun.js';
import type { ExperimentData } from '../experiments/ExperimentData.js';
import { histogramPlot } from '../plot/histogramPlot.js';
import { linePlot } from '../plot/linePlot.js';
import { declaredOverlay } from './declaredOverlay.js';
import { predictedVariance } from './predictedVariance.js';
import type { ReportFigure } from './ReportPage.js';
import { renderReport } from './renderReport.js';
import { signalFigures } from './signalFigures.js';

const percent = (v: number | undefined): string => (v === undefined ? 'n/a' : `${(100 * v).toFixed(1)}\u00a0%`);

/**
 * The HTML report of `deep`: activation and gradient standard deviation against depth at
 * initialization (He et al. 2015, Fig. 2 and 3 in spirit), the loss at every training step,
 * the activations after training, and a histogram of one hidden layer's initial weights per
 * initialization against the declared law.
 *
 * @example
 * ```ts
 * deepReport(options, data, runs).includes('Activation std per hidden layer, at initialization'); // true
 * ```
 */
export function deepReport(options: DeepOptions, data: ExperimentData, runs: readonly DeepRun[]): string {
  const phi = activationName(options.activation);
  const loss = linePlot({
    title: 'Loss during training',
    xLabel: 'step',
    yLabel: 'mini-batch loss',
    width: 640,
    yScale: 'linear',
    yMax: Math.max(2, 2 * Math.log(data.classes)),
    series: runs.map((r) => ({
      label: r.label,
      points: r.iterations.map((it, i) => [it, r.costs[i] as number] as const),
      ...(r.diverged ? { note: `diverged at step ${r.diverged.iteration}` } : {}),
    })),
  });
  const histograms = runs.map((r) => {
    const overlay = declaredOverlay(r.declared);
    return {
      svg: histogramPlot({ title: `${r.label}: W${r.sampleLayer}`, values: r.sampleWeights, ...overlay }),
      caption: `The ${r.sampleWeights.length} initial weights of layer ${r.sampleLayer}; declared: ${overlay.declared}.`,
    };
  });
  return renderReport({
    title: `nninit deep — a ${options.layers}-layer ${phi} network`,
    summary: runs
      .map(
        (r) =>
          `${r.label}: ${r.diverged ? `diverged at step ${r.diverged.iteration}` : `training accuracy ${percent(r.trainAccuracy)}`}`,
      )
      .join(' · '),
    settings: [
      [
        'network',
        `2 → ${options.width} × ${options.layers} (${phi}) → ${data.classes === 2 ? '1 (sigmoid)' : `${data.classes} (softmax)`}`,
      ],
      ['data', `${data.name}: ${data.description}; 300 training examples`],
      [
        'training',
        `${options.iterations} Adam steps, learning rate ${options.learningRate}, mini-batches of ${options.batchSize}`,
      ],
      ['randomness', data.streams],
    ],
    sections: [
      {
        id: 'init-signal',
        heading: 'Signal at initialization',
        text: signalText[options.activation],
        figures: [
          ...signalFigures(
            runs.map((r) => ({ label: r.label, signal: r.initialSignal })),
            'at initialization',
          ),
          theoryFigure(options, data, runs),
        ],
      },
      {
        id: 'loss',
        heading: 'Loss during training',
        text: 'A network whose signal vanished or exploded at initialization cannot learn, whatever the optimizer: its loss stays at chance (ln 2 for two classes) or diverges.',
        figures: [
          {
            svg: loss,
            caption:
              'Mini-batch loss at every Adam step, on a linear axis cut at twice the chance level: a run that exploded is counted in the legend instead of flattening the others.',
          },
        ],
      },
      {
        id: 'trained-signal',
        heading: 'Signal after training',
        text: 'The activations of each trained network, layer by layer.',
        figures: signalFigures(
          runs.map((r) => ({ label: r.label, signal: r.finalSignal })),
          'after training',
        ).slice(0, 1),
      },
      {
        id: 'weights',
        heading: 'Initial weights',
        text: "One hidden layer's initial weights (bars) against the declared distribution (curve, or a spike for a constant).",
        figures: histograms,
      },
    ],
  });
}

/** The mean-field step of the theory figure's caption, per hidden activation. */
const theoryStep = {
  relu: 'qˡ⁺¹ = σ_w²·qˡ/2 for ReLU',
  tanh: 'qˡ⁺¹ = σ_w²·E[tanh(√qˡ·z)²], z ~ N(0, 1), for tanh (varianceMap, by quadrature)',
} as const;

/** The signal section's reading of the figures, per hidden activation. */
const signalText = {
  relu: 'Under ReLU, Var[z⁽ˡ⁾] = ½·fanIn·Var[w]·Var[z⁽ˡ⁻¹⁾]. Only Var[w] = 2/fanIn (He) keeps the spread of activations and gradients constant through depth; 1/fanIn (Xavier and LeCun, equal on square layers) halves it at every layer, 0.01² kills it, 1 makes it explode.',
  tanh: 'Under tanh, Var[z⁽ˡ⁾] = σ_w²·E[tanh(z⁽ˡ⁻¹⁾)²] with σ_w² = fanIn·Var[w] (Poole et al. 2016): tanh is the identity near 0, so σ_w² = 1 (Xavier and LeCun on square layers) decays only slowly, σ_w² < 1 (0.01² per weight) vanishes geometrically, and σ_w² > 1 settles at a fixed point q* > 0 instead of exploding (He, σ_w² = 2, and random 1.0, saturated) — the ordered and chaotic phases of Schoenholz et al. (2017).',
} as const;

/**
 * Each run's measured pre-activation second moment mean(z²) = std² + mean² per hidden layer, and
 * the mean-field prediction for the same layers ({@link predictedVariance}), on one log axis.
 */
function theoryFigure(options: DeepOptions, data: ExperimentData, runs: readonly DeepRun[]): ReportFigure {
  const sizes = [2, ...new Array<number>(options.layers).fill(options.width)];
  const x = data.train.x.data;
  let meanSquare = 0;
  for (const v of x) meanSquare += (v * v) / x.length;
  const svg = linePlot({
    title: `Pre-activation variance under ${activationName(options.activation)}: measured and predicted`,
    xLabel: 'layer',
    yLabel: 'mean(z²)',
    yScale: 'log',
    markers: true,
    integerX: true,
    series: runs.flatMap((r, i) => {
      const measured = r.initialSignal
        .slice(0, options.layers)
        .map((s) => [s.layer, s.preActivation.std ** 2 + s.preActivation.mean ** 2] as const);
      const predicted = predictedVariance(options.activation, r.initialization, sizes, meanSquare);
      return [
        { label: `${r.label} measured`, points: measured, colorIndex: i },
        ...(predicted === undefined
          ? []
          : [
              {
                label: `${r.label} theory`,
                points: predicted.map((q, l) => [l + 1, q] as const),
                colorIndex: i,
                dashed: true,
              },
            ]),
      ];
    }),
  });
  return {
    svg,
    caption: `The second moment of each hidden layer’s pre-activations on the training set, measured (solid, with dots) and as mean-field theory predicts it (dashed, same colour; Poole et al. 2016): q¹ = σ_w²·mean(x²), then ${theoryStep[options.activation]}, with σ_w² = fan_in·Var[w] from each initializer’s declared distribution and σ_b = 0. A width-${options.width} network follows the prediction up to fluctuations of order √(2l/width); zeros is 0 everywhere and has no line.`,
  };
}
