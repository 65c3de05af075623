import { fail, formatValue, validateShape } from '@nninit/internal';
import { type DType, Tensor } from '@nninit/tensor';
import type { AnyParameters, Initialization } from './Initialization.js';
import type { InitOptions } from './InitOptions.js';
import type { InitSlice } from './InitSlice.js';
import { fillPrepared } from './internal/fillPrepared.js';
import { prepare } from './internal/prepare.js';

/**
 * The options of {@link initializeInto}: those of `initialize`, with `shape` (required for a typed
 * array, optional and checked for a Tensor). The dtype is the target's; `dtype` may be given only
 * if it agrees.
 *
 * @example
 * ```ts
 * const options: InitializeIntoOptions = { seed: 1, shape: [2, 3], layout: 'keras' };
 * ```
 */
export type InitializeIntoOptions = InitOptions & AnyParameters & { readonly shape?: readonly number[] | undefined };

/**
 * Fills an existing float32/float64 {@link Tensor} or `Float32Array`/`Float64Array` in place and
 * returns it: PyTorch's trailing-underscore functions (`torch.nn.init.kaiming_normal_(w)`). The
 * bits are exactly those `initialize(shape, initialization, options)` would return for the
 * target's dtype, and the source advances alike.
 *
 * Why: reusing memory that is already paged in. A fresh large array costs page faults on first
 * touch, which can exceed the fill itself (see bench/RESULTS.md); a re-initialization (a restart,
 * a sweep over seeds) can fill the same buffer again.
 *
 * - The shape is `target.shape` for a Tensor (an `options.shape`, if given, must equal it) and
 *   `options.shape` for a typed array (required: the fans depend on it; its size must equal
 *   `target.length`). It is read in `options.layout`.
 * - The dtype is the target's; an `options.dtype` that differs is a RangeError.
 * - With `options.slice` (rows [start, end) of the first dimension, see {@link InitSlice}),
 *   `options.shape` is the whole tensor's shape (required, for a Tensor too) and the target holds
 *   the slice: a Tensor of shape `[end − start, ...shape[1:]]`, or a typed array of that size.
 *   The values are `initialize`'s slice; the source is read, not moved.
 * - Everything is validated, and any scratch allocated, before the first write: a call that
 *   throws leaves the target and the source untouched.
 * - Memory: none in the torch layout (beyond the samplers' 32 KiB). In the keras layout the
 *   values are drawn in the torch layout into one scratch array of the target's size, then
 *   permuted into the target (a cache-blocked transpose; an in-place permutation of a
 *   non-square layout would follow cycles through the whole array, at one random access per
 *   element).
 *
 * @example
 * ```ts
 * const w = new Float32Array(6);
 * initializeInto(w, 'he_normal', { shape: [2, 3], seed: 1 });
 * // w equals initialize([2, 3], 'he_normal', { seed: 1 }).data, bit for bit
 * const t = initializeInto(zeros([2, 2]), 'identity'); // t.toArray(): [[1, 0], [0, 1]]
 * ```
 * @throws TypeError if target is not a float Tensor, Float32Array or Float64Array, or
 *   options.shape is missing for a typed array; RangeError if options.shape disagrees with the
 *   target or options.dtype with its dtype; and every error of {@link initialize}.
 */
export function initializeInto<T extends Tensor | Float32Array | Float64Array>(
  target: T,
  initialization: Initialization,
  options?: InitializeIntoOptions,
): T {
  const fn = 'initializeInto';
  let data: Float32Array | Float64Array;
  if (target instanceof Tensor) data = target.data;
  else if (target instanceof Float32Array || target instanceof Float64Array) data = target;
  else throw fail(TypeError, fn, 'target', 'a Tensor, a Float32Array or a Float64Array', target);
  const dtype: DType = data instanceof Float32Array ? 'float32' : 'float64';
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw fail(TypeError, fn, 'options', 'an object or undefined', options);
  }
  const o = options as { shape?: unknown; dtype?: unknown; slice?: unknown } | undefined;
  const given = o?.shape;
  if (o?.dtype !== undefined && o.dtype !== dtype) {
    throw fail(RangeError, fn, 'options.dtype', `${formatValue(dtype)} (the target's dtype) or undefined`, o.dtype);
  }
  if (o?.slice !== undefined) {
    // The target holds the slice; options.shape is the whole tensor's, which the fans depend on.
    if (given === undefined) {
      throw fail(TypeError, fn, 'options.shape', "given with options.slice (the whole tensor's shape)", given);
    }
    const prepared = prepare(fn, given, initialization, { ...o, shape: undefined, dtype }, ['shape', 'slice']);
    const { outDims, outSize } = prepared;
    if (target instanceof Tensor ? !sameShape(target.shape, outDims) : data.length !== outSize) {
      const want = target instanceof Tensor ? `shape ${formatValue(outDims)}` : `length ${outSize}`;
      throw fail(
        RangeError,
        fn,
        'target',
        `the slice's ${want} (options.slice of options.shape ${formatValue(given)})`,
        target instanceof Tensor ? target.shape : target,
      );
    }
    fillPrepared(fn, prepared, data);
    return target;
  }
  let shape: readonly number[];
  if (target instanceof Tensor) {
    shape = target.shape;
    if (given !== undefined) {
      validateShape(fn, 'options.shape', given);
      if (!sameShape(given as readonly number[], shape)) {
        throw fail(RangeError, fn, 'options.shape', `the target's shape ${formatValue(shape)} (or undefined)`, given);
      }
    }
  } else {
    if (given === undefined) {
      throw fail(TypeError, fn, 'options.shape', 'given for a typed-array target (the fans depend on it)', given);
    }
    const size = validateShape(fn, 'options.shape', given);
    if (size !== data.length) {
      throw fail(RangeError, fn, 'options.shape', `a shape of size ${data.length} (target.length)`, given);
    }
    shape = given as readonly number[];
  }
  // The target's dtype for the plan; `shape` was checked above.
  const prepared = prepare(fn, shape, initialization, { ...o, shape: undefined, dtype }, ['shape', 'slice']);
  fillPrepared(fn, prepared, data);
  return target;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
