import { Tensor, type DataOf, type DType } from '@nninit/tensor';
import { checkDType } from './checks.js';
import { checkShape } from './checkShape.js';
import { resolveInitialization } from './resolveInitialization.js';
import { resolveSource } from './resolveSource.js';

/**
 * The one code path behind {@link initialize} and every named initializer: validate the shape,
 * the initializer and its parameters, the dtype and the random source — all before allocating or
 * consuming any randomness — then allocate the tensor and fill it in place (no copy: peak memory
 * is the tensor plus the samplers' 32 KiB scratch).
 * @internal
 */
export function generate<D extends DType>(fn: string, shape: unknown, initialization: unknown, options: unknown): Tensor<D> {
  const size = checkShape(fn, shape);
  const dims = (shape as readonly number[]).slice();
  const { definition, params } = resolveInitialization(fn, initialization, options);
  const plan = definition.plan(fn, dims, params);
  const o = (options ?? {}) as Record<string, unknown>;
  const dtype = checkDType(fn, o['dtype']);
  const rng = resolveSource(fn, definition.name, definition.random, o['rng'], o['seed']);
  const data = dtype === 'float32' ? new Float32Array(size) : new Float64Array(size);
  // A deterministic plan never reads rng; a random one always has it (resolveSource threw otherwise).
  plan.fill(data, rng as NonNullable<typeof rng>);
  return new Tensor(data as DataOf<D>, dims);
}
