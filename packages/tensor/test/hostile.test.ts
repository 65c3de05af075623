import { expectCleanOutcome, hostileNumber, hostileOptions, hostileValue, nonFinite } from '@nninit/internal/testing';
import * as api from '@nninit/tensor';
import { type DType, Tensor } from '@nninit/tensor';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { elementwiseOps } from '../scripts/elementwiseOps.js';

// Every public function of @nninit/tensor, on hostile arguments: each call returns a
// well-formed result or throws a TypeError/RangeError whose message starts with the function's
// name. The result must also be finite unless an input number was non-finite (NaN and
// ±Infinity written by the caller propagate, as in numpy) or the function is one whose finite
// inputs can legitimately give a non-finite value: add, sub, mul, div (overflow, division by
// zero) and log, sqrt (outside their domain), which follow IEEE 754 like numpy.

const SEED = 20251205;
const RUNS = 400;
let inputs = 0;
/** Calls that returned, per function: each must also get past validation, or it tests only errors. */
const returned = new Map<string, number>();

/** Shapes a caller might pass: small valid ones mostly, then hostile values and dimensions. */
const validShape = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 });
const shapeArb: fc.Arbitrary<unknown> = fc
  .oneof(
    { weight: 4, arbitrary: validShape },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), hostileNumber), { maxLength: 3 }) },
  )
  .filter(affordable);

/**
 * Keeps the test's memory bounded: a valid shape either has at most 4096 elements, or more than
 * any allocation accepts (so the call must refuse it before allocating).
 */
function affordable(shape: unknown): boolean {
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) return true;
  const size = (shape as number[]).reduce((p, d) => p * d, 1);
  return size <= 4096 || size > 2 ** 31;
}

const dtypeArb: fc.Arbitrary<DType> = fc.constantFrom('float32', 'float64');
const dtypeParam: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>('float32', 'float64', undefined) },
  { weight: 1, arbitrary: hostileValue },
);

/** A valid tensor with finite elements in [−8, 8] (zeros and −0 included). */
function tensorOf(shape: fc.Arbitrary<number[]>): fc.Arbitrary<Tensor> {
  return fc.tuple(shape, dtypeArb).chain(([dims, dtype]) => {
    const size = dims.reduce((p, d) => p * d, 1);
    return fc
      .array(fc.oneof(fc.double({ min: -8, max: 8, noNaN: true }), fc.constantFrom(0, -0, 1, -1)), {
        minLength: size,
        maxLength: size,
      })
      .map((xs) => new Tensor(dtype === 'float32' ? Float32Array.from(xs) : Float64Array.from(xs), dims));
  });
}

const validTensor = tensorOf(validShape);
const matrix = tensorOf(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })));
/** A tensor with an index into it (mostly valid: an integer in [0, d) per dimension), or a hostile index. */
const indexed: fc.Arbitrary<[Tensor, unknown]> = validTensor
  .filter((t) => t.size > 0)
  .chain((t) =>
    fc.tuple(
      fc.constant(t),
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(...t.shape.map((d) => fc.nat(d - 1))) as fc.Arbitrary<unknown> },
        { weight: 1, arbitrary: fc.array(hostileNumber, { maxLength: 3 }) },
        { weight: 1, arbitrary: hostileValue },
      ),
    ),
  );
/** Operands whose product is defined without transposes: [m, k] and [k, n], one dtype. */
const matrixPair = fc
  .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), dtypeArb)
  .chain(([m, k, n, dtype]) =>
    fc.tuple(
      tensorOf(fc.constant([m, k])).map((t) => t.astype(dtype)),
      tensorOf(fc.constant([k, n])).map((t) => t.astype(dtype)),
    ),
  );
