import type { MupRun } from '../experiments/MupRun.js';
import { linePlot } from '../plot/linePlot.js';
import { renderReport } from './renderReport.js';

const LAYERS = ['layer 1 (input)', 'layer 2 (hidden)', 'layer 3 (logits)'];

/**
 * The HTML report of `mup`: the coordinate check (mean |z| per coordinate against log₂ width,
 * one line per layer, µP beside the standard parametrization, after the last Adam step) and the
 * learning-rate transfer (final loss against log₂ η at widths 64 and 1024, for each).
 *
 * @example
 * ```ts
 * mupReport(runMup({ widths: [64, 128] })).includes('id="coordinate-check"'); // true
 * ```
 */
export function mupReport(run: MupRun): string {
  const c = run.coordinateCheck;
  const coordinates = (sizes: MupRun['coordinateCheck']['mup'], name: string, slopes: readonly number[]) =>
    linePlot({
      title: `Coordinate check, ${name}: after ${c.steps} Adam steps`,
      xLabel: 'log₂ width',
      yLabel: 'mean |z| per coordinate',
      yScale: 'log',
      markers: true,
      integerX: true,
      series: LAYERS.map((label, l) => ({
        label,
        note: `slope ${(slopes[l] as number).toFixed(2)}`,
        points: c.widths.map(
          (n, w) => [Math.log2(n), ((sizes[w] as number[][])[c.steps] as number[])[l] as number] as const,
        ),
      })),
    });
  const t = run.transfer;
  const transfer = (losses: MupRun['transfer']['mup'], name: string, regret: number) =>
    linePlot({
      title: `Learning-rate transfer, ${name} (regret ${(100 * regret).toFixed(0)} %)`,
      xLabel: 'log₂ learning rate',
      yLabel: 'training loss after 50 steps',
      yScale: 'log',
      markers: true,
      integerX: true,
      series: t.widths.map((n, w) => ({
        label: `width ${n}`,
        points: t.learningRates.map((lr, i) => [Math.log2(lr), (losses[w] as number[])[i] as number] as const),
      })),
    });
  return renderReport({
    title: 'nninit mup — the Maximal Update Parametrization',
    summary: `coordinate-check slope of the logits: µP ${c.slopes.mup[2]?.toFixed(2)}, standard ${c.slopes.standard[2]?.toFixed(2)}; learning-rate regret at width ${t.widths[1]}: µP ${(100 * t.regret.mup).toFixed(0)} %, standard ${(100 * t.regret.standard).toFixed(0)} %`,
    settings: [
      ['reference', 'Yang et al. 2022, Tensor Programs V (arXiv 2203.03466), Table 3; github.com/microsoft/mup'],
      ['base width', '64 (µP equals the standard parametrization there)'],
      ['standard parametrization', 'N(0, 2/fan_in) for every layer, one learning rate'],
    ],
    sections: [
      {
        id: 'coordinate-check',
        heading: 'Coordinate check',
        text: `The µP authors' test (Appendix D.1): a [16, n, n, 10] ReLU MLP, softmax cross-entropy on 32 fixed examples, ${c.steps} Adam steps at 0.01, widths ${c.widths[0]} to ${c.widths[c.widths.length - 1]}. Under µP every layer keeps its size per coordinate as the width grows (slope ≈ 0); under the standard parametrization the hidden layers and the logits grow with width.`,
        figures: [
          {
            svg: coordinates(c.mup, 'µP', c.slopes.mup),
            caption: 'mup(), coordinateCheck; slopes of log size against log width in the legend.',
          },
          {
            svg: coordinates(c.standard, 'standard', c.slopes.standard),
            caption: 'The same network, N(0, 2/fan_in) and one learning rate.',
          },
        ],
      },
      {
        id: 'transfer',
        heading: 'Learning-rate transfer',
        text: `A [2, n, 1] ReLU MLP regressing sin(πx₁)·cos(πx₂) on 256 points, 50 full-batch Adam steps per learning rate, at widths ${t.widths[0]} and ${t.widths[1]}. Regret: how much worse width ${t.widths[1]} does with the learning rate that was best at width ${t.widths[0]} than with its own best.`,
        figures: [
          { svg: transfer(t.mup, 'µP', t.regret.mup), caption: 'Under µP the best learning rate stays where it was.' },
          {
            svg: transfer(t.standard, 'standard', t.regret.standard),
            caption: 'Under the standard parametrization the wide model needs a smaller one.',
          },
        ],
      },
    ],
  });
}
