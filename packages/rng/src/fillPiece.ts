import { philoxFillNormal, philoxFillTruncatedNormal, philoxFillUniform } from './philoxFill.js';
import { truncatedNormalSampler } from './truncatedNormalSampler.js';

/** One worker's share of a parallel fill: elements start … start + length − 1 of a Philox stream. @internal */
export interface FillTask {
  kind: 'uniform' | 'normal' | 'truncatedNormal';
  key: readonly [number, number];
  /** Stream index of the piece's first element. */
  start: number;
  buffer: SharedArrayBuffer;
  /** Byte offset and length (in elements) of the piece in `buffer`. */
  byteOffset: number;
  length: number;
  dtype: 'float32' | 'float64';
  low: number;
  high: number;
}

/**
 * Fills one piece of a parallel fill in place. Because element i of a Philox stream is a pure
 * function of (key, i), the pieces together equal the fill done at once.
 * @internal
 */
export function fillPiece(task: FillTask): void {
  const out = task.dtype === 'float32'
    ? new Float32Array(task.buffer, task.byteOffset, task.length)
    : new Float64Array(task.buffer, task.byteOffset, task.length);
  const [k0, k1] = task.key;
  if (task.kind === 'uniform') philoxFillUniform(k0, k1, task.start, out);
  else if (task.kind === 'normal') philoxFillNormal(k0, k1, task.start, out);
  else philoxFillTruncatedNormal(k0, k1, task.start, out, truncatedNormalSampler(task.low, task.high));
}
