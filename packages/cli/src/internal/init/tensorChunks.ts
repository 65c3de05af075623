import { initialize, initializeInto } from '@nninit/init';
import type { PhiloxSource } from '@nninit/rng';
import { PieceBuffer } from './PieceBuffer.js';
import { pieceLength } from './pieceLength.js';
import type { SpecTensor } from './readInitSpec.js';

/** Elements per piece by default: 16 MiB of float32, small beside any tensor worth streaming. */
export const CHUNK_ELEMENTS = 1 << 22;

/**
 * The values of one tensor of a spec, in consecutive C-order pieces: together, exactly what
 * `initialize(shape, init, { rng: stream, dtype, layout })` returns. `stream` is the tensor's own
 * Philox stream (`philox(seed).fork(name)`), so the values do not depend on which shard writes
 * the tensor.
 *
 * A tensor larger than `chunkElements` is made in slices of whole rows of its first dimension
 * (`initializeInto` with `options.slice`, bit for bit the whole call's rows), each written into
 * `pieces`, one buffer that is refilled once the writer has taken the previous piece (and that the
 * caller shares between the tensors of a shard): memory is one piece, not the tensor. A tensor of
 * at most `chunkElements` is made in that buffer whole; a single row larger than that is one
 * piece. Initializers whose values depend on the whole tensor (orthogonal, sparse,
 * delta_orthogonal), which init refuses to slice, are made whole.
 */
export function* tensorChunks(
  tensor: SpecTensor,
  stream: PhiloxSource,
  pieces: PieceBuffer = new PieceBuffer(),
  chunkElements = CHUNK_ELEMENTS,
): Generator<Float32Array | Float64Array> {
  const { shape, init, dtype, layout } = tensor;
  const rows = shape[0] ?? 1;
  const size = shape.reduce((a, b) => a * b, 1);
  const length = pieceLength(shape, chunkElements);
  if (length === size) {
    yield initializeInto(pieces.view(dtype, size), init, { rng: stream, shape, layout });
    return;
  }
  const rowSize = size / rows;
  const step = length / rowSize;
  const buffer = pieces.view(dtype, length);
  for (let start = 0; start < rows; start += step) {
    const end = Math.min(rows, start + step);
    const piece = buffer.subarray(0, (end - start) * rowSize);
    try {
      initializeInto(piece, init, { rng: stream, shape, layout, slice: { start, end } });
    } catch (error) {
      if (start === 0 && error instanceof RangeError && /options\.slice must be undefined for/.test(error.message)) {
        yield initialize(shape, init, { rng: stream, dtype, layout }).data;
        return;
      }
      throw error;
    }
    yield piece;
  }
}
