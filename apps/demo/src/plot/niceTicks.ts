/**
 * About `count` evenly spaced "round" tick values covering [low, high]: the step is 1, 2 or 5
 * times a power of ten (Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990), and
 * every tick lies inside the interval.
 *
 * @example
 * ```ts
 * niceTicks(0, 15000, 4); // [0, 5000, 10000, 15000]
 * niceTicks(-1.2, 1.3, 5); // [-1, -0.5, 0, 0.5, 1]
 * ```
 */
export function niceTicks(low: number, high: number, count: number): number[] {
  if (!(high > low) || !Number.isFinite(low) || !Number.isFinite(high)) return Number.isFinite(low) ? [low] : [];
  const raw = (high - low) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let k = Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9; k++) {
    ticks.push(Number((k * step).toPrecision(12)));
  }
  return ticks;
}
