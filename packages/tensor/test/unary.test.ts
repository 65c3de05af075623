import {
  abs,
  type DType,
  exp,
  leakyRelu,
  leakyReluDerivative,
  log,
  logSigmoid,
  neg,
  relu,
  reluDerivative,
  selu,
  seluDerivative,
  sigmoid,
  sigmoidDerivative,
  softplus,
  sqrt,
  Tensor,
  tanh,
  tanhDerivative,
  tensor,
  zeros,
} from '@nninit/tensor';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dtypes } from './helpers/arbitraries.js';
import { expectError } from './helpers/expectError.js';
import { arrayOf } from './helpers/reference.js';

type Op = (x: Tensor, out?: Tensor) => Tensor;
const LAMBDA = 1.0507009873554804934193349852946;
const ALPHA = 1.6732632423543772848170429916717;

/**
 * Each op against a naive textbook formula, with a relative tolerance (float64) and a domain on
 * which the naive formula itself is accurate; the stable forms are also checked far outside it.
 */
const ops: [string, Op, (x: number) => number, number, [number, number]][] = [
  ['neg', neg as Op, (x) => -x, 0, [-1e300, 1e300]],
  ['abs', abs as Op, (x) => (x < 0 || Object.is(x, -0) ? -x : x), 0, [-1e300, 1e300]],
  ['exp', exp as Op, (x) => Math.E ** x, 1e-13, [-700, 700]],
  ['log', log as Op, (x) => Math.log2(x) / Math.LOG2E, 1e-14, [1e-300, 1e300]],
  ['sqrt', sqrt as Op, (x) => x ** 0.5, 1e-15, [0, 1e300]],
  ['relu', relu as Op, (x) => (x > 0 ? x : x === 0 ? x : 0), 0, [-1e300, 1e300]],
  ['reluDerivative', reluDerivative as Op, (x) => (x > 0 ? 1 : 0), 0, [-1e300, 1e300]],
  [
    'leakyRelu',
    ((x: Tensor, out?: Tensor) => leakyRelu(x, undefined, out)) as Op,
    (x) => (x > 0 ? x : 0.01 * x),
    0,
    [-1e300, 1e300],
  ],
  [
    'leakyReluDerivative',
    ((x: Tensor, out?: Tensor) => leakyReluDerivative(x, undefined, out)) as Op,
    (x) => (x > 0 ? 1 : 0.01),
    0,
    [-1e300, 1e300],
  ],
  ['sigmoid', sigmoid as Op, (x) => 1 / (1 + Math.exp(-x)), 1e-15, [-30, 700]],
  // s·(1 − s) cancels for x ≫ 0, so the naive reference is used where it is accurate; the
  // other side follows from the symmetry σ′(x) = σ′(−x), checked below.
  [
    'sigmoidDerivative',
    sigmoidDerivative as Op,
    (x) => (1 / (1 + Math.exp(-x))) * (1 - 1 / (1 + Math.exp(-x))),
    1e-14,
    [-700, 1],
  ],
  ['tanh', tanh as Op, (x) => Math.expm1(2 * x) / (Math.expm1(2 * x) + 2), 1e-14, [-300, 300]],
  ['tanhDerivative', tanhDerivative as Op, (x) => 4 / (Math.exp(x) + Math.exp(-x)) ** 2, 1e-14, [-300, 300]],
  ['selu', selu as Op, (x) => (x > 0 ? LAMBDA * x : LAMBDA * ALPHA * Math.expm1(x)), 1e-15, [-700, 1e300]],
  [
    'seluDerivative',
    seluDerivative as Op,
    (x) => (x > 0 ? LAMBDA : LAMBDA * ALPHA * Math.exp(x)),
    1e-15,
    [-700, 1e300],
  ],
  ['softplus', softplus as Op, (x) => Math.log1p(Math.exp(x)), 1e-15, [-700, 700]],
  ['logSigmoid', logSigmoid as Op, (x) => -Math.log1p(Math.exp(-x)), 1e-15, [-700, 700]],
];

function close(actual: number, expected: number, rel: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else if (rel === 0 || !Number.isFinite(expected)) expect(actual).toBe(expected);
  else expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-300);
}

describe.each(ops)('%s', (name, op, f, rel, [lo, hi]) => {
  it(`matches the naive formula (relative tolerance ${rel}) in float64 and in float32 (one rounding)`, () => {
    const shapes = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 });
    const cases = fc.tuple(shapes, dtypes).chain(([shape, dtype]) => {
      const n = shape.reduce((p, d) => p * d, 1);
      const xs = fc.array(fc.double({ min: lo, max: hi, noNaN: true }), { minLength: n, maxLength: n });
      return fc.record({ shape: fc.constant(shape), dtype: fc.constant(dtype), xs });
    });
    fc.assert(
      fc.property(cases, ({ shape, dtype, xs }) => {
        const x = new Tensor(arrayOf(dtype, xs), shape);
        const y = op(x);
        expect(y.shape).toEqual(shape);
        expect(y.dtype).toBe(dtype);
        y.data.forEach((v, i) => {
          const want = f(x.data[i] as number);
          // float32: the float64 result rounded once, so within half a float32 ulp of it
          if (dtype === 'float32') close(v, Math.fround(want), rel === 0 ? 0 : Math.max(rel, 2 ** -23));
          else close(v, want, rel);
        });
        const out = zeros(shape, dtype) as Tensor;
        expect(op(x, out)).toBe(out);
        expect(Array.from(out.data)).toEqual(Array.from(y.data));
        expect(op(x, x)).toBe(x);
        expect(Array.from(x.data)).toEqual(Array.from(y.data));
      }),
      { numRuns: 60 },
    );
  });

  it('errors, leaving out untouched', () => {
    const out = tensor([5, 5]);
    expectError(() => op(zeros([3]), out), RangeError, `${name}: out.shape must be [3], got [2]`);
    expectError(
      () => op(zeros([2]), zeros([2], 'float32') as Tensor),
      TypeError,
      `${name}: out.dtype must be float64, got float32`,
    );
    expectError(() => op([1, 2] as unknown as Tensor), TypeError, `${name}: x must be a Tensor, got [1,2]`);
    const big = tensor([1, 2, 3]);
    expectError(
      () => op(new Tensor(big.data.subarray(0, 2)), new Tensor(big.data.subarray(1, 3))),
      RangeError,
      `${name}: out must be x itself or not overlap it, got a partial overlap`,
    );
    expect(out.toArray()).toEqual([5, 5]);
    expect(big.toArray()).toEqual([1, 2, 3]);
  });
});

