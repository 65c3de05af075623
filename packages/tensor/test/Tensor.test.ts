import { type NestedArray, Tensor } from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectError as err } from './helpers/expectError.js';

const shapes = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 });

describe('Tensor', () => {
  it('documented example', () => {
    const t = new Tensor(new Float32Array([1, 2, 3, 4, 5, 6]), [2, 3]);
    expect(t.get(1, 2)).toBe(6);
    expect(t.reshape([3, 2]).toArray()).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(t.dtype).toBe('float32');
    expect(t.size).toBe(6);
    expect(t.rank).toBe(2);
  });

  it('adopts data without copying, freezes and copies the shape', () => {
    const data = new Float64Array(4);
    const shape = [2, 2];
    const t = new Tensor(data, shape);
    shape[0] = 7;
    expect(t.shape).toEqual([2, 2]);
    expect(Object.isFrozen(t.shape)).toBe(true);
    data[3] = 5;
    expect(t.get(1, 1)).toBe(5);
    expect(new Tensor(new Float64Array(3)).shape).toEqual([3]);
  });

  it('get follows the row-major formula and toArray matches get', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const size = shape.reduce((p, d) => p * d, 1);
        const t = new Tensor(
          Float64Array.from({ length: size }, (_, i) => i),
          shape,
        );
        const strides = shape.map((_, k) => shape.slice(k + 1).reduce((p, d) => p * d, 1));
        const walk = (a: NestedArray, index: number[]): void => {
          if (typeof a === 'number') {
            expect(t.get(...index)).toBe(index.reduce((s, i, k) => s + i * (strides[k] as number), 0));
            expect(t.get(...index)).toBe(a);
          } else a.forEach((v, i) => walk(v, [...index, i]));
        };
        walk(t.toArray(), []);
      }),
    );
  });

  it('reshape shares data, infers -1, and keeps size', () => {
    const t = new Tensor(new Float32Array(12), [3, 4]);
    const r = t.reshape([2, -1, 2]);
    expect(r.shape).toEqual([2, 3, 2]);
    expect(r.data).toBe(t.data);
    r.set([1, 2, 1], 9);
    expect(t.get(2, 3)).toBe(9);
    expect(new Tensor(new Float32Array(0), [0, 3]).reshape([-1, 5]).shape).toEqual([0, 5]);
    expect(new Tensor(new Float32Array(1), []).reshape([1, 1]).shape).toEqual([1, 1]);
  });

  it('set, item, clone and astype', () => {
    const t = new Tensor(new Float64Array([0.1, 2]), [2]);
    expect(t.set([0], 3).get(0)).toBe(3);
    const c = t.clone();
    c.set([1], 4);
    expect(t.get(1)).toBe(2);
    expect(new Tensor(new Float64Array([5]), [1, 1]).item()).toBe(5);
    const f = new Tensor(new Float64Array([0.1])).astype('float32');
    expect(f.dtype).toBe('float32');
    expect(f.get(0)).toBe(Math.fround(0.1));
    expect(f.astype('float64').data).toBeInstanceOf(Float64Array);
    expect(new Tensor(new Float64Array([7]), []).toArray()).toBe(7);
  });

  it('errors', () => {
    const t = new Tensor(new Float64Array(6), [2, 3]);
    err(
      () => new Tensor([1, 2] as unknown as Float64Array),
      TypeError,
      'Tensor: data must be a Float32Array or a Float64Array, got [1,2]',
    );
    err(
      () => new Tensor(new Float64Array(5), [2, 3]),
      RangeError,
      'Tensor: data.length must equal the size 6 of shape [2,3], got 5',
    );
    err(
      () => new Tensor(new Float64Array(0), [2, -1]),
      RangeError,
      'Tensor: shape[1] must be a non-negative integer, got -1',
    );
    err(
      () => new Tensor(new Float64Array(3), [1.5, 2]),
      RangeError,
      'Tensor: shape[0] must be a non-negative integer, got 1.5',
    );
    err(
      () => new Tensor(new Float64Array(3), ['3'] as unknown as number[]),
      TypeError,
      'Tensor: shape[0] must be a non-negative integer, got "3"',
    );
    err(() => t.get(1), RangeError, 'Tensor.get: index must have 2 entries (one per dimension of [2,3]), got [1]');
    err(() => t.get(1, 3), RangeError, 'Tensor.get: index[1] must be an integer in [0, 3), got 3');
    err(() => t.get(-1, 0), RangeError, 'Tensor.get: index[0] must be an integer in [0, 2), got -1');
    err(() => t.set([0, 0], '1' as unknown as number), TypeError, 'Tensor.set: value must be a number, got "1"');
    err(() => t.reshape([4, 2]), RangeError, 'Tensor.reshape: shape must have the size 6 of [2,3], got [4,2]');
    err(() => t.reshape([4, -1]), RangeError, 'Tensor.reshape: shape[1] must be a non-negative integer, got -1');
    err(
      () => t.reshape('6' as unknown as number[]),
      TypeError,
      'Tensor.reshape: shape must be an array of integers, got "6"',
    );
    err(() => t.item(), RangeError, 'Tensor.item: size must be 1, got 6 (shape [2,3])');
    err(
      () => t.astype('int32' as 'float32'),
      RangeError,
      `Tensor.astype: dtype must be "float32" or "float64", got "int32"`,
    );
  });
});
