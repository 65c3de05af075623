import { exp } from '../exp.js';
import { activate, type ResolvedActivation, SOFTMAX } from './activations.js';

/**
 * The output activation applied to the logits z (units × examples, row stride `stride`, the
 * first `count` columns): softmax per example with its max subtracted (so it never overflows),
 * any other activation elementwise. Returns a new buffer in the same layout.
 */
export function outputActivation(
  z: Float64Array,
  units: number,
  count: number,
  stride: number,
  f: ResolvedActivation,
): Float64Array {
  const a = new Float64Array(units * stride);
  for (let j = 0; j < count; j++) {
    if (f.code === SOFTMAX) {
      let max = -Infinity,
        sum = 0;
      for (let k = 0; k < units; k++) max = Math.max(max, z[k * stride + j] as number);
      for (let k = 0; k < units; k++) sum += exp((z[k * stride + j] as number) - max);
      for (let k = 0; k < units; k++) a[k * stride + j] = exp((z[k * stride + j] as number) - max) / sum;
    } else {
      for (let k = 0; k < units; k++) a[k * stride + j] = activate(z[k * stride + j] as number, f.code, f.alpha);
    }
  }
  return a;
}
