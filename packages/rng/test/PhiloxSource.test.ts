import { PhiloxSource, philox, STREAM_LAYOUT_VERSION, seedToKey } from '@nninit/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGolden } from './helpers/golden.js';

interface Case {
  seed: number;
  start: number;
  key: [number, number];
  uniform64: number[];
  uniform32: number[];
  normal: number[];
  raw: number[];
}
interface Golden {
  layoutVersion: number;
  cases: Case[];
  slowPath: { seed: number; elements: [number, number, boolean][] };
}
const golden = readGolden<Golden>('philox-golden.json');

const seed = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
  fc.maxSafeInteger(),
);
const fills = ['fillUniform', 'fillNormal'] as const;

describe('philox streams equal the independent Python reference (scripts/philox_reference.py)', () => {
  it('uses the layout version the reference was generated for', () => {
    expect(STREAM_LAYOUT_VERSION).toBe(golden.layoutVersion);
  });

  it.each(golden.cases.map((c) => [c.seed, c.start, c] as const))('seed %s from element %s', (_, start, c) => {
    expect(seedToKey(c.seed)).toEqual(c.key);
    const at = (): PhiloxSource => philox(c.seed).at(start);
    const u64 = new Float64Array(64);
    at().fillUniform(u64);
    expect([...u64]).toEqual(c.uniform64);
    const u32 = new Float32Array(64);
    at().fillUniform(u32);
    expect([...u32]).toEqual(c.uniform32);
    const z = new Float64Array(64);
    at().fillNormal(z);
    expect([...z]).toEqual(c.normal);
    const raw = new Uint32Array(64);
    at().fillUint32(raw);
    expect([...raw]).toEqual(c.raw);
  });

  it("the ziggurat's wedges and tail too: every slow-path element among the first 400000", () => {
    const z = new Float64Array(400000);
    philox(golden.slowPath.seed).fillNormal(z);
    expect(golden.slowPath.elements.length).toBeGreaterThan(1000);
    expect(golden.slowPath.elements.some(([, , tail]) => tail)).toBe(true);
    for (const [i, value] of golden.slowPath.elements) expect(z[i]).toBe(value);
  });
});

