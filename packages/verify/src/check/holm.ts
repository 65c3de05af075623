import { fail } from '@nninit/internal';
import { validateInDomain } from '../internal/validateInDomain.js';

/**
 * Result of {@link holm}, index-aligned with the p-values.
 *
 * @example
 * holm([0.5, 1e-9], 0.01).rejected; // [false, true]
 */
export interface HolmResult {
  /** Whether each hypothesis is rejected at family-wise level α. */
  readonly rejected: readonly boolean[];
  /** The level each p-value was compared with: α/(m − r) for the r-th smallest (r from 0). */
  readonly thresholds: readonly number[];
}

/**
 * Holm's step-down correction: sort the m p-values, compare the r-th smallest with α/(m − r)
 * (r = 0, 1, …) and reject until the first one that is not below its level. Controls the
 * family-wise error rate at α under any dependence between the tests, and is uniformly more
 * powerful than Bonferroni (α/m for all). Ties keep their input order.
 *
 * Reference: Holm (1979), "A simple sequentially rejective multiple test procedure",
 * Scand. J. Statist. 6(2), 65-70.
 *
 * @param pValues - each in [0, 1]
 * @param alpha - family-wise level in (0, 1)
 * @example
 * holm([0.01, 0.04, 0.03], 0.05); // { rejected: [true, false, false], thresholds: [0.016666666666666666, 0.05, 0.025] }
 */
export function holm(pValues: readonly number[], alpha: number): HolmResult {
  if (!Array.isArray(pValues)) throw fail(TypeError, 'holm', 'pValues', 'an array of numbers in [0, 1]', pValues);
  pValues.forEach((p, i) =>
    validateInDomain('holm', `pValues[${i}]`, p, 'a number in [0, 1]', (v) => v >= 0 && v <= 1),
  );
  validateInDomain('holm', 'alpha', alpha, 'a number in (0, 1)', (a) => a > 0 && a < 1);
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((i, j) => pValues[i]! - pValues[j]! || i - j);
  const rejected: boolean[] = new Array<boolean>(m).fill(false);
  const thresholds: number[] = new Array<number>(m).fill(alpha);
  let stillRejecting = true;
  order.forEach((index, rank) => {
    const level = alpha / (m - rank);
    thresholds[index] = level;
    stillRejecting = stillRejecting && pValues[index]! <= level;
    rejected[index] = stillRejecting;
  });
  return { rejected, thresholds };
}
