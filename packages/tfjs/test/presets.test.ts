import { describeDistribution, initialize } from '@nninit/init';
import { kstwoSf } from '@nninit/verify';
import { initializers, layers } from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend, valuesOf } from './helpers/backend.js';

// @nninit/init's tfjs layer presets against tfjs 4.22 itself (cpu backend): the layers' default
// initializers by name, and the kernel samples in distribution (two-sample KS).
//
// Two-sample KS as scipy.stats.ks_2samp(method='asymp'): D = sup |F₁ − F₂|, p = kstwo.sf(D, round(n·m/(n + m))).
// Budget: 2 comparisons at α = 1e-6/2 each (Bonferroni, family-wise 1e-6), fixed seeds; the power
// canary (tfjs against the documented, corrected glorot_normal) must be rejected at the same level.
const ALPHA = 1e-6 / 2;

function ksTwoSample(a: ArrayLike<number>, b: ArrayLike<number>): { d: number; p: number } {
  const x = Float64Array.from(a).sort(),
    y = Float64Array.from(b).sort();
  let i = 0,
    j = 0,
    d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i] as number, y[j] as number);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return { d, p: kstwoSf(d, Math.round((x.length * y.length) / (x.length + y.length))) };
}

/** Draws of tfjs's own glorotNormal, seeded, for a tfjs-layout kernel (≥ 40,000 values). */
function tfjsGlorotNormal(shape: number[], seeds: number): Float32Array {
  const out: number[] = [];
  for (let s = 1; s <= seeds; s++) {
    const t = initializers.glorotNormal({ seed: s }).apply(shape);
    out.push(...valuesOf(t));
    t.dispose();
  }
  return Float32Array.from(out);
}

beforeAll(async () => {
  await useBackend('cpu');
});

describe("tfjs.dense and tfjs.dense.bias reproduce tfjs 4.22's layer defaults", () => {
  it('dense and conv2d default to glorotNormal (VarianceScaling(1, fanAvg, normal)) and zeros, as the layers report', () => {
    const dense = layers.dense({ units: 3, inputShape: [4] }).getConfig();
    const conv = layers.conv2d({ filters: 3, kernelSize: 3, inputShape: [8, 8, 2] }).getConfig();
    for (const config of [dense, conv]) {
      // glorotNormal serializes as the VarianceScaling it is.
      expect(config['kernelInitializer']).toMatchObject({
        className: 'VarianceScaling',
        config: { scale: 1, mode: 'fanAvg', distribution: 'normal' },
      });
      expect((config['biasInitializer'] as { className: string }).className).toBe('Zeros');
    }
    expect(describeDistribution([3], 'tfjs.dense.bias', { fanIn: 4 })).toEqual({ family: 'constant', value: 0 });
  });

  it('a dense kernel [in 200, out 100] agrees in distribution with nninit [100, 200], and not with the documented glorot_normal', () => {
    const reference = tfjsGlorotNormal([200, 100], 2);
    const preset = initialize([100, 200], 'tfjs.dense', { seed: 11 }).data;
    const same = ksTwoSample(reference, preset);
    expect(same.p, `D = ${same.d}`).toBeGreaterThan(ALPHA);
    // Power canary: Keras's corrected truncated normal (what tfjs documents) is 1/0.8796 wider.
    const documented = ksTwoSample(reference, initialize([100, 200], 'glorotNormal', { seed: 11 }).data);
    expect(documented.p, `D = ${documented.d}`).toBeLessThan(ALPHA);
  });

  it('a conv2d kernel [3, 3, in 8, out 16] agrees with nninit [16, 8, 3, 3] (fanIn 72, fanOut 144)', () => {
    const reference = tfjsGlorotNormal([3, 3, 8, 16], 35);
    const preset = Array.from({ length: 35 }, (_, s) =>
      Array.from(initialize([16, 8, 3, 3], 'tfjs.conv', { seed: 100 + s }).data),
    ).flat();
    expect(initialize([3, 3, 8, 16], 'tfjs.conv', { seed: 12, layout: 'keras' }).shape).toEqual([3, 3, 8, 16]);
    const same = ksTwoSample(reference, preset);
    expect(same.p, `D = ${same.d}`).toBeGreaterThan(ALPHA);
  });
});
