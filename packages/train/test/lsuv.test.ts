import { initialize } from '@nninit/init';
import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import { type Activation, lsuv, MLP, probeSignal } from '@nninit/train';
import { describe, expect, it } from 'vitest';

// LSUV (Mishkin & Matas 2016, Algorithm 1): after it, every layer's output z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾
// has variance within tol of 1 on the batch, and near 1 on fresh data from the same distribution.

const INPUTS = 32,
  WIDTH = 64,
  DEPTH = 10,
  N = 512;

/** n × d standard-normal rows (unit-variance inputs, as the paper asks). */
function gaussian(n: number, d: number, seed: number): Tensor<'float64'> {
  const data = new Float64Array(n * d);
  philox(seed).fillNormal(data);
  return new Tensor(data, [n, d]);
}

function deepNet(activation: Activation, bias = 0): MLP {
  return new MLP({
    sizes: [INPUTS, ...new Array<number>(DEPTH - 1).fill(WIDTH), 10],
    activation,
    initialization: 'orthogonal',
    rng: philox(1),
    bias,
  });
}

const f = (a: Activation): ((z: number) => number) =>
  a === 'relu' ? (z) => Math.max(0, z) : a === 'tanh' ? Math.tanh : (z) => (z > 0 ? z : 0.01 * z);

/**
 * An independent forward pass (plain loops, examples in rows): per layer, the variance V of
 * every z⁽ˡ⁾ value and the per-example q_j = mean over units of (z_ij − μ)², whose mean is V.
 */
function layerStats(model: MLP, x: Tensor<'float64'>, activation: Activation): { V: number; q: Float64Array }[] {
  const n = x.shape[0] as number;
  let a = Array.from({ length: n }, (_, j) => Array.from(x.data.subarray(j * INPUTS, (j + 1) * INPUTS)));
  return model.weights.map((w, l) => {
    const [units, inputs] = w.shape as [number, number];
    const b = model.biases[l]!.data;
    const z = a.map((row) =>
      Array.from({ length: units }, (_, i) => {
        let s = b[i] as number;
        for (let p = 0; p < inputs; p++) s += (w.data[i * inputs + p] as number) * (row[p] as number);
        return s;
      }),
    );
    const mu = z.flat().reduce((s, v) => s + v, 0) / (n * units);
    const q = Float64Array.from(z, (row) => row.reduce((s, v) => s + (v - mu) ** 2, 0) / units);
    a = z.map((row) => row.map(f(activation)));
    return { V: q.reduce((s, v) => s + v, 0) / n, q };
  });
}

const sampleVariance = (q: Float64Array): number => {
  const m = q.reduce((s, v) => s + v, 0) / q.length;
  return q.reduce((s, v) => s + (v - m) ** 2, 0) / (q.length - 1);
};

