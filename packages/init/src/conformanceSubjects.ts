import type { ConformanceSubject } from './ConformanceSubject.js';
import type { CanonicalInitializerName, Initialization } from './Initialization.js';
import { DEFINITIONS } from './internal/registry.js';

/**
 * The conformance suite's configurations: for every initializer of the registry
 * {@link initializers}, in its order, its defaults and the parameters that change its formula
 * (fan mode, nonlinearity, gain, truncation, scale, distribution), drawing float32 and float64
 * from Philox seeds and float64 from numpy's `RandomState` stream. Each initializer declares its
 * own subjects next to its definition; this list is the one both this package's conformance test
 * and the demo's `verify` command run. Frozen.
 *
 * @example
 * ```ts
 * new Set(conformanceSubjects.map((s) => s.name)).size === Object.keys(initializers).length; // true
 * conformanceSubjects[0]; // { name: 'zeros', title: 'zeros', initialization: 'zeros', source: 'float32', kind: 'iid' }
 * ```
 */
export const conformanceSubjects: readonly ConformanceSubject[] = Object.freeze(
  DEFINITIONS.flatMap((d) =>
    d.subjects.map(
      (s): ConformanceSubject =>
        Object.freeze({
          name: d.name as CanonicalInitializerName,
          title: s.title,
          initialization: s.initialization as Initialization,
          source: s.source,
          kind: d.kind,
        }),
    ),
  ),
);
