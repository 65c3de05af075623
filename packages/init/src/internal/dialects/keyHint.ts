import type { Definition } from '../Definition.js';
import type { Dialect } from './Dialect.js';
import { DIALECTS } from './dialectRegistry.js';

/**
 * Why `key` is not a parameter here, when another spelling of the same initializer has it: for a
 * dialect spelling, the framework's own name of a canonical parameter (`std` → Keras's
 * `RandomNormal` spells it `stddev`) or a canonical parameter the spelling fixes; for a canonical
 * name, the dialect spelling that takes `key` (`a` on `truncated_normal` → PyTorch's absolute
 * `trunc_normal_` bounds, or `lower`/`upper`). Empty when there is nothing better than "did you mean".
 */
export function keyHint(key: string, definition: Definition, entry: Dialect | undefined): string {
  if (entry !== undefined) {
    const framework = Object.entries(entry.renames ?? {}).find(([, to]) => to === key)?.[0];
    if (framework !== undefined)
      return ` (${entry.framework}'s ${JSON.stringify(entry.spelling)} spells it ${JSON.stringify(framework)})`;
    if (Object.hasOwn(definition.parameters, key))
      return ` (${JSON.stringify(key)} is a parameter of nninit's ${JSON.stringify(entry.canonical)}, which ${entry.framework}'s ${JSON.stringify(entry.spelling)} translates to: use that name to set it)`;
    return '';
  }
  const other = (DIALECTS as readonly Dialect[]).find(
    (d) => d.canonical === definition.name && Object.hasOwn(d.parameters, key),
  );
  if (other === undefined) return '';
  const note = other.notes?.[key];
  if (note !== undefined) return ` (${note})`;
  const renamed = other.renames?.[key];
  return renamed === undefined || renamed === key
    ? ` (${JSON.stringify(key)} is a parameter of ${other.framework}'s ${JSON.stringify(other.spelling)})`
    : ` (${JSON.stringify(key)} is ${other.framework}'s name, in ${JSON.stringify(other.spelling)}; ${JSON.stringify(definition.name)} calls it ${JSON.stringify(renamed)})`;
}
