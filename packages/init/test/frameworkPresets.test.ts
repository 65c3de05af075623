import { readFileSync } from 'node:fs';
import { type Initialization, type InitializerName, initialize } from '@nninit/init';
import { holm } from '@nninit/verify';
import { describe, expect, it } from 'vitest';
import { ksTwoSample } from './helpers/ksTwoSample.js';

// The layer presets against reference samples, two-sample KS (as scipy.stats.ks_2samp, asymptotic).
// The samples come from scripts/framework_presets_golden.py: PyTorch 1.13's own nn.Linear and
// nn.Conv2d draws (Debian's python3-torch), and, for Keras, Flax and stax, which are not
// installable here, numpy draws of the formula read in each framework's source (a second
// transcription, not the framework itself). tfjs is checked against tfjs 4.22 in @nninit/tfjs.
//
// Budget: the 8 agreements share a family-wise α = 1e-6 (Holm), with fixed seeds and nothing
// retried. Power canaries: each wrong sampler must be rejected at α/8, the strictest Holm level.
const ALPHA = 1e-6;
const TRUNCATION_CORRECTION = 0.87962566103423978; // std of N(0, 1) on [−2, 2] (Keras, JAX)

interface ReferenceSample {
  name: InitializerName;
  source: string;
  layout: 'torch' | 'keras';
  shape: number[];
  count: number;
  fanIn?: number;
  float32_le_base64: string;
}
const golden = JSON.parse(readFileSync(new URL('./data/framework-presets-golden.json', import.meta.url), 'utf8')) as {
  torch: string;
  samples: ReferenceSample[];
};
const reference = (r: ReferenceSample): Float32Array => {
  const bytes = Buffer.from(r.float32_le_base64, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};
const byName = (name: string): ReferenceSample => golden.samples.find((s) => s.name === name) as ReferenceSample;

/** nninit's draws for the reference's layer, 4 × as many values (fresh seeds, one per weight tensor). */
function nninitSample(r: ReferenceSample, initialization: Initialization = r.name): Float64Array {
  const options = { dtype: 'float32' as const, layout: r.layout, ...(r.fanIn === undefined ? {} : { fanIn: r.fanIn }) };
  if (r.fanIn !== undefined)
    return Float64Array.from(initialize([4 * r.count], initialization, { ...options, seed: 7 }).data);
  const out: number[] = [];
  for (let seed = 1; out.length < 4 * r.count; seed++)
    out.push(...initialize(r.shape, initialization, { ...options, seed }).data);
  return Float64Array.from(out);
}

describe('ksTwoSample (the helper)', () => {
  it('is the largest gap between the two empirical CDFs, ties stepped together', () => {
    // F₁ and F₂ on {1, 2, 3, 4}: after 2, F₁ = 2/3 and F₂ = 0; after 3, 1 and 1/2.
    expect(ksTwoSample([1, 2, 2], [3, 4]).d).toBeCloseTo(1, 15);
    expect(ksTwoSample([1, 2, 3], [2, 4]).d).toBeCloseTo(1 / 2, 15);
    expect(ksTwoSample([0, 1], [0, 1]).d).toBe(0);
  });
});

describe('layer presets agree in distribution with the frameworks (reference samples in test/data)', () => {
  const names = golden.samples.map((s) => s.name);
  const results = golden.samples.map((r) => ksTwoSample(reference(r), nninitSample(r)));

  it('covers PyTorch (its own draws) and Keras, Flax and stax (their source formulas)', () => {
    expect(names).toEqual([
      'torch.linear',
      'torch.linear.bias',
      'torch.conv',
      'torch.conv.bias',
      'keras.dense',
      'flax.dense',
      'stax.dense',
      'stax.dense.bias',
    ]);
    expect(golden.torch).toMatch(/^1\.13/);
    for (const r of golden.samples) expect(reference(r)).toHaveLength(r.count);
  });

  it('no preset is rejected at family-wise α = 1e-6 (Holm over the 8)', () => {
    const { rejected } = holm(
      results.map((r) => r.p),
      ALPHA,
    );
    const report = names.map((n, i) => `${n}: D = ${results[i]!.d.toFixed(5)}, p = ${results[i]!.p.toPrecision(3)}`);
    expect(rejected, report.join('\n')).toEqual(names.map(() => false));
  });

  describe('power canaries, each rejected at α/8', () => {
    const reject = (r: ReferenceSample, wrong: ArrayLike<number>): void => {
      const { d, p } = ksTwoSample(reference(r), wrong);
      expect(p, `${r.name}: D = ${d}`).toBeLessThan(ALPHA / names.length);
    };

    it("torch.linear: kaiming_uniform_ at its default a = 0 (He uniform, √6 × wider) is not PyTorch's layer default", () => {
      const r = byName('torch.linear');
      reject(r, nninitSample(r, { name: 'he_uniform', nonlinearity: 'leaky_relu', param: 0 }));
    });

    it('torch.conv.bias: a bound 10 % too large, U(±1.1/√fanIn)', () => {
      const r = byName('torch.conv.bias');
      reject(
        r,
        nninitSample(r).map((v) => 1.1 * v),
      );
    });

    it("flax.dense: lecun_normal without the 0.8796 truncation correction (tfjs's mistake)", () => {
      const r = byName('flax.dense');
      reject(
        r,
        nninitSample(r).map((v) => TRUNCATION_CORRECTION * v),
      );
    });

    it('keras.dense: glorot_normal, the same variance as glorot_uniform but another shape', () => {
      const r = byName('keras.dense');
      reject(r, nninitSample(r, 'glorot_normal'));
    });
  });
});
