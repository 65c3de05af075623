import type { InitializerName } from './Initialization.js';
import { ALL_NAMES } from './internal/registry.js';

/**
 * Every name {@link initialize} accepts: the 19 canonical names in the registry's order, then the
 * aliases (he, kaiming_normal, kaiming_uniform, xavier, xavier_normal, xavier_uniform, eye).
 * Frozen.
 *
 * @example
 * ```ts
 * initializerNames.length;           // 26
 * initializerNames.includes('he');   // true
 * ```
 */
export const initializerNames: readonly InitializerName[] = Object.freeze([...ALL_NAMES] as InitializerName[]);
