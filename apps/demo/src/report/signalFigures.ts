import type { LayerSignal } from '@nninit/train';
import { linePlot } from '../plot/linePlot.js';
import type { ReportFigure } from './ReportPage.js';

/** The per-layer signal of one run, with its label. */
export interface LabelledSignal {
  readonly label: string;
  readonly signal: readonly LayerSignal[] | undefined;
}

/**
 * Standard deviation against depth, one line per initialization on a log axis: of each hidden
 * layer's activations, and (when measured) of every layer's backpropagated gradient ∂L/∂z — He
 * et al.'s picture.
 * A run whose values are all 0 (zeros) cannot sit on a log axis and says so in the legend.
 *
 * @example
 * ```ts
 * signalFigures([{ label: 'he', signal: probeSignal(model, data, { loss: 'binary_cross_entropy' }) }], 'at initialization').length; // 2
 * ```
 */
export function signalFigures(runs: readonly LabelledSignal[], when: string): ReportFigure[] {
  const plot = (
    title: string,
    yLabel: string,
    pick: (s: LayerSignal) => number | undefined,
    hiddenOnly: boolean,
  ): string =>
    linePlot({
      title,
      xLabel: 'layer',
      yLabel,
      yScale: 'log',
      markers: true,
      integerX: true,
      series: runs.map(({ label, signal }) => {
        const layers = hiddenOnly && signal !== undefined && signal.length > 1 ? signal.slice(0, -1) : (signal ?? []);
        const points = layers.map((s) => [s.layer, pick(s) ?? NaN] as const);
        const note =
          signal === undefined ? 'diverged' : points.every(([, v]) => v === 0) ? '0 at every layer' : undefined;
        return note === undefined ? { label, points } : { label, points, note };
      }),
    });
  const figures = [
    {
      svg: plot(`Activation std per hidden layer, ${when}`, 'std of a⁽ˡ⁾', (s) => s.activation.std, true),
      caption: `Standard deviation of each hidden layer's activations a⁽ˡ⁾ = relu(W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾) over all units and training examples, ${when}.`,
    },
  ];
  if (runs.some((r) => r.signal?.some((s) => s.gradient !== undefined))) {
    figures.push({
      svg: plot(`Gradient std per layer, ${when}`, 'std of ∂L/∂z⁽ˡ⁾', (s) => s.gradient?.std, false),
      caption: `Standard deviation of the backpropagated gradient ∂L/∂z⁽ˡ⁾ of each layer, ${when}: what the weight updates are made of.`,
    });
  }
  return figures;
}
