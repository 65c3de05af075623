import {
  add,
  type DType,
  div,
  equal,
  greater,
  greaterEqual,
  less,
  lessEqual,
  maximum,
  minimum,
  mul,
  notEqual,
  sub,
  Tensor,
  tensor,
  zeros,
} from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { broadcastRead, broadcastShapes, dtypes, indices, values } from './helpers/arbitraries.js';
import { expectError } from './helpers/expectError.js';
import { arrayOf, sizeOf } from './helpers/reference.js';

type Op = (a: Tensor | number, b: Tensor | number, out?: Tensor) => Tensor;
const ops: [string, Op, (x: number, y: number) => number][] = [
  ['add', add as Op, (x, y) => x + y],
  ['sub', sub as Op, (x, y) => x - y],
  ['mul', mul as Op, (x, y) => x * y],
  ['div', div as Op, (x, y) => x / y],
  [
    'maximum',
    maximum as Op,
    (x, y) =>
      Number.isNaN(x) || Number.isNaN(y) ? NaN : x > y ? x : y < x ? y : x === y ? (Object.is(x, -0) ? y : x) : y,
  ],
  [
    'minimum',
    minimum as Op,
    (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : x < y ? x : y < x ? y : Object.is(x, -0) ? x : y),
  ],
  ['equal', equal as Op, (x, y) => Number(x === y)],
  ['notEqual', notEqual as Op, (x, y) => Number(x !== y)],
  ['less', less as Op, (x, y) => Number(x < y)],
  ['lessEqual', lessEqual as Op, (x, y) => Number(x <= y)],
  ['greater', greater as Op, (x, y) => Number(x > y)],
  ['greaterEqual', greaterEqual as Op, (x, y) => Number(x >= y)],
];

/** The reference result: op on float64 values (float32 inputs), rounded once to the dtype. */
function reference(
  f: (x: number, y: number) => number,
  dtype: DType,
  a: ArrayLike<number>,
  as: readonly number[],
  b: ArrayLike<number>,
  bs: readonly number[],
  shape: readonly number[],
): number[] {
  const round = dtype === 'float32' ? Math.fround : (v: number) => v;
  return indices(shape).map((idx) => round(f(broadcastRead(a, as, idx), broadcastRead(b, bs, idx))));
}

describe.each(ops)('%s', (name, op, f) => {
  it('matches the naive broadcast reference exactly (small integers and specials), out path included', () => {
    const cases = broadcastShapes.chain(([shape, as, bs]) =>
      fc.record({
        shape: fc.constant(shape),
        as: fc.constant(as),
        bs: fc.constant(bs),
        dtype: dtypes,
        A: values(sizeOf(as), true),
        B: values(sizeOf(bs), true),
      }),
    );
    fc.assert(
      fc.property(cases, ({ shape, as, bs, dtype, A, B }) => {
        const a = new Tensor(arrayOf(dtype, A), as);
        const b = new Tensor(arrayOf(dtype, B), bs);
        const expected = reference(f, dtype, a.data, as, b.data, bs, shape);
        const c = op(a, b);
        expect(c.shape).toEqual(shape);
        expect(c.dtype).toBe(dtype);
        expect(Array.from(c.data)).toEqual(expected);
        const out = zeros(shape, dtype) as Tensor;
        expect(op(a, b, out)).toBe(out);
        expect(Array.from(out.data)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('takes a number on either side, rounded to the dtype, and works in place', () => {
    fc.assert(
      fc.property(dtypes, values(6, true), fc.double(), (dtype, A, s) => {
        const a = new Tensor(arrayOf(dtype, A), [2, 3]);
        const round = dtype === 'float32' ? Math.fround : (v: number) => v;
        if (Number.isFinite(s) && !Number.isFinite(round(s))) {
          // A finite number float32 would round to ±Infinity is refused, on either side.
          expect(() => op(s, a)).toThrow(RangeError);
          expect(() => op(a, s)).toThrow(RangeError);
          return;
        }
        const left = op(s, a);
        const right = op(a, s);
        expect(Array.from(left.data)).toEqual(Array.from(a.data, (x) => round(f(round(s), x))));
        expect(Array.from(right.data)).toEqual(Array.from(a.data, (x) => round(f(x, round(s)))));
        const expected = Array.from(right.data);
        expect(op(a, s, a)).toBe(a);
        expect(Array.from(a.data)).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('errors, leaving out untouched', () => {
    const out = tensor([9, 9]);
    expectError(
      () => op(zeros([2, 3]), zeros([4]), out),
      RangeError,
      `${name}: shapes do not broadcast, [2,3] and [4] (3 vs 4 in dimension 1 of the result)`,
    );
    expectError(
      () => op(zeros([2]), zeros([2], 'float32') as Tensor, out),
      TypeError,
      `${name}: b.dtype must be float64 (the dtype of a), got float32`,
    );
    expectError(() => op(1, 2), TypeError, `${name}: a or b must be a Tensor, got two numbers`);
    expectError(() => op('1' as unknown as number, zeros([2])), TypeError, `${name}: a must be a Tensor, got "1"`);
    expectError(() => op(zeros([2]), [1, 2] as unknown as Tensor), TypeError, `${name}: b must be a Tensor, got [1,2]`);
    expectError(() => op(zeros([2]), zeros([2]), zeros([3])), RangeError, `${name}: out.shape must be [2], got [3]`);
    expectError(
      () => op(zeros([2]), zeros([2]), zeros([2], 'float32') as Tensor),
      TypeError,
      `${name}: out.dtype must be float64, got float32`,
    );
    const big = zeros([4]);
    const view = new Tensor(big.data.subarray(1, 3), [2]);
    expectError(
      () => op(new Tensor(big.data.subarray(0, 2), [2]), 1, view),
      RangeError,
      `${name}: out must be a itself or not overlap it, got a partial overlap`,
    );
    expect(out.toArray()).toEqual([9, 9]);
  });
});
