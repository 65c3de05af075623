import { expect } from 'vitest';

/** |actual − expected| ≤ tolerance·max(|expected|, floor), element by element, with the index in the failure. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance: number,
  floor = 1e-300,
): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i] as number,
      e = expected[i] as number;
    const error = Math.abs(a - e) / Math.max(Math.abs(e), floor);
    if (!(error <= tolerance)) expect.fail(`element ${i}: ${a} vs ${e}, relative error ${error} > ${tolerance}`);
  }
}
