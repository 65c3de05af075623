/**
 * Renders a received value for an error message, the `${value}` of
 * `` `${fn}: ${param} must be ${condition}, got ${value}` ``: numbers as JavaScript prints them
 * (NaN, Infinity), strings quoted, arrays and typed arrays by kind and length, anything else by
 * its `typeof`.
 *
 * @example
 * formatValue(NaN); // 'NaN'
 * formatValue('1e-6'); // '"1e-6"'
 * formatValue(new Float32Array(3)); // 'a Float32Array of length 3'
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) {
    const length = (value as unknown as { length?: number }).length ?? value.byteLength;
    return `a ${value.constructor.name} of length ${length}`;
  }
  return `a value of type ${typeof value}`;
}
