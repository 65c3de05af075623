import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import { type LayerSignal, MLP, probeSignal } from '@nninit/train';
import { describe, expect, it } from 'vitest';

/**
 * Signal propagation at initialization (He et al. 2015, §2.2): a 30-layer, width-100 ReLU MLP
 * on 200 standard normal inputs. Var[a⁽ˡ⁾] ∝ Πₖ ½·nₖ₋₁·Var[w⁽ᵏ⁾]: He (Var[w] = 2/fanIn) keeps the
 * activations' scale, LeCun and Xavier normal (1/fanIn here, fanIn = fanOut) halve the variance
 * at every layer, so the std of layer 30 is 2^(−29/2) ≈ 4.3e−5 of layer 1's.
 */
const depth = 30,
  width = 100,
  n = 200;

function signal(initialization: 'he' | 'lecun_normal' | 'glorot_normal', seed: number): LayerSignal[] {
  const rng = philox(seed);
  const x = new Float64Array(n * width);
  rng.fillNormal(x);
  const model = new MLP({
    sizes: [width, ...new Array<number>(depth).fill(width), 1],
    output: 'sigmoid',
    initialization,
    rng,
  });
  return probeSignal(model, { x: new Tensor(x, [n, width]) });
}
const log2Ratio = (s: LayerSignal[]): number => Math.log2(s[depth - 1]!.activation.std / s[0]!.activation.std);

describe('signal propagation in a 30-layer width-100 ReLU MLP at initialization', () => {
  const seeds = [0, 1, 2, 3, 4, 5, 6, 7];
  const he = seeds.map((seed) => signal('he', seed));

  it("He: the last layer's activation std stays within a factor 2 of the first (geometric mean over 8 networks)", () => {
    const logs = he.map(log2Ratio);
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    expect(Math.abs(mean)).toBeLessThan(1);
    // Single width-100 networks wander (each layer's gain fluctuates by ~√(2/100)): with these seeds the
    // log₂ ratios are 0.03, −1.43, −0.43, −0.47, −0.90, 0.65, 0.18, −1.42 (mean −0.47).
    for (const v of logs) expect(Math.abs(v)).toBeLessThan(2.5);
  });

  it.each(['lecun_normal', 'glorot_normal'] as const)(
    "%s: the std shrinks by 2^(−29/2), exactly He's ratio times 2^(−29/2) on the same draws",
    (init) => {
      for (const seed of [0, 1]) {
        const s = signal(init, seed);
        // Same normals scaled by 1/√2 per layer, zero biases, ReLU positively homogeneous: exact up to rounding.
        expect(log2Ratio(s) - log2Ratio(he[seed]!)).toBeCloseTo(-(depth - 1) / 2, 9);
        expect(Math.abs(log2Ratio(s) + (depth - 1) / 2)).toBeLessThan(2.5);
        expect(s[depth - 1]!.activation.std).toBeLessThan(1e-3 * s[0]!.activation.std);
      }
    },
  );
});
