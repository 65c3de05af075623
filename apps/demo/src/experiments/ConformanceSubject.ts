import type { Initialization } from '@nninit/init';

/**
 * One entry of the conformance suite: an initializer with parameters, the stream and dtype it
 * draws with, and how it is checked.
 *
 * @example
 * ```ts
 * const s: ConformanceSubject = { name: 'he_normal', title: 'he (fan_in, relu)', initialization: 'he', source: 'float32', kind: 'iid' };
 * ```
 */
export interface ConformanceSubject {
  /** The canonical registry name (what `verify --init` selects). */
  readonly name: string;
  /** Name and parameters in words, for tables. */
  readonly title: string;
  readonly initialization: Initialization;
  /** A Philox seed with this dtype, or numpy's RandomState stream (float64). */
  readonly source: 'float32' | 'float64' | 'RandomState';
  /**
   * 'iid': the harness (KS and variance tests on generated shapes); the structured families:
   * exact checks on fixed shapes, plus a statistical check where one applies.
   */
  readonly kind: 'iid' | 'orthogonal' | 'identity' | 'dirac' | 'delta_orthogonal' | 'zero_init' | 'sparse';
  /** Power canary: every sample multiplied by this, while the declaration stays the same (must be rejected). */
  readonly distortion?: number;
}
