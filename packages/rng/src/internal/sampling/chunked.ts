import { type Affine, applyAffine } from './Affine.js';

/** Elements per float64 scratch chunk of the samplers: 32 KiB, cache-sized. */
const CHUNK = 4096;

/**
 * Runs `fill` over `out` in float64 chunks and stores the transformed values, so every value is
 * computed in float64 and rounded once into a Float32Array. A float64 `out` is filled in place.
 * Because fills consume a source's stream in order, chunking does not change the values.
 */
export function chunked(out: Float32Array | Float64Array, fill: (chunk: Float64Array) => void, t: Affine): void {
  if (out instanceof Float64Array) {
    fill(out);
    applyAffine(out, out.length, t);
    return;
  }
  const scratch = new Float64Array(Math.min(CHUNK, out.length));
  for (let start = 0; start < out.length; start += CHUNK) {
    const chunk = scratch.subarray(0, Math.min(CHUNK, out.length - start));
    fill(chunk);
    applyAffine(chunk, chunk.length, t);
    out.set(chunk, start);
  }
}
