import { allocate } from '@nninit/internal';

/**
 * The one buffer every piece of a shard is made in: views of the dtype and length asked for, over
 * one ArrayBuffer grown only when a larger piece is asked for. Each piece is written before the
 * next is made, so one buffer serves every tensor of a shard; a buffer per tensor would leave
 * the previous ones to the garbage collector, which frees large typed arrays late, and memory
 * would grow by a piece per tensor until it did.
 */
export class PieceBuffer {
  private buffer = new ArrayBuffer(0);

  /** A view of `length` elements of `dtype` at the start of the buffer (contents unspecified). */
  view(dtype: 'float32' | 'float64', length: number): Float32Array | Float64Array {
    const Type = dtype === 'float32' ? Float32Array : Float64Array;
    const bytes = length * Type.BYTES_PER_ELEMENT;
    if (bytes > this.buffer.byteLength) {
      // The previous buffer is dropped first, so that it can be collected if the host is short.
      this.buffer = new ArrayBuffer(0);
      this.buffer = allocate('nninit init', `a piece of ${length} ${dtype} elements`, Uint8Array, bytes).buffer;
    }
    return new Type(this.buffer, 0, length);
  }
}
