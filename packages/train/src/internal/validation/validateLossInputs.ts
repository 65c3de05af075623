import { formatValue } from '@nninit/internal';
import { type DType, Tensor } from '@nninit/tensor';
import { validateFinite } from './validateDataset.js';

type Floats = Float32Array | Float64Array;

const isTensor = (t: unknown): t is Tensor =>
  t instanceof Tensor ||
  (t !== null &&
    typeof t === 'object' &&
    Array.isArray((t as Tensor).shape) &&
    ((t as Tensor).data instanceof Float32Array || (t as Tensor).data instanceof Float64Array));

/**
 * Validates a loss's two tensors. 'binary' and 'any': same shape, ≥ 1 element ('binary': targets
 * 0 or 1). 'classes': logits [n, k], labels [n] of integers in [0, k).
 */
export function validateLossInputs<D extends DType>(
  fn: string,
  first: Tensor<D>,
  second: Tensor<D>,
  firstName: string,
  kind: 'binary' | 'classes' | 'any',
): { z: Floats; y: Floats; n: number; k: number } {
  const secondName = firstName === 'logits' ? 'labels' : 'targets';
  if (!isTensor(first)) throw new TypeError(`${fn}: ${firstName} must be a Tensor, got ${formatValue(first)}`);
  if (!isTensor(second)) throw new TypeError(`${fn}: ${secondName} must be a Tensor, got ${formatValue(second)}`);
  if (first.dtype !== second.dtype)
    throw new TypeError(
      `${fn}: ${secondName} must have the dtype of ${firstName} (${first.dtype}), got ${second.dtype}`,
    );
  validateFinite(fn, firstName, first);
  validateFinite(fn, secondName, second);
  const shape = (t: Tensor): string => `[${t.shape.join(',')}]`;
  if (kind === 'classes') {
    if (first.shape.length !== 2 || first.size === 0)
      throw new RangeError(`${fn}: ${firstName} must have shape [nSamples ≥ 1, nClasses ≥ 1], got ${shape(first)}`);
    const [n, k] = first.shape as [number, number];
    if (second.shape.length !== 1 || second.shape[0] !== n)
      throw new RangeError(`${fn}: ${secondName} must have shape [${n}], got ${shape(second)}`);
    second.data.forEach((v, i) => {
      if (!(Number.isInteger(v) && v >= 0 && v < k))
        throw new RangeError(`${fn}: ${secondName} must be class indices in [0, ${k}), got ${v} at [${i}]`);
    });
    return { z: first.data, y: second.data, n, k };
  }
  if (first.size === 0 || shape(first) !== shape(second)) {
    throw new RangeError(
      `${fn}: ${secondName} must have the shape of ${firstName} ${shape(first)} (non-empty), got ${shape(second)}`,
    );
  }
  if (kind === 'binary') {
    second.data.forEach((v, i) => {
      if (v !== 0 && v !== 1) throw new RangeError(`${fn}: ${secondName} must be 0 or 1, got ${v} at flat index ${i}`);
    });
  }
  return { z: first.data, y: second.data, n: first.shape[0] ?? 1, k: first.size / (first.shape[0] ?? 1) };
}

/**
 * A loss's mean, refused when it overflowed: finite inputs far apart (|p − t| > 1.3e154 for a
 * squared error, logits near ±1.8e308 summed) can still give ±Infinity, never returned silently.
 */
export function finiteLoss(fn: string, firstName: string, mean: number): number {
  if (!Number.isFinite(mean)) {
    throw new RangeError(
      `${fn}: ${firstName} must be small enough for a finite mean loss, got a mean of ${mean} (the values overflow float64)`,
    );
  }
  return mean;
}
