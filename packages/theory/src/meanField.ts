import { validateOptions } from '@nninit/internal';
import { meanFieldAt } from './internal/meanFieldAt.js';
import { resolveActivation } from './internal/resolveActivation.js';
import { validateStd } from './internal/validateStd.js';
import type { MeanFieldActivation } from './MeanFieldActivation.js';

/**
 * The mean-field description of a deep fully connected network at initialization, with weights
 * W_ij ~ N(0, σ_w²/fan_in) and biases b_i ~ N(0, σ_b²), in the limit of infinite width
 * (Poole et al. 2016; Schoenholz et al. 2017). With z ~ N(0, 1), u = √q*·z, and (u₁, u₂) of
 * variances q* and correlation c:
 *
 * - q* solves q = σ_w²·E[φ(√q·z)²] + σ_b² (the variance map's fixed point, reached from q = 1);
 * - χ₁ = σ_w²·E[φ′(u)²], the slope of the correlation map at c = 1 and the per-layer factor of
 *   the backpropagated gradient's squared norm;
 * - c* solves c = (σ_w²·E[φ(u₁)φ(u₂)] + σ_b²)/q* (1 unless χ₁ > 1);
 * - ξ_q = −1/log|σ_w²·dE[φ(√q z)²]/dq| at q*, which by Gaussian integration by parts is
 *   Schoenholz et al.'s −1/log(χ₁ + σ_w²·E[φ″(u)φ(u)]);
 * - ξ_c = −1/log(σ_w²·E[φ′(u₁)φ′(u₂)]) at c = c*, which is −1/log χ₁ in the ordered phase;
 * - the phase: `'critical'` when |χ₁ − 1| ≤ {@link CRITICAL_TOLERANCE} (then ξ_c = Infinity),
 *   else `'ordered'` (χ₁ < 1: inputs' correlations go to 1, gradients vanish) or `'chaotic'`
 *   (χ₁ > 1: correlations go to c* < 1, gradients explode).
 *
 * Expectations are closed forms for relu, leaky_relu, linear and erf; otherwise adaptive
 * Gauss–Legendre quadrature on panels split at the activation's kinks, accurate to about 1e-12
 * relative. q* below 1e-200 is 0 and above 1e100 is Infinity (see {@link MeanField}).
 *
 * @see B. Poole, S. Lahiri, M. Raghu, J. Sohl-Dickstein, S. Ganguli, "Exponential expressivity in
 *   deep neural networks through transient chaos", NeurIPS 2016.
 * @see S. S. Schoenholz, J. Gilmer, S. Ganguli, J. Sohl-Dickstein, "Deep information
 *   propagation", ICLR 2017.
 * @example
 * ```ts
 * meanField({ activation: 'relu', weightStd: Math.SQRT2, biasStd: 0 }).phase; // 'critical' (He et al. 2015)
 * meanField({ activation: 'tanh', weightStd: 1, biasStd: 0 });
 * // { qStar: 0, chi1: 1, cStar: 1, depthScaleQ: Infinity, depthScaleC: Infinity, phase: 'critical' }
 * ```
 * @throws RangeError for an unknown activation name or option key, or a std that is negative,
 *   not finite or above 1e50; TypeError for a non-object or a non-number; RangeError if a user
 *   activation returns a non-finite value.
 */
export function meanField(options: {
  readonly activation: MeanFieldActivation;
  readonly weightStd: number;
  readonly biasStd: number;
}): MeanField {
  const fn = 'meanField';
  if (options === undefined)
    throw new TypeError(`${fn}: options must be { activation, weightStd, biasStd }, got undefined`);
  const o = validateOptions(fn, options, ['activation', 'weightStd', 'biasStd']);
  const act = resolveActivation(fn, 'options.activation', o.activation);
  const weightStd = validateStd(fn, 'options.weightStd', o.weightStd);
  const biasStd = validateStd(fn, 'options.biasStd', o.biasStd);
  return meanFieldAt(act, weightStd, biasStd);
}

/**
 * What {@link meanField} returns: the fixed points of the variance and correlation maps and the
 * slopes that decide whether a deep network at initialization is ordered, critical or chaotic
 * (Poole et al. 2016; Schoenholz et al. 2017). A depth scale that is infinite is `Infinity`.
 *
 * @example
 * ```ts
 * const he: MeanField = meanField({ activation: 'relu', weightStd: Math.SQRT2, biasStd: 0 });
 * ```
 */
export interface MeanField {
  /**
   * q*, the fixed point of the variance map q ↦ σ_w²·E[φ(√q·z)²] + σ_b² reached from q = 1
   * (Poole et al. 2016). `0` when the variance decays to zero, `Infinity` when it grows
   * without bound (ReLU with σ_w² > 2, say).
   */
  readonly qStar: number;
  /** χ₁ = σ_w²·E[φ′(√q*·z)²] (Schoenholz et al. 2017): the per-layer gain of gradients' squared norm. */
  readonly chi1: number;
  /** c*, the stable fixed point of the correlation map: 1 unless the point is chaotic. */
  readonly cStar: number;
  /** ξ_q = −1/log|σ_w²·dE[φ(√q z)²]/dq| at q* (Schoenholz et al.): layers for q to settle. */
  readonly depthScaleQ: number;
  /** ξ_c = −1/log(σ_w²·E[φ′(u₁)φ′(u₂)]) at c* (Schoenholz et al.): layers a correlation survives. */
  readonly depthScaleC: number;
  /** `'critical'` when |χ₁ − 1| ≤ {@link CRITICAL_TOLERANCE}, else `'ordered'` (χ₁ < 1) or `'chaotic'`. */
  readonly phase: 'ordered' | 'critical' | 'chaotic';
}
