import type { FillPool, PhiloxSource } from '@nninit/rng';

/** Elements per float64 scratch buffer: 16 MiB each, two of them (8 % of a 1e8 float32 tensor). */
const CHUNK = 1 << 21;

/**
 * Fills `out` with mean + std·z (std·z for mean 0), z the next `out.length` normals of `source`,
 * computed in float64 and rounded once: exactly `sampleNormal(source, out, mean, std)`, with the
 * normals drawn by the pool's workers. Double-buffered: while the workers fill one float64 chunk,
 * this thread scales the previous one into `out`. A float64 `out` on a SharedArrayBuffer is
 * filled in place, without scratch.
 * @internal
 */
export async function fillNormalParallel(
  pool: FillPool, source: PhiloxSource, out: Float32Array | Float64Array, mean: number, std: number,
): Promise<void> {
  const scale = mean === 0 ? (z: number) => std * z : (z: number) => mean + std * z;
  if (out instanceof Float64Array && out.buffer instanceof SharedArrayBuffer) {
    await pool.fillNormal(source, out);
    for (let i = 0; i < out.length; i++) out[i] = scale(out[i] as number);
    return;
  }
  const chunk = Math.min(CHUNK, out.length);
  const buffers = [0, 1].map(() => new Float64Array(new SharedArrayBuffer(8 * chunk)));
  const piece = (k: number): Float64Array => (buffers[k % 2] as Float64Array).subarray(0, Math.min(chunk, out.length - k * chunk));
  const chunks = Math.ceil(out.length / chunk);
  let pending = pool.fillNormal(source, piece(0));
  for (let k = 0; k < chunks; k++) {
    await pending;
    // Issuing the next fill advances `source` in order, so the chunks follow the stream.
    if (k + 1 < chunks) pending = pool.fillNormal(source, piece(k + 1));
    const z = piece(k);
    const offset = k * chunk;
    for (let i = 0; i < z.length; i++) out[offset + i] = scale(z[i] as number);
  }
}
