import { initialize } from '@nninit/init';
import { RandomState } from '@nninit/rng';
import type { ConformanceSubject } from './ConformanceSubject.js';

/**
 * One draw of a subject's initializer for a shape and seed: `initialize(shape, init, { seed,
 * dtype })` from a Philox seed, or `{ rng: new RandomState(seed mod 2³²), dtype: 'float64' }`
 * for numpy's stream; a canary's samples are multiplied by its distortion.
 *
 * @example
 * ```ts
 * drawSubject(conformanceSubjects[0]!, [2, 3], 0); // Float32Array(6) [0, 0, 0, 0, 0, 0]
 * ```
 */
export function drawSubject(
  subject: ConformanceSubject,
  shape: readonly number[],
  seed: number,
): Float32Array | Float64Array {
  const { data } =
    subject.source === 'RandomState'
      ? initialize(shape, subject.initialization, { rng: new RandomState(seed % 2 ** 32), dtype: 'float64' })
      : initialize(shape, subject.initialization, { seed, dtype: subject.source });
  if (subject.distortion !== undefined)
    for (let i = 0; i < data.length; i++) data[i] = (data[i] as number) * subject.distortion;
  return data;
}
