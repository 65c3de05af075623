import { tensor } from '@nninit/tensor';
import { type Activation, MLP, train } from '@nninit/train';
import { describe, expect, it } from 'vitest';

const f = Math.fround;

/**
 * float32 models compute in float64 and round every stored value once, as a Float32Array
 * would: these tests redo a tiny network by hand with Math.fround at each store.
 */
describe('float32 models: every stored value rounded once, as float32 storage', () => {
  const x = [0.3, -1.7],
    w1 = [0.8, -1.3],
    b1 = [0.1, -0.2],
    w2 = [1.1, -0.6],
    b2 = 0.05;
  const act: Record<'tanh' | 'sigmoid' | 'leaky_relu', (z: number) => number> = {
    tanh: Math.tanh,
    sigmoid: (z) => 1 / (1 + Math.exp(-z)),
    leaky_relu: (z) => (z < 0 ? 0.01 * z : z),
  };
  const model = (activation: Activation): MLP<'float32'> => {
    const m = new MLP({ sizes: [1, 2, 1], activation, output: 'sigmoid', initialization: 'zeros', dtype: 'float32' });
    m.weights[0]!.data.set(w1);
    m.biases[0]!.data.set(b1);
    m.weights[1]!.data.set(w2);
    m.biases[1]!.data.set([b2]);
    return m;
  };
  // Parameters as float32 holds them.
  const W1 = w1.map(f),
    B1 = b1.map(f),
    W2 = w2.map(f),
    B2 = f(b2),
    X = x.map(f);

  it.each(['tanh', 'sigmoid', 'leaky_relu'] as const)('%s: forward outputs', (name) => {
    const out = model(name).forward(
      tensor(
        x.map((v) => [v]),
        undefined,
        'float32',
      ),
    ).data;
    X.forEach((xj, j) => {
      const h = [0, 1].map((i) => f(act[name](f(W1[i]! * xj + B1[i]!))));
      const z = f(W2[0]! * h[0]! + W2[1]! * h[1]! + B2);
      expect(out[j]).toBe(f(1 / (1 + Math.exp(-z))));
    });
  });

  it.each(['tanh', 'sigmoid', 'leaky_relu'] as const)('%s: the gradients one step uses', (name) => {
    const y = [1, 0];
    let grads: number[][] = [];
    train(
      model(name),
      {
        x: tensor(
          x.map((v) => [v]),
          undefined,
          'float32',
        ),
        y: tensor(y, undefined, 'float32'),
      },
      {
        loss: 'binary_cross_entropy',
        optimizer: {
          name: 'r',
          learningRate: 1,
          step: (_p, g) => {
            grads = g.map((v) => Array.from(v));
          },
        },
        iterations: 1,
      },
    );
    const dW1 = [0, 0],
      dB1 = [0, 0],
      dW2 = [0, 0];
    let dB2 = 0;
    const derivative = (a: number): number =>
      name === 'tanh' ? 1 - a * a : name === 'sigmoid' ? a * (1 - a) : a > 0 ? 1 : 0.01;
    X.forEach((xj, j) => {
      const h = [0, 1].map((i) => f(act[name](f(W1[i]! * xj + B1[i]!))));
      const z = f(W2[0]! * h[0]! + W2[1]! * h[1]! + B2);
      const g = f((1 / 2) * (1 / (1 + Math.exp(-z)) - y[j]!));
      dB2 += g;
      [0, 1].forEach((i) => {
        dW2[i] = dW2[i]! + g * h[i]!;
        const d = f(f(W2[i]! * g) * derivative(h[i]!));
        dW1[i] = dW1[i]! + d * xj;
        dB1[i] = dB1[i]! + d;
      });
    });
    expect(grads).toEqual([dW1.map(f), dB1.map(f), dW2.map(f), [f(dB2)]]);
  });
});
