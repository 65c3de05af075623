/**
 * Formats a value for an error message: shapes and number arrays as `[2,3]`, strings quoted,
 * typed arrays and other objects by their constructor name.
 */
export function format(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (Array.isArray(v) ? format(v) : String(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'object';
  }
  return String(value);
}

/** Formats a shape as `[2,3]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(',')}]`;
}