describe('philox: reproducibility properties', () => {
  it('the same seed gives the same bits; different seeds differ', () => {
    fc.assert(
      fc.property(seed, seed, (s, t) => {
        const a = new Float64Array(16),
          b = new Float64Array(16),
          c = new Float64Array(16);
        philox(s).fillNormal(a);
        philox(s).fillNormal(b);
        philox(t).fillNormal(c);
        expect(b).toEqual(a);
        if (s !== t) expect(c).not.toEqual(a);
      }),
    );
  });

  it('a fill in arbitrary pieces equals the fill at once, for every kind of fill', () => {
    const pieces = fc.array(fc.integer({ min: 0, max: 37 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        seed,
        pieces,
        fc.constantFrom(...fills, 'fillTruncatedNormal' as const),
        fc.boolean(),
        (s, sizes, fill, single) => {
          const Ctor = single ? Float32Array : Float64Array;
          const total = sizes.reduce((x, y) => x + y, 0);
          const whole = new Ctor(total);
          const call = (source: PhiloxSource, out: Float32Array | Float64Array): void =>
            fill === 'fillTruncatedNormal' ? source.fillTruncatedNormal(out, -0.3, 2.5) : source[fill](out);
          call(philox(s), whole);
          const source = philox(s);
          const parts = new Ctor(total);
          let offset = 0;
          for (const size of sizes) {
            call(source, parts.subarray(offset, offset + size));
            offset += size;
          }
          expect(source.position).toBe(total);
          expect(parts).toEqual(whole);
        },
      ),
    );
  });

  it('raw words in pieces equal raw words at once', () => {
    fc.assert(
      fc.property(seed, fc.array(fc.integer({ min: 0, max: 11 }), { maxLength: 6 }), (s, sizes) => {
        const total = sizes.reduce((x, y) => x + y, 0);
        const whole = new Uint32Array(total);
        philox(s).fillUint32(whole);
        const source = philox(s);
        const parts = new Uint32Array(total);
        let offset = 0;
        for (const size of sizes) {
          source.fillUint32(parts.subarray(offset, offset + size));
          offset += size;
        }
        expect(parts).toEqual(whole);
      }),
    );
  });

  it('at(position) starts where a source that produced `position` elements continues', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 0, max: 100 }), (s, k) => {
        const source = philox(s);
        source.fillNormal(new Float64Array(k));
        const next = new Float64Array(5),
          jumped = new Float64Array(5);
        source.fillNormal(next);
        philox(s).at(k).fillNormal(jumped);
        expect(jumped).toEqual(next);
      }),
    );
  });

  it('float32 fills are the float64 fills rounded once (uniforms: truncated to 24 bits)', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const u64 = new Float64Array(64),
          u32 = new Float32Array(64),
          z64 = new Float64Array(64),
          z32 = new Float32Array(64);
        philox(s).fillUniform(u64);
        philox(s).fillUniform(u32);
        philox(s).fillNormal(z64);
        philox(s).fillNormal(z32);
        u32.forEach((v, i) => expect(v).toBe(Math.floor((u64[i] as number) * 2 ** 24) / 2 ** 24));
        expect(z32).toEqual(Float32Array.from(z64));
      }),
    );
  });

  it('every uniform lies in [0, 1): float32 never rounds up to 1', () => {
    fc.assert(
      fc.property(seed, (s) => {
        for (const Ctor of [Float32Array, Float64Array]) {
          const u = new Ctor(4096);
          philox(s).fillUniform(u);
          expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
          expect(Math.max(...u)).toBeLessThan(1);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('truncated normals stay inside their bounds, one-sided, two-sided, narrow and far in the tail', () => {
    const bounds = fc.oneof(
      fc
        .tuple(fc.double({ min: -6, max: 6, noNaN: true }), fc.double({ min: 1e-3, max: 8, noNaN: true }))
        .map(([a, w]) => [a, a + w] as const),
      fc.tuple(fc.double({ min: -8, max: 8, noNaN: true }), fc.constant(Infinity)),
      fc.tuple(fc.constant(-Infinity), fc.double({ min: -8, max: 8, noNaN: true })),
    );
    fc.assert(
      fc.property(seed, bounds, (s, [low, high]) => {
        const z = new Float64Array(200);
        philox(s).fillTruncatedNormal(z, low, high);
        expect(Math.min(...z)).toBeGreaterThanOrEqual(low);
        expect(Math.max(...z)).toBeLessThanOrEqual(high);
      }),
    );
  });
});

describe('philox: keys and children', () => {
  it("maps seeds to their 64-bit two's complement, as documented", () => {
    expect(seedToKey(0)).toEqual([0, 0]);
    expect(seedToKey(1)).toEqual([1, 0]);
    expect(seedToKey(-1)).toEqual([0xffffffff, 0xffffffff]);
    expect(seedToKey(2 ** 32)).toEqual([0, 1]);
    expect(seedToKey(Number.MAX_SAFE_INTEGER)).toEqual([0xffffffff, 0x1fffff]);
    expect(seedToKey(Number.MIN_SAFE_INTEGER)).toEqual([1, 0xffe00000]);
  });

  it('children with different labels differ, the same label gives the same child, the parent is untouched', () => {
    fc.assert(
      fc.property(seed, fc.string(), fc.string(), (s, l1, l2) => {
        const parent = philox(s);
        const a = parent.fork(l1),
          b = parent.fork(l1),
          c = parent.fork(l2);
        expect(a.key).toEqual(b.key);
        if (l1 !== l2) expect(c.key).not.toEqual(a.key);
        expect(parent.position).toBe(0);
        expect(a.key).not.toEqual(parent.key);
      }),
    );
  });

  it('labels that share a prefix or differ only by padding give different children', () => {
    const keys = ['', 'a', 'a\0', 'layer1', 'layer10', 'layer1\0\0', 'ünïcødé', 'ab', 'abcd', 'abcd\0'].map((l) =>
      philox(0).fork(l).key.join(),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('split(n) gives n distinct children, fork(i) for i < n', () => {
    const children = philox(3).split(5);
    expect(children.map((c) => c.key.join())).toEqual([0, 1, 2, 3, 4].map((i) => philox(3).fork(i).key.join()));
    expect(new Set(children.map((c) => c.key.join())).size).toBe(5);
    expect(philox(3).fork(0).key).not.toEqual(philox(3).fork('0').key);
  });
});

describe('philox rejects bad input', () => {
  it.each([
    [() => philox(NaN), RangeError, 'philox: seed must be a safe integer, got NaN'],
    [() => philox(Infinity), RangeError, 'philox: seed must be a safe integer, got Infinity'],
    [() => philox(1.5), RangeError, 'philox: seed must be a safe integer, got 1.5'],
    [() => philox(2 ** 53), RangeError, 'philox: seed must be a safe integer, got 9007199254740992'],
    [() => philox('1' as never), TypeError, 'philox: seed must be a safe integer, got "1"'],
    [
      () => philox(1).fillNormal(new Float64Array(2).buffer as never),
      TypeError,
      'PhiloxSource.fillNormal: out must be a Float32Array or Float64Array, got an ArrayBuffer',
    ],
    [
      () => philox(1).fillUniform([0, 0] as never),
      TypeError,
      'PhiloxSource.fillUniform: out must be a Float32Array or Float64Array, got [0,0]',
    ],
    [
      () => philox(1).fillUint32(new Float64Array(1) as never),
      TypeError,
      'PhiloxSource.fillUint32: out must be a Uint32Array, got a Float64Array',
    ],
    [
      () => philox(1).fillTruncatedNormal(new Float64Array(1), 2, -2),
      RangeError,
      'PhiloxSource.fillTruncatedNormal: low must be less than high, got low = 2, high = -2',
    ],
    [
      () => philox(1).fillTruncatedNormal(new Float64Array(1), 0, NaN),
      RangeError,
      'PhiloxSource.fillTruncatedNormal: high must be a number, not NaN, got NaN',
    ],
    [() => philox(1).at(-1), RangeError, 'PhiloxSource.at: position must be a non-negative integer, got -1'],
    [() => philox(1).at(0.5), RangeError, 'PhiloxSource.at: position must be a non-negative integer, got 0.5'],
    [() => philox(1).fork(-2), RangeError, 'PhiloxSource.fork: label must be a non-negative integer, got -2'],
    [
      () => philox(1).fork({} as never),
      TypeError,
      'PhiloxSource.fork: label must be a string or a non-negative integer, got an object',
    ],
    [() => philox(1).split(1.5), RangeError, 'PhiloxSource.split: count must be a non-negative integer, got 1.5'],
    [() => new PhiloxSource([1] as never), RangeError, 'PhiloxSource: key must have 2 words, got 1'],
    [
      () => new PhiloxSource([1, -1] as never),
      RangeError,
      'PhiloxSource: key[1] must be an integer in [0, 2^32), got -1',
    ],
    [
      () => new PhiloxSource('ab' as never),
      TypeError,
      'PhiloxSource: key must be an array of 2 uint32 words, got "ab"',
    ],
    [
      () =>
        philox(1)
          .at(2 ** 53 - 4)
          .fillNormal(new Float64Array(8)),
      RangeError,
      'PhiloxSource: position must stay below 2^53, got 9007199254740988 + 8',
    ],
  ])('%#', (call, cls, message) => {
    expect(call).toThrow(cls);
    expect(call).toThrow(message);
  });

  it('a rejected fill leaves the output and the position untouched', () => {
    const source = philox(1).at(2 ** 53 - 4);
    const out = new Float64Array(8).fill(7);
    expect(() => source.fillNormal(out)).toThrow(RangeError);
    expect([...out]).toEqual(Array(8).fill(7));
    expect(source.position).toBe(2 ** 53 - 4);
  });
});
