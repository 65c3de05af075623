import { philox } from '@nninit/rng';
import {
  type Activation,
  adam,
  gradientDescent,
  MLP,
  makeCircles,
  makeMoons,
  makeXor,
  momentum,
  train,
} from '@nninit/train';
import { arbitrarySeed, symmetryGap } from '@nninit/verify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const architecture = fc.record({
  hidden: fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 1, maxLength: 3 }),
  activation: fc.constantFrom<Activation>('relu', 'tanh', 'sigmoid', 'leaky_relu', 'linear'),
});
const dataset = fc
  .record({
    kind: fc.constantFrom('circles', 'moons', 'xor'),
    n: fc.integer({ min: 4, max: 60 }),
    seed: arbitrarySeed(),
  })
  .map(({ kind, n, seed }) => {
    const rng = philox(seed);
    return kind === 'circles'
      ? makeCircles({ nSamples: n, noise: 0.1, rng })
      : kind === 'moons'
        ? makeMoons({ nSamples: n, noise: 0.1, rng })
        : makeXor({ nSamples: n, rng });
  });
const optimizer = fc.constantFrom(
  () => gradientDescent({ learningRate: 0.5 }),
  () => momentum({ learningRate: 0.1 }),
  () => adam({ learningRate: 0.05 }),
);

/** The largest symmetry gap over the hidden units: incoming weights, outgoing weights and biases. */
function hiddenGap(model: MLP): number {
  let gap = 0;
  for (let l = 0; l + 1 < model.weights.length; l++) {
    gap = Math.max(
      gap,
      symmetryGap(model.weights[l]!, 'rows'),
      symmetryGap(model.weights[l + 1]!, 'columns'),
      symmetryGap(model.biases[l]!, 'rows'),
    );
  }
  return gap;
}

describe("symmetry (the notebook's lesson): constant initialization keeps every hidden unit identical", () => {
  it('from zeros or any constant, after any number of steps of any optimizer, the gap stays exactly 0', () => {
    fc.assert(
      fc.property(
        architecture,
        dataset,
        optimizer,
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        ({ hidden, activation }, data, makeOptimizer, value, steps) => {
          const model = new MLP({
            sizes: [2, ...hidden, 1],
            activation,
            output: 'sigmoid',
            initialization: value === 0 ? 'zeros' : { name: 'constant', value },
            bias: value / 2,
          });
          expect(hiddenGap(model)).toBe(0);
          train(model, data, { loss: 'binary_cross_entropy', optimizer: makeOptimizer(), iterations: steps });
          expect(hiddenGap(model)).toBe(0);
        },
      ),
      { seed: 42, numRuns: 120 },
    );
  });

  it('with He or random initialization the hidden units differ, and still differ after one step', () => {
    fc.assert(
      fc.property(
        architecture,
        dataset,
        fc.constantFrom('he', 'random'),
        arbitrarySeed(),
        ({ hidden, activation }, data, initialization, seed) => {
          const model = new MLP({
            sizes: [2, ...hidden, 1],
            activation,
            output: 'sigmoid',
            initialization,
            rng: philox(seed),
          });
          train(model, data, {
            loss: 'binary_cross_entropy',
            optimizer: gradientDescent({ learningRate: 0.1 }),
            iterations: 1,
          });
          expect(hiddenGap(model)).toBeGreaterThan(0);
        },
      ),
      { seed: 43, numRuns: 60 },
    );
  });

  it('a constant start trains no better than one hidden unit: on circles it stays at chance', () => {
    const data = makeCircles({ nSamples: 200, noise: 0.05, rng: philox(1) });
    const model = new MLP({
      sizes: [2, 10, 5, 1],
      output: 'sigmoid',
      initialization: { name: 'constant', value: 0.5 },
    });
    const { costs } = train(model, data, {
      loss: 'binary_cross_entropy',
      optimizer: gradientDescent({ learningRate: 0.1 }),
      iterations: 2000,
      recordEvery: 1999,
    });
    expect(hiddenGap(model)).toBe(0);
    expect(costs[1]).toBeGreaterThan(0.6); // chance is ln 2 = 0.693
    const he = new MLP({ sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: philox(2) });
    const heCosts = train(he, data, {
      loss: 'binary_cross_entropy',
      optimizer: gradientDescent({ learningRate: 0.1 }),
      iterations: 2000,
      recordEvery: 1999,
    }).costs;
    expect(heCosts[1]).toBeLessThan(0.2);
  });
});
