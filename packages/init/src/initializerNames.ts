import type { InitializerName } from './Initialization.js';
import { ALL_NAMES } from './internal/registry.js';

/**
 * Every name {@link initialize} accepts: the canonical names in the registry's order, then the
 * aliases (he, kaiming_normal, kaiming_uniform, xavier, xavier_normal, xavier_uniform, eye, …), so
 * its length is the number of initializers plus the number of aliases. Frozen.
 *
 * @example
 * ```ts
 * initializerNames.slice(0, 3);     // ['zeros', 'ones', 'constant']
 * initializerNames.includes('he');   // true
 * ```
 */
export const initializerNames: readonly InitializerName[] = Object.freeze([...ALL_NAMES] as InitializerName[]);
