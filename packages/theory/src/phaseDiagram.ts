import { fail } from '@nninit/internal';
import { resolveActivation } from './internal/resolveActivation.js';
import { validateStd } from './internal/validateStd.js';
import { varianceFixedPoint } from './internal/varianceFixedPoint.js';
import type { MeanFieldActivation } from './MeanFieldActivation.js';

/**
 * The order-to-chaos phase diagram (Poole et al. 2016; Schoenholz et al. 2017):
 * q* and χ₁ of {@link meanField} at every (σ_w, σ_b) of a grid, without the correlation map's
 * fixed point, which χ₁ alone does not need. χ₁ < 1 is ordered, χ₁ > 1 chaotic; the critical
 * line is {@link criticalWeightStd}.
 *
 * @example
 * ```ts
 * phaseDiagram('relu', [1, Math.SQRT2, 2], [0]).qStar[0]; // [0, 1, Infinity]
 * ```
 * @throws TypeError if a grid is not an array; RangeError for an empty grid or one longer than
 *   10⁴, or a std that is negative, not finite or above 1e50.
 */
export function phaseDiagram(
  activation: MeanFieldActivation,
  weightStds: readonly number[],
  biasStds: readonly number[],
): PhaseDiagram {
  const fn = 'phaseDiagram';
  const act = resolveActivation(fn, 'activation', activation);
  const grid = (param: string, values: unknown): number[] => {
    if (!Array.isArray(values)) throw fail(TypeError, fn, param, 'an array of numbers', values);
    if (values.length === 0 || values.length > 1e4)
      throw fail(RangeError, fn, param, 'an array of 1 to 10000 numbers', values);
    return values.map((v, i) => validateStd(fn, `${param}[${i}]`, v));
  };
  const sw = grid('weightStds', weightStds);
  const sb = grid('biasStds', biasStds);
  const m = new Float64Array(3);
  const qStar: number[][] = [],
    chi1: number[][] = [];
  for (const b of sb) {
    const qs: number[] = [],
      cs: number[] = [];
    for (let j = 0; j < sw.length; j++) {
      const w = sw[j] as number;
      // Start Newton from the line through the previous two columns' q* when both are finite
      // and positive (q* is smooth in σ_w away from the critical line), else from 1.
      const q1 = qs[j - 1] ?? 0,
        q2 = qs[j - 2] ?? 0;
      const finite = (q: number) => q > 0 && q < Number.POSITIVE_INFINITY;
      let start = finite(q1) ? q1 : 1;
      if (finite(q1) && finite(q2)) {
        const guess = q1 + ((q1 - q2) * (w - (sw[j - 1] as number))) / ((sw[j - 1] as number) - (sw[j - 2] as number));
        if (guess > 0 && Number.isFinite(guess)) start = guess;
      }
      const q = varianceFixedPoint(act, w * w, b * b, m, start, start === 1 ? 256 : 1.25);
      qs.push(q);
      cs.push(w * w * (m[1] as number));
    }
    qStar.push(qs);
    chi1.push(cs);
  }
  return { weightStds: sw, biasStds: sb, qStar, chi1 };
}

/**
 * What {@link phaseDiagram} returns: q* and χ₁ on a grid, row i for `biasStds[i]`, column j for
 * `weightStds[j]`.
 *
 * @example
 * ```ts
 * const d: PhaseDiagram = phaseDiagram('relu', [1, Math.SQRT2, 2], [0]);
 * d.chi1[0]; // [0.5, 1.0000000000000002, 2]
 * ```
 */
export interface PhaseDiagram {
  readonly weightStds: readonly number[];
  readonly biasStds: readonly number[];
  readonly qStar: readonly (readonly number[])[];
  readonly chi1: readonly (readonly number[])[];
}
