import { validateOptions } from '@nninit/internal';

/**
 * `validateOptions` for the hot entry points (matmul and the reductions run in every training
 * step): the common case, an object whose keys are all known, is checked with `for…in` and
 * `includes`, which allocate nothing, unlike `Object.keys`; anything else (not an object, an
 * unknown key) goes to `validateOptions`, which throws its usual error.
 */
export function validateOptionKeys(fn: string, options: unknown, keys: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) {
    let known = true;
    for (const key in options) {
      if (!keys.includes(key)) {
        known = false;
        break;
      }
    }
    if (known) return;
  }
  validateOptions(fn, options as Record<string, unknown>, keys);
}
