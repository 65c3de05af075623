import { RandomState } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { glibcLog } from '../src/internal/glibcLog/glibcLog.js';
import { chunkedSha256, readGolden } from './helpers/golden.js';

interface SeedGolden {
  rand: number[];
  randn: number[];
  normal: number[];
  uniform: number[];
  permutation: number[];
  shuffle: number[];
  randnAfter: number[];
}
interface Golden {
  seeds: Record<string, SeedGolden>;
  randnMillion: { seed: number; n: number; sha256: string[] };
  interleaved: {
    seed: number;
    randn4099: string[];
    rand5: number[];
    normal3: number[];
    randn1: number[];
    shuffle8: number[];
    normalMillion: string[];
    randMillion: string[];
    randnAfter: number[];
  };
  notebookHe: number[][];
}
const golden = readGolden<Golden>('numpy-golden.json');

describe('RandomState reproduces numpy bit for bit', () => {
  it.each(Object.keys(golden.seeds))(
    'seed %s: rand, randn (odd count), normal, uniform, permutation, shuffle, randn',
    (seed) => {
      const g = golden.seeds[seed] as SeedGolden;
      const rs = new RandomState(Number(seed));
      expect([...rs.rand(20)]).toEqual(g.rand);
      expect([...rs.randn(21)]).toEqual(g.randn);
      expect([...rs.normal(1.5, 0.25, 7)]).toEqual(g.normal); // starts with randn's cached Gaussian
      expect([...rs.uniform(-3, 5, 6)]).toEqual(g.uniform);
      expect(rs.permutation(23)).toEqual(g.permutation);
      const a = Array.from({ length: 17 }, (_, i) => i);
      rs.shuffle(a);
      expect(a).toEqual(g.shuffle);
      expect([...rs.randn(5)]).toEqual(g.randnAfter);
    },
  );

  it("a million Gaussians hash to numpy's (every path of the polar method, half a million logs)", () => {
    const { seed, n, sha256 } = golden.randnMillion;
    expect(chunkedSha256(new RandomState(seed).randn(n), 1 << 16)).toEqual(sha256);
  });

  it('calls of every size interleaved keep numpy order: blocks, the cached Gaussian, straddling refills', () => {
    const g = golden.interleaved;
    const rs = new RandomState(g.seed);
    expect(chunkedSha256(rs.randn(4099), 1 << 16)).toEqual(g.randn4099); // spans polar blocks, odd
    expect([...rs.rand(5)]).toEqual(g.rand5);
    expect([...rs.normal(0.5, 2, 3)]).toEqual(g.normal3); // starts with randn's cached value
    expect([...rs.randn(1)]).toEqual(g.randn1);
    const a = Array.from({ length: 8 }, (_, i) => i);
    rs.shuffle(a); // nine 32-bit words: every later double straddles a refill
    expect(a).toEqual(g.shuffle8);
    expect(chunkedSha256(rs.normal(-1, 3, 2 ** 20 + 1), 1 << 16)).toEqual(g.normalMillion);
    expect(chunkedSha256(rs.rand(2 ** 20 + 3), 1 << 16)).toEqual(g.randMillion);
    expect([...rs.randn(3)]).toEqual(g.randnAfter);
  });

  it("the notebook's He layers: np.random.seed(3); randn(10, 2)·√(2/2), randn(5, 10)·√(2/10), randn(1, 5)·√(2/5)", () => {
    const rs = new RandomState(3);
    const layers = [
      [10, 2],
      [5, 10],
      [1, 5],
    ] as const;
    layers.forEach(([out, fanIn], l) => {
      const w = rs.randn(out * fanIn).map((z) => z * Math.sqrt(2 / fanIn));
      expect([...w]).toEqual(golden.notebookHe[l]);
    });
  });

  it('documents its example truthfully', () => {
    expect([...new RandomState(3).randn(2)]).toEqual([1.7886284734303186, 0.43650985051198943]);
  });
});

// The bulk paths (rand, randn, normal, fillUniform, fillNormal read MT19937's words in blocks)
// against the word-by-word definition, at every offset: after a shuffle has consumed an odd
// number of 32-bit words, a double's two words straddle the 624-word refill, and the Gaussian
// cache holds a value between calls. `uniform(0, 1, k)` is rand's definition (0 + 1·u = u), one
// nextDouble at a time.
describe('RandomState block paths equal the one-value-at-a-time definition', () => {
  /** numpy's legacy_gauss from `uniform(0, 1, 1)` draws: the polar method, f·x₂ then f·x₁. */
  const polar = (rs: RandomState, n: number): number[] => {
    const z: number[] = [];
    while (z.length < n) {
      let x1: number, x2: number, r2: number;
      do {
        x1 = 2 * (rs.uniform(0, 1, 1)[0] as number) - 1;
        x2 = 2 * (rs.uniform(0, 1, 1)[0] as number) - 1;
        r2 = x1 * x1 + x2 * x2;
      } while (r2 >= 1 || r2 === 0);
      const f = Math.sqrt((-2 * glibcLog(r2)) / r2);
      z.push(f * x2, f * x1);
    }
    return z;
  };
  /** Twins advanced by a shuffle of `length` (an odd length consumes an odd number of words). */
  const twins = (seed: number, length: number): [RandomState, RandomState] => {
    const a = new RandomState(seed);
    const b = new RandomState(seed);
    a.shuffle(new Float64Array(length));
    b.shuffle(new Float64Array(length));
    return [a, b];
  };

  it.each([0, 1, 2, 7, 312, 623])('rand and fillUniform after a shuffle of %i', (length) => {
    const [a, b] = twins(11, length);
    expect([...a.rand(1999)]).toEqual([...b.uniform(0, 1, 1999)]);
    const out = new Float64Array(1313);
    a.fillUniform(out);
    expect([...out]).toEqual([...b.uniform(0, 1, 1313)]);
  });

  it.each([0, 1, 6, 623])('randn, normal and fillNormal after a shuffle of %i, odd counts included', (length) => {
    const [a, b] = twins(12, length);
    const expected = polar(b, 5000);
    const out = new Float64Array(1200);
    a.fillNormal(out);
    const got = [...a.randn(2001), ...a.normal(0.5, 3, 1)];
    got.push(...a.normal(-1, 0.25, 797));
    expect([...out, ...got.slice(0, 2001)]).toEqual(expected.slice(0, 3201));
    expect(got[2001]).toBe(0.5 + 3 * (expected[3201] as number));
    expect(got.slice(2002)).toEqual(expected.slice(3202, 3999).map((z) => -1 + 0.25 * z));
  });
});

