import { formatValue, validateByteLength, validateDType, validateShape } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import type { Layout } from '../InitOptions.js';
import type { InitSlice } from '../InitSlice.js';
import type { Definition, Params, Plan } from './Definition.js';
import { layoutNote, permutes, torchShape, validateLayout } from './layout.js';
import { resolveInitialization } from './resolveInitialization.js';
import { resolveSource } from './resolveSource.js';
import { validateSlice, validateSliceable } from './validateSlice.js';

/** Everything a call needs, validated: nothing has been allocated or drawn yet. */
export interface Prepared {
  /** The shape as the caller gave it, in the caller's layout. */
  readonly dims: number[];
  /** The same shape in the torch layout `[out, in, ...k]`: what the plan was built for. */
  readonly torchDims: number[];
  /**
   * Whether the plan's torch-ordered fill must be permuted into the caller's `'keras'` layout
   * (false for `'torch'`, and for keras shapes whose permutation moves nothing).
   */
  readonly permute: boolean;
  /** The whole tensor's size. */
  readonly size: number;
  /** `options.slice`, validated: rows [start, end) of dims[0]; undefined for the whole tensor. */
  readonly slice: InitSlice | undefined;
  /** The shape of the result: `dims`, or `[end − start, ...dims[1:]]` for a slice. */
  readonly outDims: number[];
  /** The number of elements of the result. */
  readonly outSize: number;
  readonly definition: Definition;
  readonly plan: Plan;
  readonly dtype: DType;
  /** Undefined only for deterministic plans. */
  readonly rng: RandomSource | undefined;
}

/** The shape, layout, definition with its parameters, and the dtype of a call, validated. */
export function resolveCall(
  fn: string,
  shape: unknown,
  initialization: unknown,
  options: unknown,
  extraOptionKeys: readonly string[] = [],
): {
  dims: number[];
  torchDims: number[];
  layout: Layout;
  size: number;
  definition: Definition;
  params: Params;
  dtype: DType;
  plan: Plan;
} {
  const size = validateShape(fn, 'shape', shape);
  const dims = (shape as readonly number[]).slice();
  const { definition, params } = resolveInitialization(fn, initialization, options, extraOptionKeys);
  const o = options as { dtype?: unknown; layout?: unknown } | undefined;
  const dtype = validateDType(fn, 'options.dtype', o?.dtype, 'float32');
  const layout = validateLayout(fn, o?.layout);
  const torchDims = layout === 'keras' ? torchShape(dims) : dims;
  let plan: Plan;
  try {
    plan = definition.plan(fn, torchDims, params, dtype);
  } catch (error) {
    // The plan speaks of the torch shape; say which shape the caller gave.
    if (torchDims !== dims && dims.length >= 2 && (error instanceof RangeError || error instanceof TypeError)) {
      throw new (error instanceof RangeError ? RangeError : TypeError)(error.message + layoutNote(dims, torchDims));
    }
    throw error;
  }
  return { dims, torchDims, layout, size, definition, params, dtype, plan };
}

/**
 * The validation shared by `initialize`, `initializeInto`, `initializeParallel` and the named
 * initializers: the shape, the layout, the initializer and its parameters, the dtype and the
 * random source — all before allocating or consuming any randomness, so a failing call leaves
 * `rng` untouched. `options.slice` is read only when `extraOptionKeys` includes `'slice'` (the
 * calls that draw); it is checked against the shape, the plan and the source here too.
 */
export function prepare(
  fn: string,
  shape: unknown,
  initialization: unknown,
  options: unknown,
  extraOptionKeys: readonly string[] = [],
): Prepared {
  const { dims, torchDims, layout, size, definition, plan, dtype } = resolveCall(
    fn,
    shape,
    initialization,
    options,
    extraOptionKeys,
  );
  const o = (options ?? {}) as Record<string, unknown>;
  const slice = extraOptionKeys.includes('slice') ? validateSlice(fn, o['slice'], dims) : undefined;
  const outDims = slice === undefined ? dims : [slice.end - slice.start, ...dims.slice(1)];
  const outSize = slice === undefined ? size : outDims.reduce((p, d) => p * d, 1);
  // A slice's memory is the slice's: the whole tensor may be larger than one array can hold.
  const what = slice === undefined ? `shape ${formatValue(dims)}` : `the slice ${formatValue(outDims)}`;
  validateByteLength(fn, what, outSize, dtype === 'float32' ? 4 : 8);
  const rng = resolveSource(fn, definition.name, definition.random, o['rng'], o['seed']);
  if (slice !== undefined) validateSliceable(fn, slice, definition, plan, rng, size);
  const permute = layout === 'keras' && permutes(torchDims);
  return { dims, torchDims, permute, size, slice, outDims, outSize, definition, plan, dtype, rng };
}
