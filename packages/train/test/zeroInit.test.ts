import { philox } from '@nninit/rng';
import { gradientDescent, MLP, makeCircles, train } from '@nninit/train';
import { describe, expect, it } from 'vitest';

/**
 * The classes of exactly identical hidden units of a two-layer MLP: units whose incoming weights,
 * bias and outgoing weights are all equal. Gradient descent gives identical units identical
 * updates, so it can never split a class (Goodfellow, Bengio & Courville 2016, §8.4).
 */
function unitClasses(model: MLP): number {
  const [w1, w2] = model.weights as [MLP['weights'][number], MLP['weights'][number]];
  const b1 = model.biases[0]!;
  const [hidden, inputs] = w1.shape as [number, number];
  const outputs = w2.shape[0] as number;
  const keys = new Set<string>();
  for (let h = 0; h < hidden; h++) {
    const unit = [
      ...Array.from({ length: inputs }, (_, i) => w1.data[h * inputs + i]),
      b1.data[h],
      ...Array.from({ length: outputs }, (_, o) => w2.data[o * hidden + h]),
    ];
    keys.add(unit.join(','));
  }
  return keys.size;
}

describe('ZerO (Zhao, Schäfer & Anandkumar 2022) against zeros in a two-layer network [2, 8, 1]', () => {
  const data = makeCircles({ nSamples: 200, noise: 0.05, rng: philox(1) });
  const run = (initialization: 'zeros' | 'zero_init') => {
    const model = new MLP({ sizes: [2, 8, 1], activation: 'tanh', output: 'sigmoid', initialization });
    const before = unitClasses(model);
    const { costs } = train(model, data, {
      loss: 'binary_cross_entropy',
      optimizer: gradientDescent({ learningRate: 0.5 }),
      iterations: 3000,
      recordEvery: 2999,
    });
    return { before, after: unitClasses(model), cost: costs[costs.length - 1] as number };
  };

  it('zeros keeps one class of identical hidden units and stays at chance (ln 2)', () => {
    const zeros = run('zeros');
    expect([zeros.before, zeros.after]).toEqual([1, 1]);
    expect(zeros.cost).toBeGreaterThan(0.69);
  });

  it('ZerO starts with three classes of units, not one, and trains, but never splits them: a 2-wide input breaks symmetry only partly', () => {
    // W1 is the top-left 8 × 2 block of H_8/√8, whose rows take only 2 values ([1, 1] and
    // [1, −1] over √8); W2 = I_{1×8} gives unit 0 alone a nonzero outgoing weight. So units
    // {0}, {2, 4, 6} and {1, 3, 5, 7} are three classes, which training can never split.
    const zero = run('zero_init');
    expect([zero.before, zero.after]).toEqual([3, 3]);
    expect(zero.cost).toBeLessThan(0.35);
    // A random start has 8 distinct units, for contrast.
    const he = new MLP({
      sizes: [2, 8, 1],
      activation: 'tanh',
      output: 'sigmoid',
      initialization: 'he',
      rng: philox(2),
    });
    expect(unitClasses(he)).toBe(8);
  });
});
