import { formatValue, validateByteLength, validateDType, validateShape } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import type { Definition, Params, Plan } from './Definition.js';
import { resolveInitialization } from './resolveInitialization.js';
import { resolveSource } from './resolveSource.js';

/** Everything a call needs, validated: nothing has been allocated or drawn yet. */
export interface Prepared {
  readonly dims: number[];
  readonly size: number;
  readonly plan: Plan;
  readonly dtype: DType;
  /** Undefined only for deterministic plans. */
  readonly rng: RandomSource | undefined;
}

/** The shape, the definition with its parameters, and the dtype of a call, validated. */
export function resolveCall(
  fn: string,
  shape: unknown,
  initialization: unknown,
  options: unknown,
  extraOptionKeys: readonly string[] = [],
): { dims: number[]; size: number; definition: Definition; params: Params; dtype: DType; plan: Plan } {
  const size = validateShape(fn, 'shape', shape);
  const dims = (shape as readonly number[]).slice();
  const { definition, params } = resolveInitialization(fn, initialization, options, extraOptionKeys);
  const dtype = validateDType(fn, 'options.dtype', (options as { dtype?: unknown } | undefined)?.dtype, 'float32');
  const plan = definition.plan(fn, dims, params, dtype);
  return { dims, size, definition, params, dtype, plan };
}

/**
 * The validation shared by `initialize`, `initializeParallel` and the named initializers: the
 * shape, the initializer and its parameters, the dtype and the random source — all before
 * allocating or consuming any randomness, so a failing call leaves `rng` untouched.
 */
export function prepare(
  fn: string,
  shape: unknown,
  initialization: unknown,
  options: unknown,
  extraOptionKeys: readonly string[] = [],
): Prepared {
  const { dims, size, definition, plan, dtype } = resolveCall(fn, shape, initialization, options, extraOptionKeys);
  validateByteLength(fn, `shape ${formatValue(dims)}`, size, dtype === 'float32' ? 4 : 8);
  const o = (options ?? {}) as Record<string, unknown>;
  const rng = resolveSource(fn, definition.name, definition.random, o['rng'], o['seed']);
  return { dims, size, plan, dtype, rng };
}
