import type { Definition, Params } from '../Definition.js';
import type { Dialect } from './Dialect.js';

/**
 * The canonical parameters for a dialect spelling's given ones (undefined counts as absent):
 * `convert`, or else `renames`; then the framework's `defaults` where still unset; then `fixed`.
 * Checks that need the framework's own names (trunc_normal_'s a < b) happen in `convert`; all
 * others are the canonical plan's.
 */
export function translateDialect(fn: string, entry: Dialect, given: Params): Params {
  const out: Record<string, unknown> = {};
  if (entry.convert !== undefined) {
    for (const [k, v] of Object.entries(entry.convert(fn, given))) if (v !== undefined) out[k] = v;
  } else {
    for (const [k, v] of Object.entries(given)) if (v !== undefined) out[entry.renames?.[k] ?? k] = v;
  }
  for (const [k, v] of Object.entries(entry.defaults ?? {})) if (out[k] === undefined) out[k] = v;
  return { ...out, ...entry.fixed };
}

/**
 * The canonical definition, seen through a dialect spelling: its name is the spelling (for the
 * messages that name the initializer), and its plan's errors name the framework's parameters
 * (`stddev must be non-negative`, not `std`), so a message never mentions a name the caller did
 * not write. Distributions, fills and every check stay the definition's.
 */
export function dialectDefinition(entry: Dialect, definition: Definition): Definition {
  const back = Object.entries(entry.renames ?? {}).filter(([from, to]) => from !== to);
  if (back.length === 0) return { ...definition, name: entry.spelling };
  return {
    ...definition,
    name: entry.spelling,
    plan: (fn, shape, params, dtype) => {
      try {
        return definition.plan(fn, shape, params, dtype);
      } catch (error) {
        if (!(error instanceof RangeError || error instanceof TypeError)) throw error;
        const prefix = `${fn}: `;
        if (!error.message.startsWith(prefix)) throw error;
        let text = error.message.slice(prefix.length);
        for (const [from, to] of back) {
          // A parameter name stands alone: not part of a word, a key path or a formula (a·std).
          text = text.replace(new RegExp(`(?<![\\w.·])${to}(?![\\w·])`, 'g'), from);
        }
        const Kind = error instanceof TypeError ? TypeError : RangeError;
        throw new Kind(prefix + text);
      }
    },
  };
}
