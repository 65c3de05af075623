import {
  add,
  argmax,
  eye,
  full,
  leakyRelu,
  leakyReluDerivative,
  matmul,
  max,
  mean,
  min,
  ones,
  sum,
  Tensor,
  tensor,
  variance,
  zeros,
} from '@nninit/tensor';
import { describe, expect, it } from 'vitest';
import { expectError } from './helpers/expectError.js';

describe('unknown option keys are errors, whatever their value', () => {
  const a = tensor([
    [1, 2],
    [3, 4],
  ]);

  it('matmul: a misspelled transposeB does not compute A·B', () => {
    expectError(
      () => matmul(a, a, { tranposeB: true } as never),
      RangeError,
      'matmul: each key of options must be one of "transposeA", "transposeB", "out", "accumulation", got "tranposeB" (did you mean "transposeB"?)',
    );
    expect(() => matmul(a, a, { extra: undefined } as never)).toThrow(RangeError);
  });

  it.each([
    ['sum', sum],
    ['mean', mean],
    ['min', min],
    ['max', max],
    ['argmax', argmax],
  ] as const)('%s: `axes` does not reduce everything', (name, op) => {
    expectError(
      () => op(a, { axes: 0 } as never),
      RangeError,
      `${name}: each key of options must be one of "axis", "keepDims", "out", got "axes" (did you mean "axis"?)`,
    );
  });

  it('variance knows ddof and rejects its misspelling', () => {
    expectError(
      () => variance(a, { dof: 1 } as never),
      RangeError,
      'variance: each key of options must be one of "axis", "keepDims", "out", "ddof", got "dof" (did you mean "ddof"?)',
    );
    expect(() => sum(a, { ddof: 1 } as never)).toThrow(RangeError);
  });

  it('options must be an object', () => {
    expectError(() => sum(a, null as never), TypeError, 'sum: options must be an object or undefined, got null');
    expectError(() => matmul(a, a, [] as never), TypeError, 'matmul: options must be an object or undefined, got []');
  });
});

describe('dtype: null is a TypeError, not the default', () => {
  const message = (fn: string, param = 'dtype') => `${fn}: ${param} must be "float32" or "float64", got null`;
  it.each([
    ['zeros', () => zeros([2], null as never)],
    ['ones', () => ones([2], null as never)],
    ['full', () => full([2], 1, null as never)],
    ['eye', () => eye(2, 2, null as never)],
    ['tensor', () => tensor([1, 2], undefined, null as never)],
    ['Tensor.astype', () => zeros([2]).astype(null as never)],
  ] as const)('%s', (fn, call) => {
    expectError(call, TypeError, message(fn));
  });

  it('matmul options.accumulation', () => {
    const a = zeros([2, 2]);
    expectError(
      () => matmul(a, a, { accumulation: null as never }),
      TypeError,
      message('matmul', 'options.accumulation'),
    );
  });
});

describe('allocation over 4 GiB is a RangeError naming the function and the shape', () => {
  const limit = 'more than the 4294967296-byte (4 GiB) limit of one array';
  it.each([
    ['zeros', () => zeros([2 ** 31]), 'shape [2147483648] needs 17179869184 bytes (16 GiB)'],
    ['ones', () => ones([2 ** 30, 2], 'float32'), 'shape [1073741824,2] needs 8589934592 bytes (8 GiB)'],
    ['full', () => full([2 ** 31], 1), 'shape [2147483648] needs 17179869184 bytes (16 GiB)'],
    ['eye', () => eye(100000), 'shape [100000,100000] needs 80000000000 bytes (74.5 GiB)'],
    [
      'add',
      () => add(zeros([100000, 1]), zeros([1, 100000])),
      'shape [100000,100000] needs 80000000000 bytes (74.5 GiB)',
    ],
    [
      'matmul',
      () => matmul(zeros([100000, 0]), zeros([0, 100000])),
      'shape [100000,100000] needs 80000000000 bytes (74.5 GiB)',
    ],
  ] as const)('%s', (fn, call, needs) => {
    expectError(call, RangeError, `${fn}: ${needs}, ${limit}`);
  });
});

