import { initialize } from '@nninit/init';
import { initializer } from '@nninit/tfjs';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { useBackend, valuesOf } from './helpers/backend.js';

// The values are computed by nninit in JavaScript and uploaded as float32, so every backend must
// hold the same bits: the model is built on cpu and on wasm and compared with initialize itself.

function build(): tf.Tensor[] {
  const model = tfl.sequential({
    layers: [
      tfl.layers.conv2d({
        inputShape: [5, 5, 2],
        filters: 3,
        kernelSize: 3,
        kernelInitializer: initializer('he_normal', { seed: 8 }),
      }),
      tfl.layers.flatten(),
      tfl.layers.dense({
        units: 4,
        kernelInitializer: initializer('orthogonal', { seed: 9 }),
        biasInitializer: initializer('normal', { seed: 10 }),
      }),
    ],
  });
  return model.getWeights();
}

describe.each(['cpu', 'wasm'] as const)('on the %s backend', (backend) => {
  it('the weights are initialize’s values, transposed, bit for bit', async () => {
    await useBackend(backend);
    expect(tf.getBackend()).toBe(backend);
    const [conv, , dense, bias] = build().map(valuesOf);
    const ref = initialize([3, 3, 2, 3], 'he_normal', { seed: 8, layout: 'keras' }).data;
    expect(conv).toEqual(ref);
    // And the transpose by index: tfjs [kh, kw, in, out] ← nninit [out, in, kh, kw].
    const torch = initialize([3, 2, 3, 3], 'he_normal', { seed: 8 }).data;
    expect(conv?.[((1 * 3 + 2) * 2 + 1) * 3 + 2]).toBe(torch[((2 * 2 + 1) * 3 + 1) * 3 + 2]);
    expect(dense).toEqual(initialize([27, 4], 'orthogonal', { seed: 9, layout: 'keras' }).data);
    expect(bias).toEqual(initialize([4], 'normal', { seed: 10 }).data);
  });
});