describe('lsuv: unit variance layer by layer', () => {
  it.each(['relu', 'tanh', 'leaky_relu'] as const)('%s: every layer within tol of 1 on the batch', (activation) => {
    const model = deepNet(activation);
    const x = gaussian(N, INPUTS, 2);
    // Canary: before LSUV the orthonormal network is far from unit variance somewhere (relu
    // halves it per layer, tanh shrinks it), so the assertions below are not true by default.
    const before = probeSignal(model, { x }).map((s) => s.preActivation.std ** 2);
    expect(before.some((v) => Math.abs(v - 1) > 0.2)).toBe(true);
    const result = lsuv(model, x, { tol: 0.1, maxIterations: 10 });
    expect(result).toHaveLength(DEPTH);
    // The reported variances, and the same measured independently (probeSignal's full forward
    // pass and this file's plain loops) on the rescaled model.
    const probed = probeSignal(model, { x }).map((s) => s.preActivation.std ** 2);
    const plain = layerStats(model, x, activation);
    result.forEach((r, l) => {
      expect(Math.abs(r.variance - 1)).toBeLessThan(0.1);
      expect(r.iterations).toBeGreaterThanOrEqual(0);
      expect(probed[l]).toBeCloseTo(r.variance, 10);
      expect(plain[l]!.V).toBeCloseTo(r.variance, 10);
    });
  });

  // Held-out band. The batch's V_b and a fresh batch's V_h are means of n i.i.d. per-example q_j
  // (the global mean μ's own fluctuation is second order), so V_h − V_b has standard error
  // se = √((s_b² + s_h²)/n) from the two samples' variances of q; with |V_b − 1| < tol, we
  // require |V_h − 1| < tol + 4·se. A 4σ two-sided normal bound fails by chance with
  // probability 6.3e-5 per layer; 3 networks × 10 layers give a family-wise 1.9e-3 (Bonferroni).
  it.each(['relu', 'tanh', 'leaky_relu'] as const)('%s: held-out data stays within tol + 4·se of 1', (activation) => {
    const tol = 0.1;
    const model = deepNet(activation);
    const batch = gaussian(N, INPUTS, 3);
    lsuv(model, batch, { tol });
    const heldOut = gaussian(N, INPUTS, 4);
    const b = layerStats(model, batch, activation),
      h = layerStats(model, heldOut, activation);
    b.forEach((layer, l) => {
      const se = Math.sqrt((sampleVariance(layer.q) + sampleVariance(h[l]!.q)) / N);
      // Power: the band is narrow enough to mean something (a 10-layer relu net left at its
      // orthonormal scale is at 2⁻¹⁰ by its last layer).
      expect(4 * se).toBeLessThan(0.25);
      expect(Math.abs(h[l]!.V - 1)).toBeLessThan(tol + 4 * se);
    });
  });

  it('is deterministic for a seed: the rng re-draws orthonormal weights, then rescales', () => {
    const x = gaussian(256, INPUTS, 5);
    const run = (seed: number) => {
      const model = deepNet('tanh');
      const result = lsuv(model, x, { rng: philox(seed) });
      return { result, weights: model.weights.map((w) => Array.from(w.data)) };
    };
    const a = run(7),
      b = run(7),
      c = run(8);
    expect(b).toEqual(a);
    expect(c.weights[0]).not.toEqual(a.weights[0]);
    // The redraw replaces the model's own weights: rows of W/‖row‖ are orthonormal again.
    const w = a.weights[1]!;
    const dot = (i: number, k: number) =>
      w.slice(i * WIDTH, (i + 1) * WIDTH).reduce((s, v, p) => s + v * (w[k * WIDTH + p] as number), 0);
    expect(dot(0, 1) / Math.sqrt(dot(0, 0) * dot(1, 1))).toBeCloseTo(0, 12);
    expect(dot(0, 0)).toBeCloseTo(dot(5, 5), 12);
  });

  it('without rng, rescales the weights the model has (each layer by one factor) and leaves biases alone', () => {
    const model = deepNet('relu', 0.05);
    const before = model.weights.map((w) => Float64Array.from(w.data));
    lsuv(model, gaussian(256, INPUTS, 6));
    model.weights.forEach((w, l) => {
      const ratio = (w.data[0] as number) / (before[l]![0] as number);
      expect(ratio).toBeGreaterThan(0);
      w.data.forEach((v, k) => expect(v).toBeCloseTo((before[l]![k] as number) * ratio, 12));
    });
    for (const b of model.biases) expect(Array.from(b.data).every((v) => v === 0.05)).toBe(true);
  });

  it('biases that differ between units need more than one rescaling, and still converge', () => {
    const model = deepNet('tanh');
    // Var(b) = 0.09 across units: Var(s·Wa + b) is no longer s²·Var(Wa), so one step overshoots.
    for (const b of model.biases) b.data.forEach((_, i) => (b.data[i] = i % 2 === 0 ? 0.3 : -0.3));
    const result = lsuv(model, gaussian(N, INPUTS, 9), { tol: 0.02, maxIterations: 20 });
    expect(Math.max(...result.map((r) => r.iterations))).toBeGreaterThan(1);
    for (const r of result) expect(Math.abs(r.variance - 1)).toBeLessThan(0.02);
  });

  it('works for float32 models', () => {
    const model = new MLP({
      sizes: [INPUTS, 48, 48, 48, 4],
      activation: 'relu',
      initialization: 'orthogonal',
      rng: philox(1),
      dtype: 'float32',
    });
    const x = gaussian(200, INPUTS, 10);
    const result = lsuv(model, new Tensor(Float32Array.from(x.data), x.shape), { tol: 0.05 });
    for (const r of result) expect(Math.abs(r.variance - 1)).toBeLessThan(0.05);
  });
});

