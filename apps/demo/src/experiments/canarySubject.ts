import type { ConformanceSubject } from './ConformanceSubject.js';

/**
 * The power canary of `verify --canary`: He-normal weights with σ 5 % too large, declared as
 * plain He. A suite that passes it is blind to the most common initialization bug (a wrong
 * gain or fan), so the run must fail — and shows what a failure looks like.
 *
 * @example
 * ```ts
 * canarySubject.distortion; // 1.05
 * ```
 */
export const canarySubject: ConformanceSubject = Object.freeze({
  name: 'he_normal',
  title: 'CANARY: he with σ 5 % too large (must fail)',
  initialization: 'he',
  source: 'float32',
  kind: 'iid',
  distortion: 1.05,
});
