import { formatBytes } from './formatBytes.js';

/**
 * The most bytes one array buffer may hold: 2³² (4 GiB), V8's limit on 64-bit hosts since Node
 * 14 (`buffer.constants.MAX_LENGTH`), and below SpiderMonkey's and JavaScriptCore's. A request
 * above it is refused with {@link validateByteLength}'s message before anything is allocated.
 */
export const MAX_BYTE_LENGTH = 2 ** 32;

/** A typed-array class that {@link allocate} can construct. */
export type TypedArrayConstructor<A> = {
  new (length: number): A;
  readonly BYTES_PER_ELEMENT: number;
  readonly name: string;
};

/**
 * Refuses a request for `elements` elements of `bytesPerElement` bytes each that is over
 * {@link MAX_BYTE_LENGTH}: a RangeError naming the function and what needs the memory, instead
 * of the engine's `Invalid typed array length` or a process killed by an out-of-memory abort.
 * Call it before any work whose result would need the memory.
 *
 * @example
 * ```ts
 * validateByteLength('permutation', 'n = 1000000000', 1e9, 8);
 * // RangeError: permutation: n = 1000000000 needs 8000000000 bytes (7.45 GiB), more than the
 * //   4294967296-byte (4 GiB) limit of one array
 * ```
 */
export function validateByteLength(fn: string, what: string, elements: number, bytesPerElement: number): void {
  const bytes = elements * bytesPerElement;
  if (bytes > MAX_BYTE_LENGTH) {
    throw new RangeError(
      `${fn}: ${what} needs ${bytes} bytes (${formatBytes(bytes)}), more than the ${MAX_BYTE_LENGTH}-byte (4 GiB) limit of one array`,
    );
  }
}

/**
 * A new zeroed typed array of `length` elements, or a RangeError in nninit's format: over
 * {@link MAX_BYTE_LENGTH} (by {@link validateByteLength}), or more than the host can give (the
 * engine's `Array buffer allocation failed`, rethrown with the function and the size named).
 *
 * @example
 * ```ts
 * allocate('zeros', 'shape [2,3]', Float32Array, 6); // Float32Array(6) [0, 0, 0, 0, 0, 0]
 * ```
 */
export function allocate<A>(fn: string, what: string, Type: TypedArrayConstructor<A>, length: number): A {
  validateByteLength(fn, what, length, Type.BYTES_PER_ELEMENT);
  try {
    return new Type(length);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const bytes = length * Type.BYTES_PER_ELEMENT;
    throw new RangeError(
      `${fn}: ${what} needs ${bytes} bytes (${formatBytes(bytes)}), more than this host could allocate`,
    );
  }
}