it('lsuv: the TSDoc example', () => {
  const model = new MLP({ sizes: [16, 64, 64, 1], activation: 'tanh', initialization: 'zeros' });
  const x = initialize([512, 16], 'normal', { rng: philox(1), dtype: 'float64' });
  const result = lsuv(model, x, { rng: philox(2) });
  expect(result.map((r) => r.iterations)).toEqual([1, 1, 1]);
  for (const r of result) expect(r.variance).toBeCloseTo(1, 12);
});

describe('lsuv: clear errors', () => {
  const small = () => new MLP({ sizes: [4, 8, 8, 2], initialization: 'orthogonal', rng: philox(1) });
  const x = gaussian(16, 4, 11);

  it('refuses a batch with zero variance', () => {
    expect(() => lsuv(small(), new Tensor(new Float64Array(64).fill(3), [16, 4]))).toThrow(
      /^lsuv: x must have a non-zero variance .*got variance 0/,
    );
  });

  it('refuses non-finite data', () => {
    const bad = Float64Array.from(x.data);
    bad[5] = Number.NaN;
    expect(() => lsuv(small(), new Tensor(bad, [16, 4]))).toThrow(/^lsuv: x .*NaN/);
    bad[5] = Number.POSITIVE_INFINITY;
    expect(() => lsuv(small(), new Tensor(bad, [16, 4]))).toThrow(/^lsuv: x .*Infinity/);
  });

  it('refuses a layer whose output is constant on the batch, naming it', () => {
    const model = small();
    model.biases[0]!.data.fill(-100); // every ReLU of layer 1 is off: layer 2 outputs its bias
    expect(() => lsuv(model, x)).toThrow(/^lsuv: x must give layer 2's output a finite non-zero variance, got 0/);
  });

  it('fails when a layer does not converge, naming the layer and its last variance', () => {
    const model = small();
    // Var(b) = 4 across units: no scale of W brings Var(z) below 4.
    model.biases[1]!.data.forEach((_, i) => (model.biases[1]!.data[i] = i % 2 === 0 ? 2 : -2));
    expect(() => lsuv(model, x, { maxIterations: 5 })).toThrow(
      /^lsuv: layer 2 did not converge: its output variance is 4\.\d+ after maxIterations = 5 rescalings, not within tol = 0\.1 of 1/,
    );
    // With constant biases Var(z) scales exactly by s², so one rescaling lands on 1 up to
    // rounding, even for tol = 1e-9.
    expect(lsuv(small(), x, { tol: 1e-9, maxIterations: 1 }).every((r) => r.iterations <= 1)).toBe(true);
  });

  it('refuses bad options and unknown keys', () => {
    const m = small();
    expect(() => lsuv(m, x, { tol: 0 })).toThrow(/^lsuv: tol must be .*, got 0$/);
    expect(() => lsuv(m, x, { tol: 1 })).toThrow(/^lsuv: tol must be .*, got 1$/);
    expect(() => lsuv(m, x, { tol: Number.NaN })).toThrow(/^lsuv: tol must be .*, got NaN$/);
    expect(() => lsuv(m, x, { maxIterations: 0 })).toThrow(/^lsuv: maxIterations must be .*, got 0$/);
    expect(() => lsuv(m, x, { maxIterations: 1.5 })).toThrow(/^lsuv: maxIterations must be .*, got 1\.5$/);
    expect(() => lsuv(m, x, { rng: 3 as never })).toThrow(TypeError);
    expect(() => lsuv(m, x, { maxIter: 3 } as never)).toThrow(/^lsuv: .*maxIter.*maxIterations/);
    expect(() => lsuv({} as never, x)).toThrow(/^lsuv: model must be an MLP/);
    expect(() => lsuv(m, gaussian(4, 3, 1))).toThrow(/^lsuv: x must have 4 columns/);
  });
});
