import type { RandomSource } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import { checkShape } from './checkShape.js';
import { checkDType } from './checks.js';
import type { Plan } from './Definition.js';
import { resolveInitialization } from './resolveInitialization.js';
import { resolveSource } from './resolveSource.js';

/** Everything a call needs, validated: nothing has been allocated or drawn yet. @internal */
export interface Prepared {
  readonly dims: number[];
  readonly size: number;
  readonly plan: Plan;
  readonly dtype: DType;
  /** Undefined only for deterministic plans. */
  readonly rng: RandomSource | undefined;
}

/**
 * The validation shared by {@link initialize}, {@link initializeParallel} and the named
 * initializers: the shape, the initializer and its parameters, the dtype and the random source —
 * all before allocating or consuming any randomness, so a failing call leaves `rng` untouched.
 * @internal
 */
export function prepare(fn: string, shape: unknown, initialization: unknown, options: unknown): Prepared {
  const size = checkShape(fn, shape);
  const dims = (shape as readonly number[]).slice();
  const { definition, params } = resolveInitialization(fn, initialization, options);
  const plan = definition.plan(fn, dims, params);
  const o = (options ?? {}) as Record<string, unknown>;
  const dtype = checkDType(fn, o['dtype']);
  const rng = resolveSource(fn, definition.name, definition.random, o['rng'], o['seed']);
  return { dims, size, plan, dtype, rng };
}
