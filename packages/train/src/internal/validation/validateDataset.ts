import { formatValue } from '@nninit/internal';
import { type DType, Tensor } from '@nninit/tensor';

/** A data set's tensors, validated: x is [n, features], y is [n] or [n, outputs], same dtype. */
export interface CheckedData<D extends DType> {
  x: Tensor<D>;
  y: Tensor<D>;
  n: number;
  features: number;
  /** Columns of y (1 for a vector of labels). */
  outputs: number;
}

const isTensor = (t: unknown): t is Tensor =>
  t instanceof Tensor ||
  (t !== null &&
    typeof t === 'object' &&
    Array.isArray((t as Tensor).shape) &&
    ((t as Tensor).data instanceof Float32Array || (t as Tensor).data instanceof Float64Array));

/** Validates a tensor of features: [n, features] with n ≥ 1, every value finite. */
export function validateFeatures<D extends DType>(fn: string, param: string, x: unknown): Tensor<D> {
  if (!isTensor(x)) throw new TypeError(`${fn}: ${param} must be a Tensor, got ${formatValue(x)}`);
  if (x.shape.length !== 2 || (x.shape[0] as number) < 1 || (x.shape[1] as number) < 1) {
    throw new RangeError(`${fn}: ${param} must have shape [nSamples ≥ 1, nFeatures ≥ 1], got [${x.shape.join(',')}]`);
  }
  validateFinite(fn, param, x);
  return x as Tensor<D>;
}

/** Validates `{ x, y }`: tensors of matching shapes and dtype, neither holding NaN or ±Infinity. */
export function validateDataset<D extends DType>(fn: string, data: unknown): CheckedData<D> {
  if (data === null || typeof data !== 'object')
    throw new TypeError(`${fn}: data must be { x, y } tensors, got ${formatValue(data)}`);
  const { x: rawX, y } = data as { x?: unknown; y?: unknown };
  const x = validateFeatures<D>(fn, 'data.x', rawX);
  if (!isTensor(y)) throw new TypeError(`${fn}: data.y must be a Tensor, got ${formatValue(y)}`);
  if (y.dtype !== x.dtype) throw new TypeError(`${fn}: data.y must have data.x's dtype ${x.dtype}, got ${y.dtype}`);
  const n = x.shape[0] as number;
  if (
    (y.shape.length !== 1 && y.shape.length !== 2) ||
    y.shape[0] !== n ||
    (y.shape.length === 2 && (y.shape[1] as number) < 1)
  ) {
    throw new RangeError(
      `${fn}: data.y must have shape [${n}] or [${n}, nOutputs] to match data.x [${x.shape.join(',')}], got [${y.shape.join(',')}]`,
    );
  }
  validateFinite(fn, 'data.y', y);
  return {
    x,
    y: y as Tensor<D>,
    n,
    features: x.shape[1] as number,
    outputs: y.shape.length === 2 ? (y.shape[1] as number) : 1,
  };
}

/**
 * Validates that a tensor holds no NaN or ±Infinity: the one finiteness check of every tensor a
 * public function takes (data, inputs, logits, parameters) or derives from one (`of` names what,
 * `why` says what to change), so a non-finite value is refused instead of coming back as a
 * meaningless number.
 */
export function validateFinite(
  fn: string,
  param: string,
  t: { readonly shape: readonly number[]; readonly data: ArrayLike<number> },
  of = '',
  why = '',
): void {
  const d = t.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i] as number;
    if (v - v !== 0) {
      const cols = t.shape.length === 2 ? (t.shape[1] as number) : 1;
      const at = t.shape.length === 2 ? `[${Math.floor(i / cols)}, ${i % cols}]` : `[${i}]`;
      throw new RangeError(
        `${fn}: ${param}${of} must hold finite numbers only, got ${formatValue(v)} at ${at}${why === '' ? '' : ` (${why})`}`,
      );
    }
  }
}