describe('empty reductions and ddof ≥ n are errors, not NaN', () => {
  it('mean and variance of an empty tensor throw like min and max', () => {
    for (const op of [mean, variance, min, max]) expect(() => op(zeros([0]))).toThrow(RangeError);
  });
  it('variance with ddof = n', () => {
    expectError(
      () => variance(tensor([1, 2, 3]), { ddof: 3 }),
      RangeError,
      'variance: options.ddof must be less than the reduced length 3 (the divisor is n − ddof), got 3',
    );
  });
});

describe('values beyond the dtype are refused, not stored as Infinity', () => {
  const range = (param: string) => `within the finite range of float32 (|${param}| ≤ 3.4028234663852886e+38)`;
  it('full with a float32 fill out of range', () => {
    expectError(() => full([2], 1e39, 'float32'), RangeError, `full: value must be ${range('value')}, got 1e+39`);
    expect(Array.from(full([1], 1e39).data)).toEqual([1e39]);
    // Just above the largest float32 still rounds to it, and is accepted.
    expect(full([1], 3.4028235e38, 'float32').data[0]).toBe(3.4028234663852886e38);
  });
  it('full with a non-finite fill', () => {
    expectError(() => full([2], Number.NaN), RangeError, 'full: value must be a finite number, got NaN');
    expectError(() => full([2], -Infinity), RangeError, 'full: value must be a finite number, got -Infinity');
  });
  it('tensor, Tensor.set and Tensor.astype', () => {
    expectError(
      () => tensor([1, -1e39], undefined, 'float32'),
      RangeError,
      `tensor: data[1] must be ${range('data[1]')}, got -1e+39`,
    );
    expect(Array.from(tensor([Number.NaN, Infinity], undefined, 'float32').data)).toEqual([Number.NaN, Infinity]);
    const t = zeros([2], 'float32');
    expectError(() => t.set([0], 1e39), RangeError, `Tensor.set: value must be ${range('value')}, got 1e+39`);
    expect(t.data[0]).toBe(0);
    expectError(
      () => tensor([0, 1e300]).astype('float32'),
      RangeError,
      `Tensor.astype: element 1 must be ${range('element 1')}, got 1e+300`,
    );
    expect(new Tensor(new Float64Array([Infinity])).astype('float32').data[0]).toBe(Infinity);
  });
});

describe('a number operand beyond float32 is refused for float32 tensors', () => {
  it('add, and the other binary ops', () => {
    const x = zeros([2], 'float32');
    expectError(
      () => add(x, 1e39),
      RangeError,
      'add: b must be within the finite range of float32 (|b| ≤ 3.4028234663852886e+38), got 1e+39',
    );
    expect(() => add(-1e39, x)).toThrow('add: a must be within the finite range of float32');
    expect(Array.from(add(x, Infinity).data)).toEqual([Infinity, Infinity]);
    expect(Array.from(add(zeros([1]), 1e39).data)).toEqual([1e39]);
  });
});

describe('a leaky-ReLU slope that would overflow is refused', () => {
  it('leakyRelu: steep alpha against the most negative element', () => {
    const x = tensor([-1e300, 2]);
    expectError(
      () => leakyRelu(x, 1e10),
      RangeError,
      "leakyRelu: alpha must be small enough that alpha·x stays within float64's range (x's most negative element is -1e+300), got 10000000000",
    );
    expect(Array.from(leakyRelu(x, 2).data)).toEqual([-2e300, 2]);
    // Steep slopes are fine where x has no large negative element.
    expect(Array.from(leakyRelu(tensor([-1, 1e308]), 1e10).data)).toEqual([-1e10, 1e308]);
  });
  it('leakyReluDerivative: alpha must fit float32', () => {
    expect(() => leakyReluDerivative(zeros([1], 'float32'), 1e39)).toThrow(
      'leakyReluDerivative: alpha must be within the finite range of float32',
    );
  });
});

describe('tensor validates every element before allocating', () => {
  it('a sparse array is refused at its first hole, with no buffer allocated', () => {
    const before = process.memoryUsage().arrayBuffers;
    expectError(
      () => tensor(new Array(2 ** 27) as number[]),
      TypeError,
      'tensor: data[0] must be a number, got undefined',
    );
    // 2²⁷ float64 elements would be 1 GiB of array buffers.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(2 ** 26);
  });
});
