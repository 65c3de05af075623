import { fail } from '@nninit/internal';
import { PhiloxSource } from '@nninit/rng';
import type { FillPool } from '@nninit/rng/parallel';
import { type DataOf, type DType, Tensor } from '@nninit/tensor';
import type { AnyParameters, Initialization } from './Initialization.js';
import type { InitOptions } from './InitOptions.js';
import { fillPrepared } from './internal/fillPrepared.js';
import { torchToKeras } from './internal/layout.js';
import { prepare } from './internal/prepare.js';

/** Below this many elements, a parallel fill costs more in messages than it saves. */
const MIN_PARALLEL = 1 << 17;

/**
 * {@link initialize} with the draws spread over the worker_threads of an @nninit/rng `FillPool`
 * (Node.js; `import { FillPool } from '@nninit/rng/parallel'`): the same validation, the same bits
 * as `initialize` with the same options, and a Promise of the tensor. The workers write the final
 * weights into the tensor's SharedArrayBuffer directly, so peak memory is the tensor itself.
 *
 * What runs on the workers: every i.i.d. family (random, normal, uniform, truncated_normal, the
 * he/glorot/lecun normals and uniforms, variance_scaling) drawn from a Philox source (`seed`, or
 * an `rng` from `philox`), from 131072 elements up. Everything else — a `RandomState` stream
 * (sequential by nature), the structured initializers and small tensors — is filled on the
 * calling thread, exactly as `initialize` does. With `layout: 'keras'` the workers fill a
 * torch-layout scratch that is then permuted, as in `initialize`. `options.slice` (an `InitSlice`) gives the slice `initialize` gives; a torch-layout slice of an i.i.d. family
 * is one run of the stream and goes to the workers, a keras-layout one is filled on the calling
 * thread.
 *
 * Reference: Salmon et al. 2011 (Philox: element i of a stream is a function of (key, i), which
 * is what lets workers fill pieces of one stream independently).
 *
 * @example
 * ```ts
 * const pool = new FillPool(2);
 * const w = await initializeParallel([2000, 1000], 'he', { seed: 0, pool });
 * // w.data equals initialize([2000, 1000], 'he', { seed: 0 }).data, bit for bit
 * await pool.close();
 * ```
 * @throws the errors of {@link initialize}, and a TypeError if `options.pool` is not a FillPool.
 */
export async function initializeParallel<D extends DType = 'float32'>(
  shape: readonly number[],
  initialization: Initialization,
  options: InitOptions<D> & AnyParameters & { readonly pool: FillPool },
): Promise<Tensor<D>> {
  const fn = 'initializeParallel';
  const pool: unknown = (options as { pool?: unknown } | undefined)?.pool;
  if (pool === null || typeof pool !== 'object' || typeof (pool as FillPool).sampleNormal !== 'function') {
    throw fail(TypeError, fn, 'options.pool', 'a FillPool (from @nninit/rng/parallel)', pool);
  }
  const prepared = prepare(fn, shape, initialization, options, ['pool', 'slice']);
  const { outSize: size, plan, dtype, rng, slice } = prepared;
  // A slice goes to the workers only where it is one contiguous run of the stream (unpermuted),
  // read from a copy of the source at the run's start, so the caller's source is not moved.
  const parallel =
    plan.parallel !== undefined &&
    rng instanceof PhiloxSource &&
    size >= MIN_PARALLEL &&
    (slice === undefined || !prepared.permute);
  const Type = dtype === 'float32' ? Float32Array : Float64Array;
  let data: Float32Array | Float64Array;
  if (!parallel) {
    data = new Type(size);
    fillPrepared(fn, prepared, data);
  } else {
    // Workers write into shared memory; the ES2022 lib types typed-array buffers as ArrayBuffer only.
    const shared = new Type(new SharedArrayBuffer(size * Type.BYTES_PER_ELEMENT) as unknown as ArrayBuffer);
    const source =
      slice === undefined ? rng : rng.at(rng.position + slice.start * (prepared.size / (prepared.dims[0] as number)));
    await plan.parallel?.(pool as FillPool, source, shared);
    // In the keras layout the workers fill the torch-layout scratch, permuted here as initialize does.
    if (prepared.permute) {
      data = new Type(size);
      torchToKeras(shared, data, prepared.torchDims);
    } else data = shared;
  }
  return new Tensor(data as DataOf<D>, prepared.outDims);
}
