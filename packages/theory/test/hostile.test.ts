import { hostileNumber, hostileValue } from '@nninit/internal/testing';
import { criticalWeightStd, meanField, phaseDiagram, varianceMap } from '@nninit/theory';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Every public function, on hostile values and misspelled keys, returns a well-formed result or
// throws a TypeError or RangeError whose message starts with its name. The results may hold
// Infinity where the API says so (q* and depth scales), never NaN. Activations are drawn from the
// closed-form ones and hostile values, so each run is fast.
const SEED = 20261205;
const RUNS = 150;
const activation = fc.oneof(
  fc.constantFrom<unknown>('relu', 'linear', 'erf', { name: 'leaky_relu', a: 0.3 }),
  hostileValue,
);
const std = fc.oneof(fc.constantFrom(0, 0.5, 1, Math.SQRT2, 3), hostileNumber, hostileValue);

function clean(fn: string, call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error instanceof TypeError || error instanceof RangeError, String(error)).toBe(true);
    expect((error as Error).message.startsWith(`${fn}: `), (error as Error).message).toBe(true);
    return;
  }
  const numbers = JSON.stringify(result, (_, v) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN!' : v));
  expect(numbers).not.toContain('NaN!');
}

describe('hostile inputs', () => {
  it('meanField', () => {
    fc.assert(
      fc.property(activation, std, std, fc.constantFrom('', 'weightstd', 'bias'), (a, w, b, extra) => {
        const options: Record<string, unknown> = { activation: a, weightStd: w, biasStd: b };
        if (extra !== '') options[extra] = 1;
        clean('meanField', () => {
          const m = meanField(options as never);
          for (const k of ['chi1', 'cStar'] as const) expect(Number.isFinite(m[k]), k).toBe(true);
          return m;
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('varianceMap, criticalWeightStd and phaseDiagram', () => {
    fc.assert(
      fc.property(activation, std, std, hostileValue, hostileValue, (a, w, b, q0, depth) => {
        clean('varianceMap', () => {
          const q = varianceMap(a as never, w as never, b as never, q0 as never, depth as never);
          for (const v of q) expect(Number.isFinite(v)).toBe(true);
          return q;
        });
        clean('criticalWeightStd', () => criticalWeightStd(a as never, b as never) ?? 0);
        clean('phaseDiagram', () => phaseDiagram(a as never, [w as never], [b as never]));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