/** Objects that look like tensors but are not (a dtype that contradicts data, a size that lies). */
const fakeTensor = fc.constantFrom<unknown>(
  { shape: [2], data: new Float32Array(2), dtype: 'float64', size: 2 },
  { shape: [3], data: new Float64Array(2), dtype: 'float64', size: 3 },
  { shape: 'x', data: [1, 2], dtype: 'float64', size: 2 },
);
const tensorArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: validTensor },
  { weight: 1, arbitrary: hostileValue },
  { weight: 1, arbitrary: fakeTensor },
);
const matrixArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: matrix },
  { weight: 1, arbitrary: tensorArb },
);
const outArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: validTensor },
  { weight: 1, arbitrary: hostileValue },
);
const operand: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: tensorArb },
  { weight: 1, arbitrary: hostileNumber },
);

/** A result is well formed if it is a number, a nested array, or a tensor whose data fits its shape. */
function wellFormed(result: unknown): string | undefined {
  if (!(result instanceof Tensor)) return undefined;
  const size = result.shape.reduce((p, d) => p * d, 1);
  if (size !== result.data.length) return `shape [${result.shape}] but ${result.data.length} elements`;
  if (result.size !== size) return `size ${result.size} for shape [${result.shape}]`;
  return undefined;
}

/** Functions whose finite inputs may give ±Infinity or NaN by IEEE 754 (documented in the README). */
const IEEE = new Set(['add', 'sub', 'mul', 'div', 'log', 'sqrt']);

/** Runs `call` under the contract; non-finite results are allowed where the inputs explain them. */
function contract(fn: string, args: readonly unknown[], call: () => unknown): void {
  inputs++;
  const mayBeNonFinite = IEEE.has(fn.split('.')[0] as string) || nonFinite(args, 'args', new Set()) !== undefined;
  const outcome = expectCleanOutcome(
    fn,
    () => {
      const result = call();
      // Where a non-finite value is legitimate, check the shape only.
      return mayBeNonFinite && result instanceof Tensor ? { shape: result.shape, size: result.size } : result;
    },
    wellFormed,
  );
  if (outcome === 'returned') returned.set(fn, (returned.get(fn) ?? 0) + 1);
}

type Case = readonly [name: string, args: fc.Arbitrary<readonly unknown[]>, call: (...args: unknown[]) => unknown];

// biome-ignore lint/suspicious/noExplicitAny: the test calls every function with arguments of any type
const f = api as unknown as Record<string, (...args: any[]) => unknown>;
const reduceKeys = ['axis', 'keepDims', 'out'];
const reduceGood = { axis: [0, 1, -1], keepDims: [true, false] };

