import {
  argmax,
  type DType,
  max,
  mean,
  min,
  type ReduceOptions,
  sum,
  Tensor,
  tensor,
  type VarianceOptions,
  variance,
  zeros,
} from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dtypes, indices, values } from './helpers/arbitraries.js';
import { expectError } from './helpers/expectError.js';
import { arrayOf, sizeOf } from './helpers/reference.js';

type Reduce = (x: Tensor, options?: ReduceOptions) => Tensor;

/** Groups x's elements by their result position (naively, through multi-indices). */
function groups(x: Tensor, axis: number | undefined): { shape: number[]; groups: number[][] } {
  const shape = axis === undefined ? [] : x.shape.filter((_, i) => i !== axis);
  const out: number[][] = Array.from({ length: sizeOf(shape) }, () => []);
  for (const idx of indices(x.shape)) {
    const key = axis === undefined ? [] : idx.filter((_, i) => i !== axis);
    const flat = key.reduce((f, v, k) => f * (shape[k] as number) + v, 0);
    out[flat]!.push(x.get(...idx));
  }
  return { shape, groups: out };
}

const refs: [string, Reduce, (g: number[]) => number][] = [
  ['sum', sum as Reduce, (g) => g.reduce((s, v) => s + v, 0)],
  ['mean', mean as Reduce, (g) => g.reduce((s, v) => s + v, 0) / g.length],
  ['max', max as Reduce, (g) => (g.some(Number.isNaN) ? NaN : g.reduce((m, v) => (v > m ? v : m), -Infinity))],
  ['min', min as Reduce, (g) => (g.some(Number.isNaN) ? NaN : g.reduce((m, v) => (v < m ? v : m), Infinity))],
  [
    'argmax',
    argmax as Reduce,
    (g) => {
      const nan = g.findIndex(Number.isNaN);
      return nan >= 0 ? nan : g.indexOf(Math.max(...g));
    },
  ],
];

const cases = fc
  .record({
    shape: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }),
    dtype: dtypes,
    keepDims: fc.boolean(),
    useAxis: fc.boolean(),
    axisSeed: fc.nat(),
    negative: fc.boolean(),
    nan: fc.boolean(),
  })
  .chain((c) => values(sizeOf(c.shape), c.nan).map((xs) => ({ ...c, xs })));

function layout(c: { shape: number[]; useAxis: boolean; axisSeed: number; negative: boolean; keepDims: boolean }): {
  axis: number | undefined;
  given: number | undefined;
  resultShape: number[];
} {
  const axis = c.useAxis && c.shape.length > 0 ? c.axisSeed % c.shape.length : undefined;
  const given = axis !== undefined && c.negative ? axis - c.shape.length : axis;
  const resultShape =
    axis === undefined
      ? c.keepDims
        ? c.shape.map(() => 1)
        : []
      : c.keepDims
        ? c.shape.map((d, i) => (i === axis ? 1 : d))
        : c.shape.filter((_, i) => i !== axis);
  return { axis, given, resultShape };
}

