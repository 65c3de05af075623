import type { DType } from '../DType.js';
import type { Tensor } from '../Tensor.js';
import { validateAlias, validateOut, validateTensor } from './validateTensor.js';

type Floats = Float32Array | Float64Array;

/** A unary elementwise kernel: `o[i] = f(x[i])` for i < n, with an optional parameter `p`. */
export type UnaryKernel<A extends Floats> = (o: A, x: A, n: number, p: number) => void;

/**
 * One copy of a unary op's kernel per dtype, each seeing one typed-array type, for the reason
 * binaryOp.ts gives at `DTypeBinaryKernels` (a loop that sees both is polymorphic, and slower).
 */
export interface UnaryKernels {
  readonly float32: UnaryKernel<Float32Array>;
  readonly float64: UnaryKernel<Float64Array>;
}

/**
 * Validates and runs a unary elementwise op: the result has x's shape and dtype; `out` may be
 * `x` itself (in place). Values are computed in float64 and rounded once when stored.
 */
export function unaryOp<D extends DType>(
  fn: string,
  x: Tensor<D>,
  out: Tensor<D> | undefined,
  kernels: UnaryKernels,
  p = 0,
): Tensor<D> {
  const t = validateTensor(fn, 'x', x) as Tensor<D>;
  const result = validateOut(fn, out, t.shape, t.dtype);
  if (out !== undefined) validateAlias(fn, result, t, 'x');
  // result and x share x's dtype, so that dtype's kernel applies; the cast widens its parameters.
  (kernels[t.dtype] as UnaryKernel<Floats>)(result.data, t.data, t.size, p);
  return result;
}
