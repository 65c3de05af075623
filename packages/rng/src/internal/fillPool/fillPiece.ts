import { philoxFill } from '../philox/philoxFill.js';
import type { SamplingPlan } from '../sampling/SamplingPlan.js';

/** One worker's share of a parallel fill: elements start … start + length − 1 of a Philox stream. */
export interface FillTask {
  plan: SamplingPlan;
  key: readonly [number, number];
  /** Stream index of the piece's first element. */
  start: number;
  buffer: SharedArrayBuffer;
  /** Byte offset and length (in elements) of the piece in `buffer`. */
  byteOffset: number;
  length: number;
  dtype: 'float32' | 'float64';
}

/**
 * Fills one piece of a parallel fill in place. Because element i of a Philox stream is a pure
 * function of (key, i), the pieces together equal the fill done at once.
 */
export function fillPiece(task: FillTask): void {
  const out =
    task.dtype === 'float32'
      ? new Float32Array(task.buffer, task.byteOffset, task.length)
      : new Float64Array(task.buffer, task.byteOffset, task.length);
  philoxFill(task.plan, task.key[0], task.key[1], task.start, out);
}
