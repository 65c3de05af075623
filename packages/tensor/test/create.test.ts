import { eye, full, ones, type Tensor, tensor, zeros } from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectError as err } from './helpers/expectError.js';

describe('tensor', () => {
  it('documented examples', () => {
    expect(
      tensor([
        [1, 2, 3],
        [4, 5, 6],
      ]).shape,
    ).toEqual([2, 3]);
    expect(tensor([1, 2, 3, 4], [2, 2], 'float32').dtype).toBe('float32');
    expect(tensor(new Float32Array([1, 2]), [2, 1]).toArray()).toEqual([[1], [2]]);
  });

  it('defaults nested arrays to float64, typed arrays to their own dtype, and copies', () => {
    expect(tensor([0.1]).dtype).toBe('float64');
    expect(tensor([0.1]).get(0)).toBe(0.1);
    expect(tensor(3).shape).toEqual([]);
    expect(tensor(3).item()).toBe(3);
    expect(tensor([]).shape).toEqual([0]);
    expect(tensor([[], []]).shape).toEqual([2, 0]);
    const src = new Float32Array([1, 2, 3]);
    const t: Tensor<'float32'> = tensor(src);
    src[0] = 9;
    expect(t.get(0)).toBe(1);
    expect(tensor(new Float64Array(2)).dtype).toBe('float64');
    expect(tensor([0.1], [1], 'float32').get(0)).toBe(Math.fround(0.1));
  });

  it('round-trips nested arrays of any shape through toArray', () => {
    const nested = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }).chain((shape) => {
      const build = (k: number): fc.Arbitrary<unknown> =>
        k === shape.length
          ? fc.integer({ min: -1000, max: 1000 })
          : fc.array(build(k + 1), { minLength: shape[k] as number, maxLength: shape[k] as number });
      return build(0).map((data) => ({ shape, data }));
    });
    fc.assert(
      fc.property(nested, fc.constantFrom('float32' as const, 'float64' as const), ({ shape, data }, dtype) => {
        const t = tensor(data as number, undefined, dtype);
        // an empty dimension hides the ones after it from the nesting
        const zero = shape.indexOf(0);
        expect(t.shape).toEqual(zero < 0 ? shape : shape.slice(0, zero + 1));
        expect(t.toArray()).toEqual(data);
        expect(t.dtype).toBe(dtype);
      }),
    );
  });

  it('errors', () => {
    err(
      () => tensor('abc' as unknown as number),
      TypeError,
      'tensor: data must be a number, a nested array of numbers, a Float32Array or a Float64Array, got "abc"',
    );
    err(
      () => tensor(new Int32Array(2) as unknown as number[]),
      TypeError,
      'tensor: data must be a number, a nested array of numbers, a Float32Array or a Float64Array, got an Int32Array of length 2',
    );
    err(
      () => tensor([[1, 2], [3]]),
      RangeError,
      'tensor: data[1] must be an array of length 2 (ragged nesting), got length 1',
    );
    err(
      () => tensor([[1, 2], 3] as number[][]),
      RangeError,
      'tensor: data[1] must be an array of length 2 (ragged nesting), got 3',
    );
    err(() => tensor([1, [2]] as number[]), TypeError, 'tensor: data[1] must be a number, got [2]');
    err(() => tensor([1, '2'] as unknown as number[]), TypeError, 'tensor: data[1] must be a number, got "2"');
    err(
      () => tensor([1, 2, 3], [2, 2]),
      RangeError,
      'tensor: shape must have size 3 (the number of elements), got [2,2]',
    );
    err(
      () => tensor(new Float32Array(3), [2]),
      RangeError,
      'tensor: shape must have size 3 (the number of elements), got [2]',
    );
    err(() => tensor([1], [-1]), RangeError, 'tensor: shape[0] must be a non-negative integer, got -1');
    err(
      () => tensor(new Float32Array(1), undefined, 'float64' as 'float32'),
      TypeError,
      `tensor: dtype must be "float32" (the dtype of a Float32Array of length 1), got "float64"`,
    );
    err(
      () => tensor(new Float64Array(1), undefined, 'float32' as 'float64'),
      TypeError,
      `tensor: dtype must be "float64" (the dtype of a Float64Array of length 1), got "float32"`,
    );
    err(
      () => tensor([1], undefined, 'int8' as 'float32'),
      RangeError,
      `tensor: dtype must be "float32" or "float64", got "int8"`,
    );
  });
});

describe('zeros, ones, full, eye', () => {
  it('documented examples', () => {
    expect(zeros([2, 3], 'float32').toArray()).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(ones([3]).toArray()).toEqual([1, 1, 1]);
    expect(full([2, 2], 7).toArray()).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(eye(2, 3).toArray()).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it('fill every element, default to float64, honour dtype', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -3e38, max: 3e38 }),
        (shape, v) => {
          const size = shape.reduce((p, d) => p * d, 1);
          expect(zeros(shape).dtype).toBe('float64');
          expect(Array.from(zeros(shape, 'float32').data)).toEqual(new Array(size).fill(0));
          expect(Array.from(ones(shape).data)).toEqual(new Array(size).fill(1));
          expect(Array.from(full(shape, v).data)).toEqual(new Array(size).fill(v));
          expect(Array.from(full(shape, v, 'float32').data)).toEqual(new Array(size).fill(Math.fround(v)));
          expect(full(shape, v).shape).toEqual(shape);
        },
      ),
    );
  });

  it('eye matches np.eye', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.nat(5), (n, m) => {
        const e = eye(n, m, 'float32');
        expect(e.shape).toEqual([n, m]);
        for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) expect(e.get(i, j)).toBe(i === j ? 1 : 0);
      }),
    );
    expect(eye(3).shape).toEqual([3, 3]);
  });

  it('errors', () => {
    err(() => zeros([2, 1.5]), RangeError, 'zeros: shape[1] must be a non-negative integer, got 1.5');
    err(
      () => ones(3 as unknown as number[]),
      TypeError,
      'ones: shape must be an array of non-negative integers, got 3',
    );
    err(() => zeros([2], 'int' as 'float32'), RangeError, `zeros: dtype must be "float32" or "float64", got "int"`);
    err(() => ones([2], 'x' as 'float32'), RangeError, `ones: dtype must be "float32" or "float64", got "x"`);
    err(() => ones([2], 32 as unknown as 'float32'), TypeError, `ones: dtype must be "float32" or "float64", got 32`);
    err(() => full([-2], 1), RangeError, 'full: shape[0] must be a non-negative integer, got -2');
    err(() => full([2], '1' as unknown as number), TypeError, 'full: value must be a number, got "1"');
    err(() => full([2], 1, 'y' as 'float32'), RangeError, `full: dtype must be "float32" or "float64", got "y"`);
    err(() => eye(-1), RangeError, 'eye: n must be an integer ≥ 0, got -1');
    err(() => eye(2, 0.5), RangeError, 'eye: m must be an integer ≥ 0, got 0.5');
    err(() => eye('2' as unknown as number), TypeError, 'eye: n must be a number, got "2"');
    err(() => eye(2, 2, 'z' as 'float32'), RangeError, `eye: dtype must be "float32" or "float64", got "z"`);
  });
});