describe('stability and special values', () => {
  const at = (op: (x: Tensor<'float64'>) => Tensor<'float64'>, xs: number[]): number[] =>
    Array.from(op(tensor(xs)).data);

  it('sigmoid, softplus and logSigmoid never overflow', () => {
    expect(at(sigmoid, [-1000, -745, 0, 745, 1000, -Infinity, Infinity])).toEqual([0, Math.exp(-745), 0.5, 1, 1, 0, 1]);
    expect(at(softplus, [-1000, 0, 1000, Infinity, -Infinity])).toEqual([0, Math.LN2, 1000, Infinity, 0]);
    expect(at(logSigmoid, [-1000, 0, 1000, -Infinity])).toEqual([-1000, -Math.LN2, 0, -Infinity]);
    // relative accuracy in the far tail, where 1 − σ would cancel: σ(−40) ≈ e^(−40)
    expect(Math.abs(at(sigmoid, [-40])[0]! / Math.exp(-40) - 1)).toBeLessThan(1e-15);
    expect(Math.abs(at(sigmoidDerivative, [-40])[0]! / Math.exp(-40) - 1)).toBeLessThan(1e-15);
    expect(Math.abs(at(sigmoidDerivative, [40])[0]! / Math.exp(-40) - 1)).toBeLessThan(1e-15);
    expect(Math.abs(at(softplus, [-40])[0]! / Math.exp(-40) - 1)).toBeLessThan(1e-15);
  });

  it('float32 keeps the stable forms', () => {
    const x = tensor([-200, 0, 200], undefined, 'float32');
    expect(Array.from(sigmoid(x).data)).toEqual([Math.fround(Math.exp(-200)), 0.5, 1]);
    expect(Array.from(logSigmoid(x).data)).toEqual([-200, Math.fround(-Math.LN2), -0]);
  });

  it('NaN propagates through every op', () => {
    for (const [, op] of ops) expect(op(tensor([NaN]) as Tensor).data[0]).toBeNaN();
  });

  it('sigmoidDerivative is symmetric, σ′(x) = σ′(−x), and tanhDerivative even', () => {
    fc.assert(
      fc.property(fc.double({ min: -800, max: 800, noNaN: true }), (x) => {
        expect(at(sigmoidDerivative, [x])).toEqual(at(sigmoidDerivative, [-x]));
        expect(at(tanhDerivative, [x])).toEqual(at(tanhDerivative, [-x]));
      }),
    );
  });

  it('derivatives agree with central differences of their functions', () => {
    const pairs: [Op, Op][] = [
      [sigmoid as Op, sigmoidDerivative as Op],
      [tanh as Op, tanhDerivative as Op],
      [selu as Op, seluDerivative as Op],
      [relu as Op, reluDerivative as Op],
      [softplus as Op, sigmoid as Op],
    ];
    fc.assert(
      fc.property(
        fc.double({ min: -8, max: 8, noNaN: true }).filter((x) => Math.abs(x) > 1e-3),
        (x) => {
          for (const [f, df] of pairs) {
            const h = 1e-6;
            const v = (t: number): number => f(tensor([t]) as Tensor).data[0] as number;
            const numeric = (v(x + h) - v(x - h)) / (2 * h);
            expect(Math.abs((df(tensor([x]) as Tensor).data[0] as number) - numeric)).toBeLessThan(1e-6);
          }
        },
      ),
    );
  });

  it('leaky ReLU takes alpha, validated', () => {
    expect(leakyRelu(tensor([-100, 2]), 0.2).toArray()).toEqual([-20, 2]);
    expect(leakyReluDerivative(tensor([-1, 3]), 0.3).toArray()).toEqual([0.3, 1]);
    expect(leakyRelu(tensor([-1, 2]), 0).toArray()).toEqual([-0, 2]);
    expectError(
      () => leakyRelu(tensor([1]), Infinity),
      RangeError,
      'leakyRelu: alpha must be a finite number, got Infinity',
    );
    expectError(
      () => leakyReluDerivative(tensor([1]), '0.1' as unknown as number),
      TypeError,
      'leakyReluDerivative: alpha must be a number, got "0.1"',
    );
  });

  it('works on every dtype', () => {
    for (const dtype of ['float32', 'float64'] as DType[])
      expect(relu(tensor([-1, 1], undefined, dtype)).dtype).toBe(dtype);
  });
});
