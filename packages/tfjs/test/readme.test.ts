import { readFileSync } from 'node:fs';
import { initialize } from '@nninit/init';
import { initializer, NninitInitializer } from '@nninit/tfjs';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend, valuesOf } from './helpers/backend.js';

// The README's opening example, as written, and its comments asserted.

beforeAll(() => useBackend('cpu'));

describe('README', () => {
  it('the opening example builds, compiles, and its comments are true', () => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.conv2d({
          inputShape: [28, 28, 1],
          filters: 8,
          kernelSize: 3,
          activation: 'relu',
          kernelInitializer: initializer('he_normal', { seed: 1 }),
        }),
        tfl.layers.flatten(),
        tfl.layers.dense({
          units: 10,
          activation: 'softmax',
          kernelInitializer: initializer('glorot_uniform', { seed: 2 }),
          biasInitializer: initializer({ name: 'constant', value: 0.01 }),
        }),
      ],
    });
    model.compile({ optimizer: tf.train.sgd(0.01), loss: 'categoricalCrossentropy' });
    const [conv, , dense, bias] = model.getWeights();
    expect(conv?.shape).toEqual([3, 3, 1, 8]);
    const torch = initialize([8, 1, 3, 3], 'he_normal', { seed: 1 }).data;
    const v = valuesOf(conv as tf.Tensor);
    for (let r = 0; r < 9; r++) for (let o = 0; o < 8; o++) expect(v[r * 8 + o]).toBe(torch[o * 9 + r]);
    expect(valuesOf(dense as tf.Tensor)).toEqual(
      initialize([26 * 26 * 8, 10], 'glorot_uniform', { seed: 2, layout: 'keras' }).data,
    );
    expect(valuesOf(bias as tf.Tensor)).toEqual(new Float32Array(10).fill(0.01));
    const json = JSON.parse(model.toJSON() as string);
    expect(json.config.layers[0].config.kernel_initializer).toEqual({
      class_name: 'nninit>Initializer',
      config: { name: 'he_normal', parameters: [], seed: 1, repeat: false },
    });
    expect(NninitInitializer.className).toBe('nninit>Initializer');
  });

  it('the README opens with that example (the test keeps the two in step)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const code = readme.slice(readme.indexOf('```ts'), readme.indexOf('```', readme.indexOf('```ts') + 5));
    for (const line of [
      "kernelInitializer: initializer('he_normal', { seed: 1 }),",
      "kernelInitializer: initializer('glorot_uniform', { seed: 2 }),",
      "biasInitializer: initializer({ name: 'constant', value: 0.01 }),",
      "model.compile({ optimizer: tf.train.sgd(0.01), loss: 'categoricalCrossentropy' });",
    ])
      expect(code).toContain(line);
  });
});

describe('TSDoc examples', () => {
  it('NninitInitializer', () => {
    const he = initializer('he_normal', { seed: 1 });
    expect(he).toBeInstanceOf(NninitInitializer);
    const w = he.apply([3, 2]);
    expect(w.shape).toEqual([3, 2]);
    expect(valuesOf(w)).toEqual(initialize([3, 2], 'he_normal', { seed: 1, layout: 'keras' }).data);
    expect(he.getConfig()).toEqual({ name: 'he_normal', parameters: [], seed: 1, repeat: false });
  });

  it('InitializerOptions: parameters next to the seed', () => {
    const w = initializer('he_uniform', { seed: 1, mode: 'fan_out' }).apply([4, 2]);
    expect(valuesOf(w)).toEqual(initialize([4, 2], 'he_uniform', { seed: 1, mode: 'fan_out', layout: 'keras' }).data);
  });
});
