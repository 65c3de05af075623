import { initialize } from '@nninit/init';
import type { PhiloxSource } from '@nninit/rng';
import type { SpecTensor } from './readInitSpec.js';

/**
 * The values of one tensor of a spec, in consecutive C-order pieces: what `initialize(shape,
 * init, { rng: stream, dtype, layout })` returns. `stream` is the tensor's own Philox stream
 * (`philox(seed).fork(name)`), so the values do not depend on which shard writes the tensor.
 */
export function* tensorChunks(tensor: SpecTensor, stream: PhiloxSource): Generator<Float32Array | Float64Array> {
  const { shape, init, dtype, layout } = tensor;
  yield initialize(shape, init, { rng: stream, dtype, layout }).data;
}
