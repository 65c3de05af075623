import type { ExperimentData } from '../experiments/ExperimentData.js';
import type { LsuvOptions, LsuvRun } from '../experiments/runLsuv.js';
import { linePlot } from '../plot/linePlot.js';
import { renderReport } from './renderReport.js';

/**
 * The HTML report of `lsuv`: the training loss of the three starts, and the variance LSUV
 * reached in every layer with the rescalings it took.
 *
 * @example
 * ```ts
 * lsuvReport(LSUV_SETTINGS, data, runLsuv(LSUV_SETTINGS, data)).includes('id="loss"'); // true
 * ```
 */
export function lsuvReport(settings: LsuvOptions, data: ExperimentData, runs: readonly LsuvRun[]): string {
  const loss = linePlot({
    title: 'Training loss (full batch)',
    xLabel: 'Adam step',
    yLabel: 'loss',
    yScale: 'log',
    series: runs.map((r) => ({
      label: r.label,
      points: r.costs.map((c, i) => [i * settings.recordEvery, c] as const),
    })),
  });
  const rescaled = runs.find((r) => r.lsuv !== undefined);
  const layers =
    rescaled?.lsuv === undefined
      ? []
      : [
          {
            svg: linePlot({
              title: 'Var(z) per layer after LSUV',
              xLabel: 'layer',
              yLabel: 'Var(z)',
              yScale: 'linear',
              markers: true,
              integerX: true,
              series: [{ label: rescaled.label, points: rescaled.lsuv.map((l, i) => [i + 1, l.variance] as const) }],
            }),
            caption: `Every layer's pre-activation variance on the training batch once LSUV stops (|Var − 1| < 0.1); ${rescaled.lsuv.reduce((n, l) => n + l.iterations, 0)} rescalings W ← W/√Var in all.`,
          },
        ];
  return renderReport({
    title: 'nninit lsuv',
    summary: `LSUV (Mishkin & Matas 2016): a ${settings.layers}-layer tanh network trains after LSUV, not from N(0, 1) or N(0, 0.01²).`,
    settings: [
      ['network', `[2, ${settings.width} × ${settings.layers}, 1], tanh, sigmoid output`],
      ['data', `${data.name}: ${data.description}`],
      ['training', `${settings.iterations} full-batch Adam steps, learning rate ${settings.learningRate}`],
      ['streams', data.streams],
    ],
    sections: [
      {
        id: 'loss',
        heading: 'Training loss',
        text: 'N(0, 1) saturates tanh (a chaotic signal), N(0, 0.01²) makes the signal and its gradient vanish (the loss stays at ln 2); the same small draw rescaled by LSUV trains.',
        figures: [{ svg: loss, caption: `Loss on the 300 training examples every ${settings.recordEvery} steps.` }],
      },
      {
        id: 'layers',
        heading: 'What LSUV did',
        text: 'Layer by layer, in order, LSUV forwards the training batch and divides the weights by the standard deviation of the layer output until its variance is within 0.1 of 1.',
        figures: layers,
      },
    ],
  });
}
