/**
 * Renders a received value for an error message, the `${value}` of
 * `` `${fn}: ${param} must be ${condition}, got ${value}` ``. It is the only formatter of error
 * values in nninit, so one value reads the same from every package:
 *
 * - numbers as JavaScript prints them, except that −0 keeps its sign (`-0`);
 * - strings quoted as JSON (`"he"`), cut at 60 characters;
 * - arrays of up to 8 numbers (or such arrays, nested) in brackets, as shapes read: `[2,3]`;
 * - longer arrays, typed arrays and DataViews by kind and size;
 * - other objects by their constructor with an article (`a Tensor`, `an object`), functions as
 *   `a function`, symbols and bigints as JavaScript prints them.
 *
 * @example
 * ```ts
 * formatValue(-0);                   // '-0'
 * formatValue('1e-6');               // '"1e-6"'
 * formatValue([2, -1]);              // '[2,-1]'
 * formatValue(new Float32Array(3));  // 'a Float32Array of length 3'
 * formatValue(new Map());            // 'a Map'
 * ```
 */
export function formatValue(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'function':
      return 'a function';
    case 'symbol':
    case 'boolean':
    case 'undefined':
      return String(value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return isShort(value) ? bracketed(value) : `an array of length ${value.length}`;
  if (value instanceof DataView) return `a DataView of ${value.byteLength} bytes`;
  if (ArrayBuffer.isView(value)) {
    return `${withArticle(value.constructor.name)} of length ${(value as unknown as { length: number }).length}`;
  }
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? withArticle(name) : 'an object';
}

/** `"fan_in", "fan_out"`: a list of allowed strings for a message. */
export function formatChoices(choices: readonly string[]): string {
  return choices.map((c) => JSON.stringify(c)).join(', ');
}

/** Up to 8 elements, each a number or itself such an array: printed in full. */
function isShort(array: readonly unknown[]): boolean {
  return array.length <= 8 && array.every((v) => typeof v === 'number' || (Array.isArray(v) && isShort(v)));
}

function bracketed(array: readonly unknown[]): string {
  return `[${array.map((v) => (Array.isArray(v) ? bracketed(v) : formatValue(v))).join(',')}]`;
}

function withArticle(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
