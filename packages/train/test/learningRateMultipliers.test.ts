import { philox } from '@nninit/rng';
import { adam, gradientDescent, type LearningRateMultipliers, momentum, type Optimizer } from '@nninit/train';
import { describe, expect, it } from 'vitest';

// µP (Yang et al. 2022, Tensor Programs V, Table 3) gives input, hidden and output layers
// different learning rates, so the optimizers take one multiplier per layer for weights and one
// for biases. The requirement: a multiplier c on a layer is exactly the learning rate η·c for
// that layer, bit for bit, for every optimizer and over several (stateful) steps.

const LR = 0.037;
const multipliers: LearningRateMultipliers = { weights: [3, 0.125, 1 / 3], biases: [3, 7, 1] };
const lengths = [12, 4, 16, 4, 8, 2]; // [W1, b1, W2, b2, W3, b3]

const make: Record<string, (lr: number, m?: LearningRateMultipliers) => Optimizer> = {
  gradientDescent: (lr, m) => gradientDescent({ learningRate: lr, ...(m ? { learningRateMultipliers: m } : {}) }),
  momentum: (lr, m) => momentum({ learningRate: lr, beta: 0.8, ...(m ? { learningRateMultipliers: m } : {}) }),
  adam: (lr, m) => adam({ learningRate: lr, ...(m ? { learningRateMultipliers: m } : {}) }),
};

function arrays(seed: number): Float64Array[] {
  const rng = philox(seed);
  return lengths.map((n) => {
    const a = new Float64Array(n);
    rng.fillNormal(a);
    return a;
  });
}

describe.each(Object.keys(make))('%s with learningRateMultipliers', (name) => {
  const build = make[name] as (lr: number, m?: LearningRateMultipliers) => Optimizer;

  it('steps each layer exactly as an optimizer with learning rate η·c on that layer alone (4 steps)', () => {
    const withMultipliers = arrays(1);
    const alone = arrays(1);
    const opt = build(LR, multipliers);
    const separate = alone.map((_, k) => {
      const c = k % 2 === 0 ? multipliers.weights[k >> 1] : multipliers.biases[k >> 1];
      return build(LR * (c as number));
    });
    for (let t = 0; t < 4; t++) {
      const g = arrays(100 + t);
      opt.step(withMultipliers, g);
      separate.forEach((o, k) => o.step([alone[k] as Float64Array], [g[k] as Float64Array]));
    }
    expect(withMultipliers).toEqual(alone);
    // The multipliers did something: layer 2's weights moved less than without them.
    const plain = arrays(1);
    const o = build(LR);
    for (let t = 0; t < 4; t++) o.step(plain, arrays(100 + t));
    expect(plain[2]).not.toEqual(withMultipliers[2]);
  });

  it('multipliers of 1 give the bits of no multipliers', () => {
    const a = arrays(2),
      b = arrays(2);
    const ones = build(LR, { weights: [1, 1, 1], biases: [1, 1, 1] }),
      none = build(LR);
    for (let t = 0; t < 3; t++) {
      ones.step(a, arrays(200 + t));
      none.step(b, arrays(200 + t));
    }
    expect(a).toEqual(b);
    expect(ones.learningRateMultipliers).toEqual({ weights: [1, 1, 1], biases: [1, 1, 1] });
    expect(none.learningRateMultipliers).toBeUndefined();
  });

  it('refuses parameters that are not a weight and a bias per layer, writing nothing', () => {
    const opt = build(LR, multipliers);
    const p = arrays(3).slice(0, 4);
    const before = p.map((a) => a.slice());
    expect(() => opt.step(p, arrays(4).slice(0, 4))).toThrow(
      new RegExp(
        `^${name}\\.step: parameters must be a weight and a bias array per layer of learningRateMultipliers \\(3 layers, 6 arrays\\), got 4 arrays`,
      ),
    );
    expect(p).toEqual(before);
  });

  it.each([
    [{ weights: [1, 0], biases: [1, 1] }, RangeError, 'learningRateMultipliers.weights[1] must be'],
    [{ weights: [1, Number.NaN], biases: [1, 1] }, RangeError, 'learningRateMultipliers.weights[1] must be'],
    [{ weights: [1, 1], biases: [1, -2] }, RangeError, 'learningRateMultipliers.biases[1] must be'],
    [
      { weights: [1, 1], biases: [1] },
      RangeError,
      'learningRateMultipliers.biases must have one number per layer (2, as weights)',
    ],
    [{ weights: [], biases: [] }, RangeError, 'learningRateMultipliers.weights must be a non-empty array'],
    [{ weights: 2, biases: [1] }, TypeError, 'learningRateMultipliers.weights must be an array'],
    [{ weights: [1], biases: [1], layers: 1 }, RangeError, 'layers'],
    [[1, 2], TypeError, 'learningRateMultipliers must be an object'],
    [
      { weights: [5e-324], biases: [1] },
      RangeError,
      'learningRateMultipliers must keep learningRate × multiplier positive and finite',
    ],
  ])('refuses %j', (m, Kind, message) => {
    expect(() => build(LR, m as never)).toThrow(Kind);
    expect(() => build(LR, m as never)).toThrow(`${name}: `);
    expect(() => build(LR, m as never)).toThrow(message);
  });
});
