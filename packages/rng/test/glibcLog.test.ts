import { RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { glibcLog } from '../src/internal/glibcLog/glibcLog.js';
import { chunkedSha256, readGolden } from './helpers/golden.js';

interface LogGolden {
  log: {
    seed: number;
    n: number;
    chunk: number;
    wide: { first: number[]; sha256: string[] };
    nearOne: { first: number[]; sha256: string[] };
    unit: { first: number[]; sha256: string[] };
    notCorrectlyRounded: [number, number][];
  };
}
const { log: golden } = readGolden<LogGolden>('numpy-golden.json');

/** The inputs of scripts/numpy_golden.py, rebuilt from the same RandomState stream. */
function inputs(): Record<'wide' | 'nearOne' | 'unit', Float64Array> {
  const rs = new RandomState(golden.seed);
  const u = rs.rand(golden.n);
  const e = rs.rand(golden.n);
  const wide = u.map((ui, i) => ui * 2 ** (Math.floor((e[i] as number) * 2097) - 1074));
  const nearOne = rs.rand(golden.n).map((v) => 1 + (v - 0.5) / 8);
  const unit = rs.rand(golden.n);
  return { wide, nearOne, unit };
}

describe('glibcLog', () => {
  const xs = inputs();

  it.each(['wide', 'nearOne', 'unit'] as const)('equals glibc log bit for bit on 2^20 %s inputs', (name) => {
    const ys = xs[name].map(glibcLog);
    expect([...ys.subarray(0, 8)]).toEqual(golden[name].first);
    expect(chunkedSha256(ys, golden.chunk)).toEqual(golden[name].sha256);
  });

  it('reproduces glibc where glibc is not correctly rounded (and Math.log often is not glibc)', () => {
    let mathLogDiffers = 0;
    for (const [x, y] of golden.notCorrectlyRounded) {
      expect(glibcLog(x)).toBe(y);
      if (Math.log(x) !== y) mathLogDiffers++;
    }
    expect(golden.notCorrectlyRounded.length).toBe(300);
    expect(mathLogDiffers).toBeGreaterThan(0);
  });

  it('handles the special values as C does', () => {
    expect(glibcLog(1)).toBe(0);
    expect(Object.is(glibcLog(1), 0)).toBe(true);
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(-0)).toBe(-Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(NaN)).toBeNaN();
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(-Infinity)).toBeNaN();
    expect(glibcLog(Number.MIN_VALUE)).toBe(-744.4400719213812);
    expect(glibcLog(Number.MAX_VALUE)).toBe(709.782712893384);
    expect(glibcLog(Math.E)).toBe(1);
  });
});
