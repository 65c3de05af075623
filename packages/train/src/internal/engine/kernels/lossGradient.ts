import { exp } from '../../exp.js';
import { log } from '../../log.js';
import { log1p } from '../../log1p.js';
import { activate, derivative } from '../../model/activations.js';

type Floats = Float32Array | Float64Array;

/** −log σ(z) for y = 1 and −log(1 − σ(z)) for y = 0, from the logit: softplus(±z), never log 0. */
export function bceTerm(z: number, y: number): number {
  const t = y === 1 ? -z : z;
  // fdlibm's log1p, not Math.log1p: engines differ in its last bit, and the cost must not.
  return (t > 0 ? t : 0) + log1p(exp(-Math.abs(t)));
}

/**
 * log Σₖ e^{z_k} − z_label over one example's logits z[first + k·step], k < classes: the max is
 * subtracted first, so no exponential overflows.
 */
export function softmaxTerm(z: Floats, first: number, step: number, classes: number, label: number): number {
  let max = -Infinity;
  for (let k = 0; k < classes; k++) max = Math.max(max, z[first + k * step] as number);
  let sum = 0;
  for (let k = 0; k < classes; k++) sum += exp((z[first + k * step] as number) - max);
  // fdlibm's log, not Math.log: engines differ in its last bit, and the cost must not.
  return log(sum) - ((z[first + label * step] as number) - max);
}

/**
 * The loss at the output layer and its gradient with respect to the output pre-activations z,
 * for `m` examples in units × examples layout (row stride `stride`; columns m … cols − 1 are
 * padding and get gradient 0). Returns the mean loss when `wantCost`, else NaN (the gradient
 * alone skips every logarithm).
 *
 * - binary cross-entropy (sigmoid output): g = (σ(z) − y)/(m·K), the notebook's
 *   `1./m * (a3 - Y)` for K = 1, with σ(z) = 1/(1 + e⁻ᶻ) as `init_utils.sigmoid`;
 * - softmax cross-entropy: g = (softmax(z) − onehot(y))/m, one label per example;
 * - mean squared error: g = 2(f(z) − y)·f′/(m·K) through the output activation f.
 */
export function lossGradient(
  loss: 'bce' | 'softmax' | 'mse',
  z: Float64Array,
  y: Float64Array,
  g: Float64Array,
  rows: number,
  m: number,
  cols: number,
  stride: number,
  code: number,
  alpha: number,
  wantCost: boolean,
): number {
  for (let k = 0; k < rows; k++) g.fill(0, k * stride + m, k * stride + cols);
  if (loss === 'softmax') return softmax(z, y, g, rows, m, stride, wantCost);
  const scale = 1 / (m * rows);
  let total = 0;
  for (let k = 0; k < rows; k++) {
    const end = k * stride + m;
    if (loss === 'bce') {
      for (let j = k * stride; j < end; j++) g[j] = scale * (1 / (1 + exp(-(z[j] as number))) - (y[j] as number));
      if (wantCost) for (let j = k * stride; j < end; j++) total += bceTerm(z[j] as number, y[j] as number);
    } else {
      for (let j = k * stride; j < end; j++) {
        const a = activate(z[j] as number, code, alpha),
          e = a - (y[j] as number);
        g[j] = 2 * scale * e * derivative(a, code, alpha);
        total += e * e;
      }
    }
  }
  return wantCost ? scale * total : NaN;
}

/** Softmax cross-entropy, one example (column) at a time, the max subtracted first. */
function softmax(
  z: Float64Array,
  y: Float64Array,
  g: Float64Array,
  classes: number,
  m: number,
  stride: number,
  wantCost: boolean,
): number {
  const scale = 1 / m;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const label = y[j] as number;
    let max = -Infinity,
      sum = 0;
    for (let k = 0; k < classes; k++) max = Math.max(max, z[k * stride + j] as number);
    for (let k = 0; k < classes; k++) sum += exp((z[k * stride + j] as number) - max);
    for (let k = 0; k < classes; k++) {
      const p = exp((z[k * stride + j] as number) - max) / sum;
      g[k * stride + j] = scale * (p - (k === label ? 1 : 0));
    }
    if (wantCost) total += log(sum) - ((z[label * stride + j] as number) - max);
  }
  return wantCost ? scale * total : NaN;
}
