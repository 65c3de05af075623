/** Argument checks shared by the public entry points; messages follow `${fn}: ${param} must be …`. */

export function validateFloatArray(
  fn: string,
  param: string,
  out: unknown,
): asserts out is Float32Array | Float64Array {
  if (!(out instanceof Float32Array) && !(out instanceof Float64Array)) {
    throw new TypeError(`${fn}: ${param} must be a Float32Array or Float64Array, got ${describe(out)}`);
  }
}

export function validateSize(fn: string, param: string, size: unknown): asserts size is number {
  if (typeof size !== 'number') {
    throw new TypeError(`${fn}: ${param} must be a number, got ${describe(size)}`);
  }
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`${fn}: ${param} must be a non-negative integer, got ${size}`);
  }
}

export function validateFinite(fn: string, param: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${param} must be a number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${param} must be finite, got ${value}`);
  }
}

/** Checks low < high for a truncation or uniform interval (infinite ends allowed when `open`). */
export function validateInterval(fn: string, low: unknown, high: unknown, allowInfinite: boolean): void {
  for (const [name, v] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (typeof v !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${describe(v)}`);
    if (Number.isNaN(v) || (!allowInfinite && !Number.isFinite(v))) {
      throw new RangeError(`${fn}: ${name} must be ${allowInfinite ? 'a number, not NaN' : 'finite'}, got ${v}`);
    }
  }
  if (!((low as number) < (high as number))) {
    throw new RangeError(`${fn}: low must be less than high, got low = ${String(low)}, high = ${String(high)}`);
  }
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object')
    return withArticle((value.constructor as { name?: string } | undefined)?.name ?? 'object');
  return String(value);
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
