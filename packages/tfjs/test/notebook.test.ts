import { readFileSync } from 'node:fs';
import { RandomState } from '@nninit/rng';
import { initializer } from '@nninit/tfjs';
import { makeCircles } from '@nninit/train';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend, valuesOf } from './helpers/backend.js';

/**
 * The deeplearning.ai "Initialization" notebook in tfjs-layers: a 2-10-5-1 network (relu, relu,
 * sigmoid), binary cross-entropy, SGD at 0.01, trained on np.random.seed(1); make_circles(300,
 * noise=.05), with He weights drawn from np.random.seed(3) in the order W1, W2, W3. The golden
 * values are @nninit/train's numpy run of the notebook (packages/train/scripts/golden.py →
 * test/data/notebook.json): the initial weights (float64, numpy's layout (n_l, n_{l−1})) and the
 * first printed cost, 0.8830537463419761.
 */
interface Run {
  readonly initialWeights: number[][][];
  readonly costs: number[];
}
const numpy = JSON.parse(
  readFileSync(new URL('../../train/test/data/notebook.json', import.meta.url), 'utf8'),
) as Record<'he', Run>;

let model: tfl.Sequential;
let firstCost: number;

beforeAll(async () => {
  await useBackend('cpu');
  const he = initializer('he', { rng: new RandomState(3) });
  model = tfl.sequential({
    layers: [
      tfl.layers.dense({ inputShape: [2], units: 10, activation: 'relu', kernelInitializer: he }),
      tfl.layers.dense({ units: 5, activation: 'relu', kernelInitializer: he }),
      tfl.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: he }),
    ],
  });
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'binaryCrossentropy' });
  const data = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) });
  const x = tf.tensor2d(Array.from(data.x.data), [300, 2]);
  const y = tf.tensor2d(Array.from(data.y.data), [300, 1]);
  // One full-batch epoch: the loss it reports is the cost at the initial weights (iteration 0).
  const initial = model.getWeights().map((w) => w.clone());
  const history = await model.fit(x, y, { batchSize: 300, epochs: 1, shuffle: false, verbose: 0 });
  firstCost = history.history['loss']?.[0] as number;
  model.setWeights(initial);
});

describe('the notebook in tfjs, through initializer("he", { rng: new RandomState(3) })', () => {
  it("the weights are numpy's W1, W2, W3 (rounded to float32), transposed to tfjs' [in, out]", () => {
    const kernels = model.getWeights().filter((_, i) => i % 2 === 0);
    numpy.he.initialWeights.forEach((W, l) => {
      const kernel = kernels[l] as tf.Tensor;
      const [nIn, nOut] = kernel.shape as [number, number];
      expect([nOut, nIn]).toEqual([W.length, W[0]?.length]);
      const v = valuesOf(kernel);
      for (let o = 0; o < nOut; o++)
        for (let i = 0; i < nIn; i++) expect(v[i * nOut + o]).toBe(Math.fround(W[o]?.[i] as number));
    });
    // The biases are tfjs' default zeros, as the notebook's b[l].
    for (const b of model.getWeights().filter((_, i) => i % 2 === 1))
      expect(valuesOf(b).every((x) => x === 0)).toBe(true);
  });

  it("the first cost is numpy's 0.8830537463419761 to float32 precision", () => {
    expect(numpy.he.costs[0]).toBe(0.8830537463419761);
    // A float32 forward pass and loss over 300 samples: agreement to 4 float32 ulps (2⁻²² relative).
    expect(Math.abs(firstCost - 0.8830537463419761) / 0.8830537463419761).toBeLessThan(2 ** -22);
  });
});
