import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import {
  adam,
  coordinateCheck,
  DivergenceError,
  type LearningRateMultipliers,
  MLP,
  makeBlobs,
  mup,
  train,
} from '@nninit/train';
import type { MupRun } from './MupRun.js';

/** The standard parametrization both experiments compare with: He-scaled N(0, 2/fan_in) everywhere, one learning rate. */
const STANDARD = { name: 'variance_scaling', scale: 2, mode: 'fan_in', distribution: 'untruncated_normal' } as const;
const BASE = 64;

/** Least-squares slope of log y against log x. */
function logSlope(xs: readonly number[], ys: readonly number[]): number {
  const lx = xs.map(Math.log),
    ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b) / lx.length,
    my = ly.reduce((a, b) => a + b) / ly.length;
  let num = 0,
    den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += ((lx[i] as number) - mx) * ((ly[i] as number) - my);
    den += ((lx[i] as number) - mx) ** 2;
  }
  return num / den;
}

/**
 * µP (Yang et al. 2022, Tensor Programs V) seen in two experiments, both with Adam:
 *
 * - **Coordinate check** (their Appendix D.1): a [16, n, n, 10] ReLU MLP with softmax
 *   cross-entropy on 32 fixed examples of 10 Gaussian blobs, 4 Adam steps at 0.01 from one seed,
 *   at each width n; every layer's mean |z| per coordinate before and after each step. Flat in n
 *   under µP (base width 64, readout at zero); the logits grow with n under the standard
 *   parametrization.
 * - **Learning-rate transfer** (their Figure 1, small): a [2, n, 1] ReLU MLP regressing
 *   sin(πx₁)·cos(πx₂) on 256 uniform points of [−1, 1]², 50 full-batch Adam steps at each of
 *   η = 2⁻¹², …, 2⁻², at n = 64 and n = 1024; the loss is the mean of the last 5 steps' costs.
 *   The regret is how much worse the wide model does with the narrow model's best η than with
 *   its own best.
 *
 * @example
 * ```ts
 * runMup({ widths: [64, 128, 256] }).coordinateCheck.slopes.mup; // three numbers near 0
 * ```
 */
export function runMup(options: { widths?: readonly number[] } = {}): MupRun {
  const widths = options.widths ?? [64, 128, 256, 512, 1024, 2048, 4096];
  const steps = 4;
  const blobs = makeBlobs({ nSamples: 32, nFeatures: 16, centers: 10, rng: philox(1) });
  const check = (n: number, parametrization: 'mup' | 'standard') => {
    const p = mup({ baseWidths: [16, BASE, BASE, 10], widths: [16, n, n, 10], optimizer: 'adam' });
    const mu = parametrization === 'mup';
    const model = new MLP({
      sizes: p.sizes,
      initialization: mu ? p.initialization : STANDARD,
      output: 'softmax',
      rng: philox(7),
    });
    const optimizer = adam({
      learningRate: 0.01,
      ...(mu ? { learningRateMultipliers: p.learningRateMultipliers } : {}),
    });
    return coordinateCheck(model, blobs, { loss: 'softmax_cross_entropy', optimizer, steps });
  };
  const mupSizes = widths.map((n) => check(n, 'mup'));
  const standardSizes = widths.map((n) => check(n, 'standard'));
  const slopes = (sizes: number[][][]) =>
    [0, 1, 2].map((l) =>
      logSlope(
        widths,
        sizes.map((s) => (s[steps] as number[])[l] as number),
      ),
    );

  const transferWidths = [BASE, 1024] as const;
  const learningRates = Array.from({ length: 11 }, (_, i) => 2 ** (i - 12));
  const data = regressionData();
  const sweep = (n: number, parametrization: 'mup' | 'standard') => {
    const p = mup({ baseWidths: [2, BASE, 1], widths: [2, n, 1], optimizer: 'adam' });
    const mu = parametrization === 'mup';
    return learningRates.map((learningRate) => {
      const model = new MLP({ sizes: p.sizes, initialization: mu ? p.initialization : STANDARD, rng: philox(5) });
      const multipliers: LearningRateMultipliers | undefined = mu ? p.learningRateMultipliers : undefined;
      const optimizer = adam({ learningRate, ...(multipliers ? { learningRateMultipliers: multipliers } : {}) });
      try {
        const { costs } = train(model, data, { loss: 'mean_squared_error', optimizer, iterations: 50 });
        return costs.slice(-5).reduce((a, b) => a + b) / 5;
      } catch (error) {
        if (error instanceof DivergenceError) return Number.POSITIVE_INFINITY;
        throw error;
      }
    });
  };
  const regret = (losses: number[][]) => {
    const [narrow, wide] = losses as [number[], number[]];
    const best = narrow.indexOf(Math.min(...narrow));
    const wideBest = Math.min(...wide);
    return ((wide[best] as number) - wideBest) / wideBest;
  };
  const mupLosses = transferWidths.map((n) => sweep(n, 'mup'));
  const standardLosses = transferWidths.map((n) => sweep(n, 'standard'));
  return {
    coordinateCheck: {
      widths,
      steps,
      mup: mupSizes,
      standard: standardSizes,
      slopes: { mup: slopes(mupSizes), standard: slopes(standardSizes) },
    },
    transfer: {
      widths: transferWidths,
      learningRates,
      mup: mupLosses,
      standard: standardLosses,
      regret: { mup: regret(mupLosses), standard: regret(standardLosses) },
    },
  };
}

/** 256 points uniform on [−1, 1]² (philox seed 1) and their targets sin(πx₁)·cos(πx₂). */
function regressionData(): { x: Tensor<'float64'>; y: Tensor<'float64'> } {
  const n = 256;
  const x = new Float64Array(2 * n);
  philox(1).fillUniform(x);
  for (let i = 0; i < x.length; i++) x[i] = 2 * (x[i] as number) - 1;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++)
    y[i] = Math.sin(Math.PI * (x[2 * i] as number)) * Math.cos(Math.PI * (x[2 * i + 1] as number));
  return { x: new Tensor(x, [n, 2]), y: new Tensor(y, [n, 1]) };
}
