import * as api from '@nninit/tensor';
import {
  abs,
  add,
  div,
  equal,
  exp,
  greater,
  greaterEqual,
  leakyRelu,
  leakyReluDerivative,
  less,
  lessEqual,
  log,
  logSigmoid,
  maximum,
  minimum,
  mul,
  neg,
  notEqual,
  relu,
  reluDerivative,
  selu,
  seluDerivative,
  sigmoid,
  sigmoidDerivative,
  softplus,
  sqrt,
  sub,
  tanh,
  tanhDerivative,
  tensor,
} from '@nninit/tensor';
import { describe, expect, it } from 'vitest';
import { elementwiseOps } from '../scripts/elementwiseOps.js';

// Every @example in the elementwise ops' TSDoc, asserted verbatim.
describe('documented examples', () => {
  it('add', () =>
    expect(
      add(
        tensor([
          [1, 2],
          [3, 4],
        ]),
        tensor([10, 20]),
      ).toArray(),
    ).toEqual([
      [11, 22],
      [13, 24],
    ]));
  it('sub', () =>
    expect(
      sub(
        tensor([
          [1, 2],
          [3, 4],
        ]),
        tensor([[1], [2]]),
      ).toArray(),
    ).toEqual([
      [0, 1],
      [1, 2],
    ]));
  it('mul', () => expect(mul(tensor([1, 2, 3]), 2).toArray()).toEqual([2, 4, 6]));
  it('div', () => expect(div(1, tensor([2, 4])).toArray()).toEqual([0.5, 0.25]));
  it('maximum', () => expect(maximum(tensor([1, 5, 3]), tensor([4, 2, 6])).toArray()).toEqual([4, 5, 6]));
  it('minimum', () => expect(minimum(tensor([1, 5, 3]), 2).toArray()).toEqual([1, 2, 2]));
  it('equal', () => expect(equal(tensor([1, 2, 3]), tensor([1, 0, 3])).toArray()).toEqual([1, 0, 1]));
  it('notEqual', () => expect(notEqual(tensor([1, 2, 3]), tensor([1, 0, 3])).toArray()).toEqual([0, 1, 0]));
  it('less', () => expect(less(tensor([1, 2, 3]), 2).toArray()).toEqual([1, 0, 0]));
  it('lessEqual', () => expect(lessEqual(tensor([1, 2, 3]), 2).toArray()).toEqual([1, 1, 0]));
  it('greater', () => expect(greater(tensor([1, 2, 3]), 2).toArray()).toEqual([0, 0, 1]));
  it('greaterEqual', () => expect(greaterEqual(tensor([1, 2, 3]), 2).toArray()).toEqual([0, 1, 1]));
  it('neg', () => expect(neg(tensor([1, -2])).toArray()).toEqual([-1, 2]));
  it('exp', () => expect(exp(tensor([0, 1])).toArray()).toEqual([1, Math.E]));
  it('log', () => expect(log(tensor([1, Math.E])).toArray()).toEqual([0, 1]));
  it('sqrt', () => expect(sqrt(tensor([4, 9])).toArray()).toEqual([2, 3]));
  it('abs', () => expect(abs(tensor([-1.5, 2])).toArray()).toEqual([1.5, 2]));
  it('relu', () => expect(relu(tensor([-1, 0, 2])).toArray()).toEqual([0, 0, 2]));
  it('reluDerivative', () => expect(reluDerivative(tensor([-1, 0, 2])).toArray()).toEqual([0, 0, 1]));
  it('sigmoid', () => expect(sigmoid(tensor([-1000, 0, 1000])).toArray()).toEqual([0, 0.5, 1]));
  it('sigmoidDerivative', () => expect(sigmoidDerivative(tensor([0, 1000])).toArray()).toEqual([0.25, 0]));
  it('tanh', () => expect(tanh(tensor([0, 1000])).toArray()).toEqual([0, 1]));
  it('tanhDerivative', () => expect(tanhDerivative(tensor([0, 1000])).toArray()).toEqual([1, 0]));
  it('selu', () => expect(selu(tensor([0, 1, -1000])).toArray()).toEqual([0, 1.0507009873554805, -1.7580993408473768]));
  it('seluDerivative', () =>
    expect(seluDerivative(tensor([1, 0])).toArray()).toEqual([1.0507009873554805, 1.7580993408473768]));
  it('softplus', () => expect(softplus(tensor([0, 1000, -1000])).toArray()).toEqual([Math.LN2, 1000, 0]));
  it('logSigmoid', () => expect(logSigmoid(tensor([0, -1000, 1000])).toArray()).toEqual([-Math.LN2, -1000, 0]));
  it('leakyRelu', () => {
    expect(leakyRelu(tensor([-100, 0, 2])).toArray()).toEqual([-1, 0, 2]);
    expect(leakyRelu(tensor([-100, 2]), 0.2).toArray()).toEqual([-20, 2]);
  });
  it('leakyReluDerivative', () => expect(leakyReluDerivative(tensor([-1, 0, 2])).toArray()).toEqual([0.01, 0.01, 1]));
});

// The generated ops' examples come from scripts/elementwiseOps.ts: each is run as written, so a
// new entry in the spec is tested without another line here.
describe('examples of the elementwise spec', () => {
  it.each(elementwiseOps.map((op) => [op.name, op.example] as const))('%s: %s', (_, example) => {
    const [code, result] = example.split(' // ') as [string, string];
    const names = Object.keys(api);
    const run = new Function(...names, `return ${code.replace(/;\s*$/, '')};`) as (...args: unknown[]) => unknown;
    expect(run(...names.map((name) => (api as Record<string, unknown>)[name]))).toEqual(JSON.parse(result));
  });
});