const cases: Case[] = [
  ['zeros', fc.tuple(shapeArb, dtypeParam), f.zeros!],
  ['ones', fc.tuple(shapeArb, dtypeParam), f.ones!],
  ['full', fc.tuple(shapeArb, hostileNumber, dtypeParam), f.full!],
  [
    'eye',
    fc.tuple(
      fc.oneof(fc.nat(5), hostileNumber),
      fc.oneof(fc.constant(undefined), fc.nat(5), hostileNumber),
      dtypeParam,
    ),
    f.eye!,
  ],
  [
    'tensor',
    fc.tuple(
      fc.oneof(
        fc.array(fc.double({ min: -1e40, max: 1e40 }), { maxLength: 6 }),
        fc.array(fc.array(hostileNumber, { maxLength: 3 }), { maxLength: 3 }),
        hostileValue,
      ),
      fc.oneof(fc.constant(undefined), shapeArb),
      dtypeParam,
    ),
    f.tensor!,
  ],
  [
    'Tensor',
    fc.tuple(
      fc.oneof(
        validTensor.map((t) => t.data),
        hostileValue,
      ),
      fc.oneof(fc.constant(undefined), shapeArb),
    ),
    (data, shape) => new Tensor(data as Float64Array, shape as number[]),
  ],
  [
    'Tensor.get',
    indexed.map(([t, index]) => [t, index] as const),
    (t, index) => (Array.isArray(index) ? (t as Tensor).get(...index) : (t as Tensor).get(index as number)),
  ],
  [
    'Tensor.set',
    fc.tuple(indexed, fc.oneof(hostileNumber, hostileValue)).map(([[t, index], v]) => [t, index, v] as const),
    (t, index, v) => (t as Tensor).set(index as number[], v as number),
  ],
  [
    'Tensor.reshape',
    fc.tuple(validTensor, fc.oneof(shapeArb, fc.array(fc.constantFrom(-1, 0, 1, 2, 4), { maxLength: 3 }))),
    (t, s) => (t as Tensor).reshape(s as number[]),
  ],
  ['Tensor.toArray', fc.tuple(validTensor), (t) => (t as Tensor).toArray()],
  ['Tensor.item', fc.tuple(validTensor), (t) => (t as Tensor).item()],
  ['Tensor.clone', fc.tuple(validTensor), (t) => (t as Tensor).clone()],
  ['Tensor.astype', fc.tuple(validTensor, dtypeParam), (t, d) => (t as Tensor).astype(d as DType)],
  // The generated ops, from their spec: a new entry is tested here without a line in this file.
  ...elementwiseOps.map(
    (op): Case => [
      op.name,
      op.arity === 2 ? fc.tuple(operand, operand, outArb) : fc.tuple(tensorArb, outArb),
      f[op.name]!,
    ],
  ),
  ...[
    'exp',
    'log',
    'relu',
    'reluDerivative',
    'sigmoid',
    'sigmoidDerivative',
    'tanh',
    'tanhDerivative',
    'softplus',
    'logSigmoid',
    'selu',
    'seluDerivative',
  ].map((name): Case => [name, fc.tuple(tensorArb, outArb), f[name]!]),
  ...['leakyRelu', 'leakyReluDerivative'].map(
    (name): Case => [
      name,
      fc.tuple(tensorArb, fc.oneof(fc.constant(undefined), hostileNumber, hostileValue), outArb),
      f[name]!,
    ],
  ),
  [
    'matmul',
    fc
      .tuple(
        fc.oneof(
          { weight: 1, arbitrary: fc.tuple(matrixArb, matrixArb) },
          { weight: 2, arbitrary: matrixPair as fc.Arbitrary<[unknown, unknown]> },
        ),
        fc.oneof(
          fc.constant(undefined),
          hostileOptions(['transposeA', 'transposeB', 'out', 'accumulation'], {
            transposeA: [true, false],
            transposeB: [true, false],
            accumulation: ['float32', 'float64'],
          }),
          hostileValue,
        ),
      )
      .map(([[a, b], options]) => [a, b, options] as const),
    f.matmul!,
  ],
  ['matmulKernel', fc.tuple(), f.matmulKernel!],
  ...['sum', 'mean', 'min', 'max', 'argmax'].map(
    (name): Case => [
      name,
      fc.tuple(tensorArb, fc.oneof(fc.constant(undefined), hostileOptions(reduceKeys, reduceGood), hostileValue)),
      f[name]!,
    ],
  ),
  [
    'variance',
    fc.tuple(
      tensorArb,
      fc.oneof(
        fc.constant(undefined),
        hostileOptions([...reduceKeys, 'ddof'], { ...reduceGood, ddof: [0, 1, 2.5] }),
        hostileValue,
      ),
    ),
    f.variance!,
  ],
];

describe('hostile inputs', () => {
  afterAll(() => {
    console.log(`hostile.test.ts: ${inputs} inputs over ${cases.length} functions`);
    console.log([...returned].map(([k, v]) => `${k} ${v}`).join(', '));
  });

  it('covers every public function', () => {
    const covered = new Set(cases.map(([name]) => name.split('.')[0]));
    const exported = Object.entries(api)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(cases)('%s', (name, args, call) => {
    fc.assert(
      fc.property(args, (xs) => contract(name, xs, () => call(...xs))),
      { seed: SEED, numRuns: RUNS },
    );
    expect(returned.get(name) ?? 0, `${name} never got past validation`).toBeGreaterThan(RUNS / 10);
  });
});
