import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import { type MeanFieldActivation, varianceMap } from '@nninit/theory';
import { MLP, probeSignal } from '@nninit/train';
import { describe, expect, it } from 'vitest';

/**
 * Theory against measurement: in MLPs of width N = 512 and 10 hidden layers, with weights drawn
 * at variance σ_w²/fan_in and biases at variance σ_b², the measured second moment of each layer's
 * pre-activations, mean(z²) = std² + mean² over units and examples (probeSignal), matches the
 * mean-field variance map (varianceMap, Poole et al. 2016).
 *
 * The prediction: layer 1's pre-activation z_i = Σ_j W_ij x_j + b_i has E_W[z_i²] = σ_w²·|x|²/n₀ + σ_b²
 * exactly, so each example e starts the map at q⁰_e = σ_w²·|x_e|²/n₀ + σ_b², and layer l is
 * predicted at mean_e q^(l−1)_e.
 *
 * The tolerance, derived from the width, not tuned. Given layer l − 1, the N units of layer l are
 * i.i.d., each a Gaussian vector over the B examples with variance q; a unit's mean of z² over
 * examples has variance (2q²/B²)·Σ_{e,e'} c_ee'² ≤ 2q² (examples' correlations c at most 1), so
 * the layer's mean(z²), averaged over N units, has relative variance at most 2/N. In log terms the
 * layers' errors add: each layer's relative error passes to the next through the map's elasticity
 * d log Q/d log q, which is 1 for ReLU with σ_b = 0 (Q(q) = σ_w²q/2) and below 1 for tanh
 * (Q is concave with Q(0) = σ_b² ≥ 0). So log(measured/predicted) at layer l has standard
 * deviation at most √(2l/N) for one network, √(2l/(N·K)) for the mean over K independent
 * networks; higher-order (1/N) terms are far smaller. With the family-wise α = 1e-4 spread over
 * 2 settings × 10 layers by Bonferroni, each comparison gets α = 5e-6, two-sided z = 4.56, and
 * the test asserts |mean_k log(measured_k/predicted)| ≤ 4.56·√(2l/(N·K)) at every layer
 * (0.32 at layer 10 with N = 512, K = 8). Seeds are fixed.
 *
 * Power canary: the same measurements against the map with σ_w² declared 5 % too large
 * (1.05¹⁰ = 1.63 at layer 10, for ReLU) must be rejected at layer 10.
 */
const N = 512,
  DEPTH = 10,
  K = 8,
  B = 16;
const Z = 4.56;
const tolerance = (l: number): number => Z * Math.sqrt((2 * l) / (N * K));

interface Setting {
  readonly activation: 'relu' | 'tanh';
  readonly weightStd: number;
  readonly biasStd: number;
}

/** mean(z²) of each hidden layer in K networks, and the inputs' per-example |x|²/n₀. */
function measure({ activation, weightStd, biasStd }: Setting, seed: number): { m2: number[][]; norms: number[][] } {
  const m2: number[][] = [],
    norms: number[][] = [];
  for (let k = 0; k < K; k++) {
    const rng = philox(seed + k);
    const x = new Float64Array(B * N);
    rng.fillNormal(x);
    const model = new MLP({
      sizes: [N, ...new Array<number>(DEPTH).fill(N), 1],
      activation,
      initialization: { name: 'normal', std: weightStd / Math.sqrt(N) },
      rng,
    });
    const biases = philox(seed + 1000 + k);
    for (let l = 0; l < DEPTH; l++) {
      const b = model.biases[l]!.data as Float64Array;
      biases.fillNormal(b);
      for (let i = 0; i < b.length; i++) b[i]! *= biasStd;
    }
    const signals = probeSignal(model, { x: new Tensor(x, [B, N]) });
    m2.push(signals.slice(0, DEPTH).map((s) => s.preActivation.std ** 2 + s.preActivation.mean ** 2));
    norms.push(Array.from({ length: B }, (_, e) => x.subarray(e * N, (e + 1) * N).reduce((a, v) => a + v * v, 0) / N));
  }
  return { m2, norms };
}

/** mean over examples of the variance map from each example's q⁰: the prediction for layers 1…DEPTH. */
function predict(
  activation: MeanFieldActivation,
  weightStd: number,
  biasStd: number,
  norms: readonly number[],
): number[] {
  const sum = new Array<number>(DEPTH).fill(0);
  for (const n of norms) {
    const q = varianceMap(activation, weightStd, biasStd, weightStd * weightStd * n + biasStd * biasStd, DEPTH - 1);
    q.forEach((v, l) => {
      sum[l]! += v / norms.length;
    });
  }
  return sum;
}

/** mean over networks of log(measured/predicted), per layer. */
function logErrors(setting: Setting, run: ReturnType<typeof measure>, weightStd = setting.weightStd): number[] {
  const errors = new Array<number>(DEPTH).fill(0);
  run.m2.forEach((m, k) => {
    const p = predict(setting.activation, weightStd, setting.biasStd, run.norms[k]!);
    for (let l = 0; l < DEPTH; l++) errors[l]! += Math.log(m[l]! / p[l]!) / K;
  });
  return errors;
}

const settings: readonly Setting[] = [
  { activation: 'relu', weightStd: Math.SQRT2, biasStd: 0 }, // He et al. 2015: critical, q-map slope 1
  { activation: 'tanh', weightStd: 1.5, biasStd: 0.3 }, // chaotic side of Schoenholz et al.'s line
];
const runs = settings.map((s, i) => measure(s, 7100 + 100 * i));

describe('measured pre-activation variance against the mean-field variance map (width 512, depth 10)', () => {
  it.each(settings.map((s, i) => [s.activation, s.weightStd, s.biasStd, i] as const))(
    '%s, σ_w = %s, σ_b = %s: |log(measured/predicted)| ≤ 4.56·√(2l/(N·K)) at every layer l',
    (_a, _w, _b, i) => {
      const errors = logErrors(settings[i]!, runs[i]!);
      errors.forEach((e, l) => {
        expect(Math.abs(e), `layer ${l + 1}: log error ${e}`).toBeLessThanOrEqual(tolerance(l + 1));
      });
    },
  );

  it('power canary: He networks against the map with σ_w² 5 % too large are rejected at layer 10', () => {
    const errors = logErrors(settings[0]!, runs[0]!, Math.sqrt(2 * 1.05));
    expect(Math.abs(errors[DEPTH - 1]!)).toBeGreaterThan(tolerance(DEPTH));
  });
});
