import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import { criticalWeightStd, meanField, varianceMap } from '@nninit/theory';
import { jacobianSingularValues, MLP, probeSignal } from '@nninit/train';
import type { TheoryRun } from './TheoryRun.js';

const BIAS_STDS = Array.from({ length: 21 }, (_, i) => i * 0.05);
const VARIANCE_WIDTH = 256,
  VARIANCE_DEPTH = 10,
  VARIANCE_BATCH = 32;
const JACOBIAN_WIDTH = 128,
  JACOBIAN_DEPTHS = [2, 4, 8, 16, 32, 64];

/**
 * The numbers of `pnpm demo theory`, with fixed seeds (Philox 1 to 3): the order-to-chaos
 * critical lines of tanh and relu (criticalWeightStd, Schoenholz et al. 2017), the depth scales of
 * tanh at σ_b = 0.3 across σ_w (meanField), the measured per-layer pre-activation mean(z²) of a
 * width-256, depth-10 network against varianceMap (He/relu and tanh at σ_w = 1.5, zero biases),
 * and the Jacobian's singular values at depths 2, 4, 8, 16, 32 and 64 (width 128) for tanh at its critical
 * point σ_w = 1, σ_b = 0 with orthogonal and with Gaussian weights, and relu with orthogonal He
 * weights (Pennington, Schoenholz & Ganguli 2017: only the first stays concentrated).
 *
 * @example
 * ```ts
 * runTheory().jacobian.length; // 18
 * ```
 */
export function runTheory(): TheoryRun {
  const orNull = (v: number | undefined): number | null => v ?? null;
  const criticalLines = {
    biasStds: BIAS_STDS,
    tanh: BIAS_STDS.map((b) => orNull(criticalWeightStd('tanh', b))),
    relu: BIAS_STDS.map((b) => orNull(criticalWeightStd('relu', b))),
  };
  const critical = criticalWeightStd('tanh', 0.3) as number;
  const depthScales = [0.5, 1, 0.95 * critical, critical, 1.05 * critical, 1.5, 2, 3, 4].map((weightStd) => ({
    weightStd,
    ...meanField({ activation: 'tanh', weightStd, biasStd: 0.3 }),
  }));
  const variance = (
    [
      ['relu, He (σ_w = √2)', 'relu', Math.SQRT2],
      ['tanh, σ_w = 1.5', 'tanh', 1.5],
    ] as const
  ).map(([label, activation, sw]) => {
    const rng = philox(1);
    const x = new Float64Array(VARIANCE_BATCH * VARIANCE_WIDTH);
    rng.fillNormal(x);
    const model = new MLP({
      sizes: [VARIANCE_WIDTH, ...new Array<number>(VARIANCE_DEPTH).fill(VARIANCE_WIDTH), 1],
      activation,
      initialization: { name: 'normal', std: sw / Math.sqrt(VARIANCE_WIDTH) },
      rng,
    });
    const signals = probeSignal(model, { x: new Tensor(x, [VARIANCE_BATCH, VARIANCE_WIDTH]) }).slice(0, VARIANCE_DEPTH);
    const predicted = new Array<number>(VARIANCE_DEPTH).fill(0);
    for (let e = 0; e < VARIANCE_BATCH; e++) {
      let norm = 0;
      for (let j = 0; j < VARIANCE_WIDTH; j++) norm += (x[e * VARIANCE_WIDTH + j] as number) ** 2 / VARIANCE_WIDTH;
      varianceMap(activation, sw, 0, sw * sw * norm, VARIANCE_DEPTH - 1).forEach((q, l) => {
        predicted[l]! += q / VARIANCE_BATCH;
      });
    }
    return {
      label,
      measured: signals.map((s) => s.preActivation.std ** 2 + s.preActivation.mean ** 2),
      predicted,
    };
  });
  const jacobian = (
    [
      ['tanh, orthogonal, σ_w = 1', 'tanh', { name: 'orthogonal', gain: 1 }],
      ['tanh, Gaussian, σ_w = 1', 'tanh', { name: 'normal', std: 1 / Math.sqrt(JACOBIAN_WIDTH) }],
      ['relu, orthogonal, σ_w = √2', 'relu', { name: 'orthogonal', gain: Math.SQRT2 }],
    ] as const
  ).flatMap(([label, activation, initialization]) =>
    JACOBIAN_DEPTHS.map((depth) => {
      const model = new MLP({
        sizes: [JACOBIAN_WIDTH, ...new Array<number>(depth - 1).fill(JACOBIAN_WIDTH), JACOBIAN_WIDTH],
        activation,
        initialization,
        rng: philox(2),
      });
      // Inputs at q⁰ = 0.01, small: tanh's critical point σ_w = 1 has q* = 0 (Pennington et al.'s q* → 0).
      const x = new Float64Array(JACOBIAN_WIDTH);
      philox(3).fillNormal(x);
      for (let i = 0; i < x.length; i++) x[i]! *= 0.1;
      return { label, depth, singularValues: [...jacobianSingularValues(model, new Tensor(x, [1, JACOBIAN_WIDTH]))] };
    }),
  );
  return { criticalLines, depthScales, variance, jacobian };
}
