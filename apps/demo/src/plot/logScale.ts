import { formatTick } from './formatTick.js';
import type { Scale } from './Scale.js';

/**
 * A base-10 logarithmic scale over positive values, its domain widened outward to whole
 * decades; ticks at the powers of ten (every k-th one when there are more than 8).
 *
 * @example
 * ```ts
 * const y = logScale([0.05, 1800], [300, 20]);
 * y.domain; // [0.01, 10000]
 * y.ticks(); // [0.01, 0.1, 1, 10, 100, 1000, 10000]
 * ```
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const e0 = Math.floor(Math.log10(domain[0]));
  const e1 = Math.max(e0 + 1, Math.ceil(Math.log10(domain[1])));
  const [r0, r1] = range;
  const every = Math.ceil((e1 - e0 + 1) / 8);
  return {
    kind: 'log',
    domain: [10 ** e0, 10 ** e1],
    map: (v) => r0 + ((Math.log10(v) - e0) * (r1 - r0)) / (e1 - e0),
    ticks: () =>
      Array.from({ length: e1 - e0 + 1 }, (_, k) => e0 + k)
        .filter((e) => (e - e0) % every === 0)
        .map((e) => Number(`1e${e}`)),
    format: (v) => formatTick(v, true),
  };
}
