import type { CanonicalInitializerName, Initialization } from './Initialization.js';

/**
 * One configuration of the conformance suite: an initializer with the parameters that change its
 * formula, the stream and dtype it draws with, and how its samples are checked.
 *
 * - `kind: 'iid'`: every element follows what {@link describeDistribution} declares for the
 *   shape, checked by a goodness-of-fit harness (e.g. @nninit/verify's `checkConformance`) on
 *   generated shapes;
 * - a structured family (`'orthogonal'`, `'delta_orthogonal'`, `'identity'`, `'dirac'`,
 *   `'zero_init'`, `'sparse'`): exact structural checks, plus the law of the entries where they have one.
 *
 * @example
 * ```ts
 * const s: ConformanceSubject = { name: 'he_normal', title: 'he (fan_in, relu)', initialization: 'he', source: 'float32', kind: 'iid' };
 * ```
 */
export interface ConformanceSubject {
  /** The canonical registry name. */
  readonly name: CanonicalInitializerName;
  /** Name and parameters in words, for tables. */
  readonly title: string;
  readonly initialization: Initialization;
  /** A Philox seed with this dtype, or numpy's `RandomState` stream (float64). */
  readonly source: 'float32' | 'float64' | 'RandomState';
  readonly kind: 'iid' | 'orthogonal' | 'delta_orthogonal' | 'identity' | 'dirac' | 'zero_init' | 'sparse';
}
