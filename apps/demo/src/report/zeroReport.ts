import type { ExperimentData } from '../experiments/ExperimentData.js';
import { ZERO_SETTINGS, type ZeroRun } from '../experiments/runZero.js';
import { escapeXml } from '../plot/escapeXml.js';
import { linePlot } from '../plot/linePlot.js';
import { renderReport } from './renderReport.js';

/**
 * The HTML report of `zero`: the training loss of zeros, partial identity, ZerO and He, and a
 * table of the distinct and dead hidden units before and after training.
 *
 * @example
 * ```ts
 * zeroReport(data, runZero(data)).includes('id="units"'); // true
 * ```
 */
export function zeroReport(data: ExperimentData, runs: readonly ZeroRun[]): string {
  const s = ZERO_SETTINGS;
  const loss = linePlot({
    title: 'Training loss (full batch)',
    xLabel: 'gradient-descent step',
    yLabel: 'loss',
    yScale: 'log',
    series: runs.map((r) => ({ label: r.label, points: r.costs.map((c, i) => [i * s.recordEvery, c] as const) })),
  });
  const rows = runs
    .map(
      (r) =>
        `<tr><td>${escapeXml(r.label)}</td><td>${r.classesBefore} → ${r.classesAfter}</td><td>${r.deadUnits}</td><td>${(100 * r.trainAccuracy).toFixed(1)}\u00a0%</td></tr>`,
    )
    .join('');
  return renderReport({
    title: 'nninit zero',
    summary: `ZerO (Zhao et al. 2022) breaks the symmetry of a [2, ${s.hidden}, 1] network without randomness; zeros never does.`,
    settings: [
      ['network', `[2, ${s.hidden}, 1], tanh, sigmoid output`],
      ['data', `${data.name}: ${data.description}`],
      ['training', `${s.iterations} full-batch gradient-descent steps, learning rate ${s.learningRate}`],
      ['streams', `${data.streams} (only He draws)`],
    ],
    sections: [
      {
        id: 'units',
        heading: 'Distinct hidden units',
        text: 'Units with identical incoming weights, bias and outgoing weights get identical gradients, so training can never make them distinct. Dead units have no weights at all and get no gradient.',
        figures: [],
        html: `<table><thead><tr><th>start</th><th>distinct units before → after (of ${s.hidden})</th><th>dead units</th><th>train accuracy</th></tr></thead><tbody>${rows}</tbody></table>`,
      },
      {
        id: 'loss',
        heading: 'Training loss',
        text: 'Zeros stays at ln 2; the partial identity trains two units only; ZerO trains with every unit, from a start that uses no randomness.',
        figures: [{ svg: loss, caption: `Loss on the 300 training examples every ${s.recordEvery} steps.` }],
      },
    ],
  });
}
