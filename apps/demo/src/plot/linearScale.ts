import { formatTick } from './formatTick.js';
import { niceTicks } from './niceTicks.js';
import type { Scale } from './Scale.js';

/**
 * A linear scale: pixel = r₀ + (v − d₀)·(r₁ − r₀)/(d₁ − d₀); an empty domain (d₀ = d₁) is
 * widened to d₀ ± 1 (or ±|d₀|/10) so a constant series still gets an axis. With `integers`,
 * only integer ticks (for layer numbers and steps).
 *
 * @example
 * ```ts
 * linearScale([0, 10], [50, 450]).map(5); // 250
 * linearScale([0, 10], [50, 450]).ticks(); // [0, 2, 4, 6, 8, 10]
 * ```
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  integers = false,
): Scale {
  let [d0, d1] = domain;
  if (d0 === d1) {
    const pad = d0 === 0 ? 1 : Math.abs(d0) / 10;
    [d0, d1] = [d0 - pad, d1 + pad];
  }
  const [r0, r1] = range;
  return {
    kind: 'linear',
    domain: [d0, d1],
    map: (v) => r0 + ((v - d0) * (r1 - r0)) / (d1 - d0),
    ticks: () => niceTicks(d0, d1, 5).filter((t) => !integers || Number.isInteger(t)),
    format: (v) => formatTick(v),
  };
}