describe.each(refs)('%s', (name, op, f) => {
  it('matches the naive reference exactly on small integers (NaN included), any axis, keepDims, out', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const x = new Tensor(arrayOf(c.dtype, c.xs), c.shape) as Tensor;
        const { axis, given, resultShape } = layout(c);
        const { groups: gs } = groups(x, axis);
        const round = c.dtype === 'float32' ? Math.fround : (v: number) => v;
        if (gs.length > 0 && gs[0]!.length === 0 && name !== 'sum') {
          expect(() => op(x, { axis: given, keepDims: c.keepDims })).toThrow(RangeError);
          return;
        }
        const expected = gs.map((g) => round(f(g)));
        const r = op(x, { axis: given, keepDims: c.keepDims });
        expect(r.shape).toEqual(resultShape);
        expect(r.dtype).toBe(c.dtype);
        expect(Array.from(r.data)).toEqual(expected);
        const out = zeros(resultShape, c.dtype) as Tensor;
        expect(op(x, { axis: given, keepDims: c.keepDims, out })).toBe(out);
        expect(Array.from(out.data)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('errors, leaving out untouched', () => {
    const x = zeros([2, 3]) as Tensor;
    const out = tensor([7, 7]) as Tensor;
    expectError(
      () => op(x, { axis: 2, out }),
      RangeError,
      `${name}: options.axis must be an integer in [-2, 2) for shape [2,3], got 2`,
    );
    expectError(
      () => op(x, { axis: 0.5 }),
      RangeError,
      `${name}: options.axis must be an integer in [-2, 2) for shape [2,3], got 0.5`,
    );
    expectError(
      () => op(x, { axis: '0' as unknown as number }),
      TypeError,
      `${name}: options.axis must be an integer, got "0"`,
    );
    expectError(
      () => op(x, { keepDims: 1 as unknown as boolean }),
      TypeError,
      `${name}: options.keepDims must be a boolean, got 1`,
    );
    expectError(
      () => op(x, 0 as unknown as ReduceOptions),
      TypeError,
      `${name}: options must be an object or undefined, got 0`,
    );
    expectError(() => op([1] as unknown as Tensor), TypeError, `${name}: x must be a Tensor, got [1]`);
    expectError(() => op(x, { axis: 0, out }), RangeError, `${name}: out.shape must be [3], got [2]`);
    expectError(
      () => op(x, { axis: 1, out: zeros([2], 'float32') as Tensor }),
      TypeError,
      `${name}: out.dtype must be float64, got float32`,
    );
    expectError(
      () => op(x, { out: new Tensor(x.data.subarray(0, 1), []) }),
      RangeError,
      `${name}: out must not overlap x, got a view of x's memory`,
    );
    expect(out.toArray()).toEqual([7, 7]);
  });
});

describe('reductions without identity', () => {
  it('reject an empty reduced axis, but not an empty result', () => {
    for (const [name, op, why] of [
      ['min', min, 'min has no identity'],
      ['max', max, 'max has no identity'],
      ['argmax', argmax, 'argmax has no identity'],
      ['mean', mean, 'the mean of no elements is 0/0'],
      ['variance', variance, 'the variance of no elements is 0/0'],
    ] as const) {
      expectError(() => op(zeros([0, 3])), RangeError, `${name}: x must be non-empty (${why}), got shape [0,3]`);
      expectError(
        () => op(zeros([2, 0]), { axis: 1 }),
        RangeError,
        `${name}: x must be non-empty along axis 1 (${why}), got shape [2,0]`,
      );
      expect(op(zeros([0, 3]), { axis: 1 }).shape).toEqual([0]);
    }
    expect(sum(zeros([0])).item()).toBe(0);
  });

  it('argmax rejects float32 axes longer than 2^24', () => {
    expectError(
      () => argmax(zeros([2 ** 24 + 1], 'float32')),
      RangeError,
      'argmax: the reduced length must be at most 2^24 for float32 indices, got 16777217 (shape [16777217])',
    );
  });
});

describe('variance', () => {
  it('matches the two-pass reference (relative 1e-12, float32 one rounding) for ddof 0 and 1', () => {
    const withDdof = fc.tuple(cases, fc.constantFrom(0, 1, 2.5));
    fc.assert(
      fc.property(withDdof, ([c, ddof]) => {
        const { axis, given, resultShape } = layout(c);
        const n = axis === undefined ? sizeOf(c.shape) : (c.shape[axis] as number);
        if (n <= ddof && sizeOf(resultShape) > 0) {
          expect(() => variance(zeros(c.shape, c.dtype), { axis: given, ddof })).toThrow(RangeError);
          return;
        }
        const x = new Tensor(
          arrayOf(
            c.dtype,
            c.xs.map((v) => (Number.isNaN(v) || Math.abs(v) > 100 ? 1.5 : v)),
          ),
          c.shape,
        ) as Tensor;
        const r = variance(x, { axis: given, keepDims: c.keepDims, ddof });
        expect(r.shape).toEqual(resultShape);
        const out = zeros(resultShape, c.dtype) as Tensor;
        variance(x, { axis: given, keepDims: c.keepDims, ddof, out });
        expect(Array.from(out.data)).toEqual(Array.from(r.data));
        groups(x, axis).groups.forEach((g, i) => {
          const n = g.length;
          const m = g.reduce((s, v) => s + v, 0) / n;
          const want = g.reduce((s, v) => s + (v - m) ** 2, 0) / (n - ddof);
          const got = r.data[i] as number;
          expect(Math.abs(got - want)).toBeLessThanOrEqual(
            (c.dtype === 'float32' ? 2 ** -24 : 1e-12) * Math.abs(want) + 1e-300,
          );
        });
      }),
      { numRuns: 200 },
    );
  });

  it('does not cancel on large offsets (two-pass), and validates ddof', () => {
    const x = tensor([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]);
    expect(variance(x, { ddof: 1 }).item()).toBe(30);
    expectError(
      () => variance(x, { ddof: -1 }),
      RangeError,
      'variance: options.ddof must be a finite number ≥ 0, got -1',
    );
    expectError(
      () => variance(x, { ddof: NaN }),
      RangeError,
      'variance: options.ddof must be a finite number ≥ 0, got NaN',
    );
    expectError(
      () => variance(x, { ddof: '1' as unknown as number }),
      TypeError,
      'variance: options.ddof must be a number, got "1"',
    );
    expectError(
      () => variance(tensor([3, 4]), { ddof: 2 }),
      RangeError,
      'variance: options.ddof must be less than the reduced length 2 (the divisor is n − ddof), got 2',
    );
    expectError(
      () => variance(tensor([[3, 4]]), { axis: 0, ddof: 1 }),
      RangeError,
      'variance: options.ddof must be less than the reduced length 1 (the divisor is n − ddof), got 1',
    );
    expect(variance(tensor([3, 4]), { ddof: 1.5 }).item()).toBe(1);
  });
});

describe('accuracy of sum', () => {
  it('is pairwise along a contiguous run: 1e6 × 0.1 within a few ulps', () => {
    const x = new Tensor(new Float64Array(1_000_000).fill(0.1));
    const s = sum(x).item();
    expect(Math.abs(s - 100000)).toBeLessThan(1e-9); // a running sum is off by ~1.3e-6
  });
});

describe('documented examples', () => {
  it('sum, mean, variance, min, max, argmax', () => {
    const x = tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(sum(x).item()).toBe(21);
    expect(sum(x, { axis: 0 }).toArray()).toEqual([5, 7, 9]);
    expect(sum(x, { axis: -1, keepDims: true }).toArray()).toEqual([[6], [15]]);
    expect(mean(x).item()).toBe(3.5);
    expect(mean(x, { axis: 1 }).toArray()).toEqual([2, 5]);
    const v = tensor([1, 2, 3, 4]);
    expect(variance(v).item()).toBe(1.25);
    expect(variance(v, { ddof: 1 }).item()).toBe(1.6666666666666667);
    const sample: VarianceOptions = { axis: 0, ddof: 1 };
    expect(
      variance(
        tensor([
          [1, 2],
          [3, 6],
        ]),
        sample,
      ).toArray(),
    ).toEqual([2, 8]);
    expect(max(x).item()).toBe(6);
    expect(max(x, { axis: 1 }).toArray()).toEqual([3, 6]);
    expect(min(x).item()).toBe(1);
    expect(min(x, { axis: 1 }).toArray()).toEqual([1, 4]);
    const y = tensor([
      [1, 9, 3],
      [7, 5, 7],
    ]);
    expect(argmax(y).item()).toBe(1);
    expect(argmax(y, { axis: 1 }).toArray()).toEqual([1, 0]);
    const options: ReduceOptions<'float32'> = { axis: 0, keepDims: true };
    expect(sum(tensor([[1, 2]], undefined, 'float32'), options).toArray()).toEqual([[1, 2]]);
  });

  it('work for every dtype', () => {
    for (const dtype of ['float32', 'float64'] as DType[])
      expect(sum(tensor([1, 2], undefined, dtype)).dtype).toBe(dtype);
  });
});
