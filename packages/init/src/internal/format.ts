/**
 * Formats a value for an error message: strings quoted, arrays as `[2,3]`, typed arrays and other
 * objects by their constructor name, everything else with `String`.
 */
export function format(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (Array.isArray(v) ? format(v) : String(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}` : 'an object';
  }
  return String(value);
}

/** Formats a list of allowed strings: `"fan_in", "fan_out"`. */
export function formatChoices(choices: readonly string[]): string {
  return choices.map((c) => JSON.stringify(c)).join(', ');
}