describe('RandomState as a RandomSource', () => {
  it('fillNormal consumes the stream exactly as randn does, across calls', () => {
    const a = new RandomState(5);
    const b = new RandomState(5);
    const out = new Float64Array(7);
    a.fillNormal(out.subarray(0, 3));
    a.fillNormal(out.subarray(3));
    expect([...out]).toEqual([...b.randn(7)]);
  });

  it("fillUniform gives rand's doubles, and float32 keeps their top 24 bits (never 1)", () => {
    const f64 = new Float64Array(1000);
    new RandomState(9).fillUniform(f64);
    expect([...f64]).toEqual([...new RandomState(9).rand(1000)]);
    const f32 = new Float32Array(1000);
    new RandomState(9).fillUniform(f32);
    f32.forEach((v, i) => {
      expect(v).toBe(Math.floor((f64[i] as number) * 2 ** 24) / 2 ** 24);
      expect(v).toBeLessThan(1);
    });
  });

  it("fillTruncatedNormal keeps the stream's Gaussians that fall inside [low, high]", () => {
    const out = new Float64Array(50);
    new RandomState(11).fillTruncatedNormal(out, -0.5, 1);
    const accepted = [...new RandomState(11).randn(400)].filter((z) => z >= -0.5 && z <= 1).slice(0, 50);
    expect([...out]).toEqual(accepted);
  });
});

describe('RandomState rejects bad input', () => {
  it.each([
    [() => new RandomState(-1), RangeError, 'RandomState: seed must be an integer in [0, 2^32), got -1'],
    [() => new RandomState(2 ** 32), RangeError, 'RandomState: seed must be an integer in [0, 2^32), got 4294967296'],
    [() => new RandomState(1.5), RangeError, 'RandomState: seed must be an integer in [0, 2^32), got 1.5'],
    [() => new RandomState(NaN), RangeError, 'RandomState: seed must be an integer in [0, 2^32), got NaN'],
    [() => new RandomState('3' as never), TypeError, 'RandomState: seed must be an integer in [0, 2^32), got "3"'],
    [() => new RandomState(1).rand(-1), RangeError, 'RandomState.rand: size must be a non-negative integer, got -1'],
    [
      () => new RandomState(1).randn(2.5),
      RangeError,
      'RandomState.randn: size must be a non-negative integer, got 2.5',
    ],
    [() => new RandomState(1).normal(0, -1, 3), RangeError, 'RandomState.normal: scale must be non-negative, got -1'],
    [() => new RandomState(1).normal(NaN, 1, 3), RangeError, 'RandomState.normal: loc must be finite, got NaN'],
    [
      () => new RandomState(1).uniform(0, Infinity, 3),
      RangeError,
      'RandomState.uniform: high must be finite, got Infinity',
    ],
    [
      () => new RandomState(1).permutation(-3),
      RangeError,
      'RandomState.permutation: n must be a non-negative integer, got -3',
    ],
    [
      () => new RandomState(1).shuffle(5 as never),
      TypeError,
      'RandomState.shuffle: values must be an array or typed array, got 5',
    ],
    [
      () => new RandomState(1).fillNormal([1, 2] as never),
      TypeError,
      'RandomState.fillNormal: out must be a Float32Array or Float64Array, got [1,2]',
    ],
    [
      () => new RandomState(1).fillUniform(new Int32Array(2) as never),
      TypeError,
      'RandomState.fillUniform: out must be a Float32Array or Float64Array, got an Int32Array',
    ],
    [
      () => new RandomState(1).fillTruncatedNormal(new Float64Array(2), 1, 1),
      RangeError,
      'RandomState.fillTruncatedNormal: low must be less than high, got low = 1, high = 1',
    ],
    [
      () => new RandomState(1).fillTruncatedNormal(new Float64Array(2), NaN, 1),
      RangeError,
      'RandomState.fillTruncatedNormal: low must be a number, not NaN, got NaN',
    ],
  ])('%#', (call, cls, message) => {
    expect(call).toThrow(cls);
    expect(call).toThrow(message);
  });

  it('leaves the stream untouched when it rejects an argument', () => {
    const rs = new RandomState(4);
    expect(() => rs.normal(0, -1, 3)).toThrow(RangeError);
    expect([...rs.randn(3)]).toEqual([...new RandomState(4).randn(3)]);
  });
});
