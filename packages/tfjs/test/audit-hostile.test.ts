import { expectCleanOutcome, hostileOptions, hostileValue } from '@nninit/internal/testing';
import { auditTfjsInitializers } from '@nninit/tfjs';
import * as fc from 'fast-check';
import { expect, it } from 'vitest';

// auditTfjsInitializers on hostile options (NaN, ±Infinity, −0, huge numbers, wrong types,
// misspelled keys): a TypeError or RangeError whose message starts with its name, before any
// draw. Options it accepts run a whole audit (about a second), which test/audit.test.ts covers,
// so this property keeps only the ones it must refuse. Fixed seed.
const valid = (o: unknown): boolean => {
  if (o === undefined) return true;
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  const { alpha, samples, seed, ...rest } = o as Record<string, unknown>;
  const ok = (v: unknown, test: (n: number) => boolean) => v === undefined || (typeof v === 'number' && test(v));
  return (
    Object.keys(rest).length === 0 &&
    ok(alpha, (a) => a > 0 && a < 1) &&
    ok(samples, (n) => Number.isSafeInteger(n) && n >= 1000 && n <= 1_000_000) &&
    ok(seed, (n) => Number.isSafeInteger(n) && n >= 1 && n <= 2 ** 30)
  );
};

it('refuses hostile options with its name, a TypeError or a RangeError, and no work', () => {
  let refused = 0;
  fc.assert(
    fc.property(
      fc.oneof(hostileOptions(['alpha', 'samples', 'seed']), hostileValue).filter((o) => !valid(o)),
      (options) => {
        expect(expectCleanOutcome('auditTfjsInitializers', () => auditTfjsInitializers(options as never))).toBe(
          'threw',
        );
        refused++;
      },
    ),
    { seed: 20261205, numRuns: 300 },
  );
  expect(refused).toBe(300);
});
