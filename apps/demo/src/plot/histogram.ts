import { extent } from './extent.js';

/**
 * Equal-width bins over [min, max] of the finite values (or over `range`): `edges` has one more
 * entry than `counts`, each bin is [edgeᵢ, edgeᵢ₊₁) and the last one also takes the maximum, so
 * the counts add up to the number of finite values inside the range. A constant sample gets a
 * unit-wide interval centred on its value and 5 bins, so it fills the middle one. The default
 * bin count is otherwise ⌈√n⌉ between 5 and 60.
 *
 * @example
 * ```ts
 * histogram([0, 1, 1, 2, 4], { bins: 2 }); // { edges: [0, 2, 4], counts: [3, 2] }
 * ```
 */
export function histogram(
  values: ArrayLike<number>,
  options?: { bins?: number; range?: readonly [number, number] },
): { edges: number[]; counts: number[] } {
  const finite = Array.from(values).filter(Number.isFinite);
  let [low, high] = options?.range ?? extent(finite) ?? [-0.5, 0.5];
  const constant = low === high;
  if (constant) [low, high] = [low - 0.5, high + 0.5];
  const bins = options?.bins ?? (constant ? 5 : Math.min(60, Math.max(5, Math.ceil(Math.sqrt(finite.length)))));
  const width = (high - low) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? high : low + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (const v of finite) {
    if (v < low || v > high) continue;
    counts[Math.min(bins - 1, Math.floor((v - low) / width))]! += 1;
  }
  return { edges, counts };
}
