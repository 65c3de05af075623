import { existsSync, mkdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectCleanOutcome, hostileOptions, hostileValue, PACK_LOCK, withPackLock } from '@nninit/internal/testing';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

describe('expectCleanOutcome', () => {
  it('accepts a finite result and a TypeError or RangeError that names the function', () => {
    expect(expectCleanOutcome('f', () => ({ a: [1, new Float64Array([2])] }))).toBe('returned');
    expect(
      expectCleanOutcome('f', () => {
        throw new RangeError('f: x must be finite, got NaN');
      }),
    ).toBe('threw');
  });

  it('rejects a non-finite number anywhere in the result', () => {
    expect(() => expectCleanOutcome('f', () => ({ data: new Float32Array([1, Infinity]) }))).toThrow(
      'f: returned a non-finite number at result.data[1] = Infinity',
    );
    expect(() => expectCleanOutcome('f', () => [[Number.NaN]])).toThrow('result[0][0] = NaN');
  });

  it('rejects other errors, and messages without the function name', () => {
    expect(() =>
      expectCleanOutcome('f', () => {
        throw new Error('boom');
      }),
    ).toThrow('not a TypeError or RangeError');
    expect(() =>
      expectCleanOutcome('f', () => {
        throw new TypeError('Invalid typed array length');
      }),
    ).toThrow('does not start with "f: "');
  });

  it('applies the caller’s shape check', () => {
    expect(() =>
      expectCleanOutcome(
        'f',
        () => [1],
        (r) => ((r as number[]).length === 2 ? undefined : 'length'),
      ),
    ).toThrow('malformed result: length');
  });
});

describe('hostile arbitraries', () => {
  it('misspell keys and give hostile values', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(hostileOptions(['batchSize', 'epochs']), (o) => {
        for (const k of Object.keys(o)) seen.add(k);
      }),
      { seed: 1, numRuns: 300 },
    );
    expect(seen.has('batchSize')).toBe(true);
    expect([...seen].some((k) => k !== 'batchSize' && k !== 'epochs')).toBe(true);
    const values = fc.sample(hostileValue, { seed: 1, numRuns: 200 });
    expect(values.some((v) => Number.isNaN(v))).toBe(true);
    expect(values.some((v) => v === null)).toBe(true);
  });
});

describe('withPackLock', () => {
  const lock = join(tmpdir(), `nninit-pack-lock-test-${process.pid}`);
  afterAll(() => rmSync(lock, { recursive: true, force: true }));

  it('holds the lock directory while the work runs, and releases it after a return or a throw', () => {
    expect(PACK_LOCK).toBe(join(tmpdir(), 'nninit-pack.lock'));
    expect(withPackLock(() => existsSync(lock), lock)).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(() =>
      withPackLock(() => {
        throw new Error('build failed');
      }, lock),
    ).toThrow('build failed');
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left for more than 15 minutes by a killed run', () => {
    mkdirSync(lock);
    const old = new Date(Date.now() - 16 * 60_000);
    utimesSync(lock, old, old);
    expect(withPackLock(() => 'ran', lock)).toBe('ran');
    expect(existsSync(lock)).toBe(false);
  });
});
