import { philox } from '@nninit/rng';
import { Tensor, tensor } from '@nninit/tensor';
import { criticalWeightStd, meanField, varianceMap } from '@nninit/theory';
import { jacobianSingularValues, MLP } from '@nninit/train';
import { describe, expect, it } from 'vitest';
import { singularValues } from '../src/internal/linalg/singularValues.js';
import svd from './data/svd.json' with { type: 'json' };

describe('singularValues (one-sided Jacobi) against numpy.linalg.svd (scripts/svd_golden.py)', () => {
  it.each(svd)('$name', ({ rows, cols, data, singularValues: expected }) => {
    const got = singularValues(Float64Array.from(data), rows, cols);
    expect(got.length).toBe(expected.length);
    // LAPACK is backward stable: each value is within a few ε·σ_max.
    expected.forEach((e, i) => expect(Math.abs(got[i]! - e), `σ${i}`).toBeLessThanOrEqual(1e-14 * expected[0]!));
  });
});

describe('jacobianSingularValues', () => {
  it('the TSDoc example: identity weights in a linear network give singular values 1', () => {
    const model = new MLP({ sizes: [2, 2], initialization: 'identity', output: 'linear' });
    expect(Array.from(jacobianSingularValues(model, tensor([[0.5, -1]])))).toEqual([1, 1]);
  });

  it('equals the singular values of the Jacobian measured by central differences of predict (tanh, relu, sigmoid)', () => {
    for (const activation of ['tanh', 'relu', 'sigmoid'] as const) {
      const rng = philox(11);
      const model = new MLP({
        sizes: [5, 7, 6, 4],
        activation,
        output: 'linear',
        initialization: 'glorot_normal',
        rng,
        bias: 0.1,
      });
      const x = new Float64Array(5);
      rng.fillNormal(x);
      const sv = jacobianSingularValues(model, new Tensor(x, [1, 5]));
      // J by central differences (h = 1e-5: error O(h²) ≈ 1e-10 in each entry).
      const h = 1e-5,
        J = new Float64Array(4 * 5);
      for (let j = 0; j < 5; j++) {
        const plus = Float64Array.from(x),
          minus = Float64Array.from(x);
        plus[j]! += h;
        minus[j]! -= h;
        const fp = model.forward(new Tensor(plus, [1, 5])).data,
          fm = model.forward(new Tensor(minus, [1, 5])).data;
        for (let i = 0; i < 4; i++) J[i * 5 + j] = ((fp[i] as number) - (fm[i] as number)) / (2 * h);
      }
      const reference = singularValues(J, 4, 5);
      reference.forEach((r, i) => expect(Math.abs(sv[i]! - r), `${activation} σ${i}`).toBeLessThan(1e-8));
    }
  });

  it('rejects a batch, the wrong width and a non-model', () => {
    const model = new MLP({ sizes: [2, 2], initialization: 'identity' });
    expect(() =>
      jacobianSingularValues(
        model,
        tensor([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toThrow(/^jacobianSingularValues: x must have 1 row/);
    expect(() => jacobianSingularValues(model, tensor([[1, 2, 3]]))).toThrow(
      /^jacobianSingularValues: x must have 2 columns/,
    );
    expect(() => jacobianSingularValues({} as never, tensor([[1, 2]]))).toThrow(
      /^jacobianSingularValues: model must be an MLP/,
    );
  });
});

/**
 * Dynamical isometry (Pennington, Schoenholz & Ganguli 2017): depth L = 32, width N = 256, tanh
 * at the critical point for σ_b = 0.01 (σ_w from criticalWeightStd, q* ≈ 0.046 from meanField),
 * input scaled so that layer 1 starts at q*, biases drawn at σ_b.
 *
 * The bound, from the theory. With μ_k = E[φ′(√q*·z)^(2k)], the squared singular values λ of J
 * have mean (σ_w²μ₁)^L = 1 and variance σ²_JJᵀ = L·(μ₂/μ₁² − 1) for orthogonal weights and
 * L·(μ₂/μ₁² − 1 + 1) for Gaussian ones (their spectral-variance result, with s₁ = 0 for orthogonal and −1 for
 * Gaussian W). Reading λ as log-normal with that mean and variance, log s has standard deviation
 * √(log(1 + σ²))/2 and the 90th-to-10th percentile ratio of s is exp(1.2816·√(log(1 + σ²))). The
 * bound is the geometric mean of the two predictions: orthogonal below it, Gaussian above.
 * μ₁ and μ₂ come from varianceMap with φ = sech² and sech⁴ (one layer at σ_w = 1, σ_b = 0 maps q
 * to E[φ(√q z)²]). Percentiles: the sorted values' entries ⌊0.1·(N − 1)⌋ and ⌊0.9·(N − 1)⌋.
 */
describe('dynamical isometry at depth 32, width 256, critical tanh', () => {
  const N = 256,
    L = 32,
    sb = 0.01;
  const sw = criticalWeightStd('tanh', sb) as number;
  const { qStar } = meanField({ activation: 'tanh', weightStd: sw, biasStd: sb });
  const sech2 = (x: number) => 1 / Math.cosh(x) ** 2;
  const mu1 = varianceMap({ fn: sech2, derivative: (x) => -2 * sech2(x) * Math.tanh(x) }, 1, 0, qStar, 1)[1]!;
  const mu2 = varianceMap(
    { fn: (x) => sech2(x) ** 2, derivative: (x) => -4 * sech2(x) ** 2 * Math.tanh(x) },
    1,
    0,
    qStar,
    1,
  )[1]!;
  const ratio = (variance: number) => Math.exp(1.2816 * Math.sqrt(Math.log(1 + variance)));
  const orthogonalPrediction = ratio(L * (mu2 / (mu1 * mu1) - 1)),
    gaussianPrediction = ratio(L * (mu2 / (mu1 * mu1)));
  const bound = Math.sqrt(orthogonalPrediction * gaussianPrediction);

  const measured = (initialization: 'orthogonal' | 'normal'): number => {
    const rng = philox(5);
    const model = new MLP({
      sizes: [N, ...new Array<number>(L - 1).fill(N), N],
      activation: 'tanh',
      initialization:
        initialization === 'orthogonal' ? { name: 'orthogonal', gain: sw } : { name: 'normal', std: sw / Math.sqrt(N) },
      rng,
    });
    const biases = philox(6);
    for (const b of model.biases) {
      const data = b.data as Float64Array;
      biases.fillNormal(data);
      for (let i = 0; i < data.length; i++) data[i]! *= sb;
    }
    const x = new Float64Array(N);
    philox(7).fillNormal(x);
    const norm = x.reduce((a, v) => a + v * v, 0) / N;
    const scale = Math.sqrt((qStar - sb * sb) / (sw * sw) / norm);
    for (let i = 0; i < N; i++) x[i]! *= scale;
    const s = [...jacobianSingularValues(model, new Tensor(x, [1, N]))].sort((a, b) => a - b);
    return s[Math.floor(0.9 * (N - 1))]! / s[Math.floor(0.1 * (N - 1))]!;
  };

  it('the theory separates the two: the bound lies between the predicted ratios', () => {
    expect(orthogonalPrediction).toBeLessThan(bound);
    expect(gaussianPrediction).toBeGreaterThan(bound);
  });

  it('orthogonal weights: p90/p10 of the singular values is below the bound', () => {
    expect(measured('orthogonal')).toBeLessThan(bound);
  });

  it('Gaussian weights: p90/p10 is above the bound', () => {
    expect(measured('normal')).toBeGreaterThan(bound);
  });
});
