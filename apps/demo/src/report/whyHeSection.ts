import type { Initialization } from '@nninit/init';
import type { Tensor } from '@nninit/tensor';
import { meanField, varianceMap } from '@nninit/theory';
import { escapeXml } from '../plot/escapeXml.js';
import { linePlot } from '../plot/linePlot.js';
import { declaredWeightVariance } from './declaredWeightVariance.js';
import type { ReportSection } from './ReportPage.js';

/** One compare run, as the section needs it. */
export interface WhyHeRun {
  readonly label: string;
  readonly initialization: Initialization;
  readonly initialWeights: readonly Tensor[];
}

/** σ_w² of one layer: declared, or fan_in·mean(w²) of the drawn weights for a structured initializer. */
function weightVariance(initialization: Initialization, w: Tensor): number {
  const declared = declaredWeightVariance(initialization, [w.shape[0] as number, w.shape[1] as number]);
  if (declared !== undefined) return declared;
  let s = 0;
  for (const v of w.data) s += v * v;
  return s / (w.shape[0] as number);
}

/**
 * The "Why He?" section of the compare report: the mean-field theory of @nninit/theory applied
 * to the compared networks' ReLU layers (biases start at 0, so σ_b = 0). For ReLU,
 * E[relu(√q z)²] = q/2, so the variance map is q ↦ σ_w²·q/2 and χ₁ = σ_w²/2: the critical line
 * χ₁ = 1 is σ_w² = 2, He et al.'s scale (Schoenholz et al. 2017). Figures: the predicted
 * pre-activation variance layer by layer (the q-map iterated from q = 1, each layer at its own
 * σ_w²), and χ₁ against σ_w with the line χ₁ = 1 and each run's layers on it. Zeros is
 * degenerate: σ_w = σ_b = 0 gives q* = σ_b² = 0 and χ₁ = 0, every unit computes the same value
 * and gets the same gradient, so no signal crosses even one layer; on the log axes it has no
 * point, and the table says so.
 *
 * @example
 * ```ts
 * whyHeSection(runs).id; // 'why-he'
 * ```
 */
export function whyHeSection(runs: readonly WhyHeRun[]): ReportSection {
  const hidden = (r: WhyHeRun) => r.initialWeights.slice(0, -1);
  const scales = runs.map((r) => hidden(r).map((w) => weightVariance(r.initialization, w)));
  const qMap = linePlot({
    title: 'Predicted variance through the ReLU layers (mean field)',
    xLabel: 'layer',
    yLabel: 'pre-activation variance q',
    yScale: 'log',
    markers: true,
    integerX: true,
    series: runs.map((r, i) => {
      let q = 1;
      const points: (readonly [number, number])[] = [[1, q]];
      scales[i]!.slice(1).forEach((s2, l) => {
        q = varianceMap('relu', Math.sqrt(s2), 0, q, 1)[1] as number;
        points.push([l + 2, q]);
      });
      return {
        label: r.label,
        points,
        ...(points.some(([, v]) => v === 0) ? { note: 'variance 0 after layer 1' } : {}),
      };
    }),
  });
  const sw = Array.from({ length: 121 }, (_, i) => 0.05 * 1.06 ** i);
  const phase = linePlot({
    title: 'Order to chaos for ReLU (σ_b = 0)',
    xLabel: 'σ_w',
    yLabel: 'χ₁',
    yScale: 'log',
    series: [
      {
        label: 'χ₁ = σ_w²/2',
        points: sw.map((s) => [s, meanField({ activation: 'relu', weightStd: s, biasStd: 0 }).chi1] as const),
      },
      {
        label: 'critical χ₁ = 1',
        points: [
          [sw[0]!, 1],
          [sw[sw.length - 1]!, 1],
        ],
      },
      ...runs.map((r, i) => ({
        label: r.label,
        points: scales[i]!.map((s2) => [Math.sqrt(s2), s2 / 2] as const),
        ...(scales[i]!.every((s2) => s2 === 0) ? { note: 'σ_w = 0: degenerate' } : {}),
      })),
    ],
    markers: true,
  });
  const rows = runs
    .map((r, i) =>
      scales[i]!.map((s2, l) => {
        const m = meanField({ activation: 'relu', weightStd: Math.sqrt(s2), biasStd: 0 });
        const q = m.qStar === Number.POSITIVE_INFINITY ? '∞ (grows)' : m.qStar === 0 ? '0 (decays)' : String(m.qStar);
        return `<tr><td>${escapeXml(r.label)}</td><td>${l + 1}</td><td>${s2.toPrecision(4)}</td><td>${m.chi1.toPrecision(4)}</td><td>${q}</td><td>${s2 === 0 ? 'degenerate (every unit identical)' : m.phase}</td></tr>`;
      }).join(''),
    )
    .join('');
  return {
    id: 'why-he',
    heading: 'Why He?',
    text: 'Mean-field theory (Poole et al. 2016; Schoenholz et al. 2017) predicts what the signal figures show. With weights of variance σ_w²/fan_in, a ReLU layer maps the pre-activation variance q to σ_w²·q/2 and multiplies the squared gradient by χ₁ = σ_w²/2. He’s σ_w² = 2 is exactly the critical line χ₁ = 1: the variance neither vanishes nor explodes. The notebook’s random ×10 has σ_w² = 100·fan_in, deep in the chaotic phase (χ₁ in the hundreds, the variance multiplied by it at every layer). Zeros is degenerate: σ_w = σ_b = 0 makes q* = σ_b² = 0 and χ₁ = 0; every unit computes the same value and gets the same gradient, so it has no point on the log axes.',
    figures: [
      {
        svg: qMap,
        caption:
          'The variance map q ↦ σ_w²q/2 iterated from q = 1, each layer at the σ_w² its initializer declares for its shape.',
      },
      {
        svg: phase,
        caption:
          'χ₁ = σ_w²/2 for ReLU with σ_b = 0, the critical line χ₁ = 1, and each run’s layers (one point per layer).',
      },
    ],
    html: `<table><thead><tr><th>initialization</th><th>layer</th><th>σ_w²</th><th>χ₁</th><th>q*</th><th>phase</th></tr></thead><tbody>${rows}</tbody></table>`,
  };
}
