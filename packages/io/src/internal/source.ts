import { fail } from '@nninit/internal';

/**
 * Random access to a file's bytes: a Blob (a browser `File`, or Node's `fs.openAsBlob`), read
 * slice by slice so that one tensor of a large file is read without the rest; or bytes already
 * in memory, read as views.
 */
export interface ByteSource {
  readonly size: number;
  /** Whether `read` returns a new buffer each time (a Blob's, or openFile's): readers may adopt it. */
  readonly fresh: boolean;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/**
 * Marks a {@link RandomAccessSource} whose `read` returns a new buffer each time, which no one
 * else holds (`openFile`'s), so readers may adopt the bytes as the array instead of copying.
 */
export const FRESH_READS: unique symbol = Symbol('nninit.io.freshReads');

/** Bytes in memory as a Uint8Array view, or a TypeError naming `fn` and `param`. */
export function toBytes(fn: string, param: string, value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw fail(TypeError, fn, param, 'a Uint8Array or an ArrayBuffer', value);
}

/**
 * A {@link ByteSource} over a Blob, bytes in memory, or a caller's `{ size, read }`, or a
 * TypeError naming `fn` and `param`.
 */
export function toSource(fn: string, param: string, value: unknown): ByteSource {
  if (isRandomAccess(value)) {
    if (!Number.isSafeInteger(value.size) || value.size < 0) {
      throw fail(RangeError, fn, `${param}.size`, 'a non-negative integer', value.size);
    }
    return {
      size: value.size,
      fresh: (value as { [FRESH_READS]?: unknown })[FRESH_READS] === true,
      read: async (offset, length) => {
        const bytes: unknown = await value.read(offset, length);
        if (!(bytes instanceof Uint8Array)) throw fail(TypeError, fn, `${param}.read()`, 'a Uint8Array', bytes);
        if (bytes.length > length) {
          throw fail(RangeError, fn, `${param}.read(${offset}, ${length})`, `at most ${length} bytes`, bytes);
        }
        return bytes;
      },
    };
  }
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    return {
      size: value.size,
      fresh: true,
      read: async (offset, length) => new Uint8Array(await value.slice(offset, offset + length).arrayBuffer()),
    };
  }
  if (!(value instanceof Uint8Array || value instanceof ArrayBuffer)) {
    throw fail(TypeError, fn, param, 'a Blob, a Uint8Array, an ArrayBuffer or a { size, read }', value);
  }
  const bytes = toBytes(fn, param, value);
  return { size: bytes.length, fresh: false, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

/** Reads exactly `length` bytes at `offset`, or a RangeError saying the file is truncated. */
export async function readExactly(
  fn: string,
  param: string,
  source: ByteSource,
  offset: number,
  length: number,
  what: string,
): Promise<Uint8Array> {
  if (offset + length > source.size) throw truncated(fn, param, what, offset + length, source.size);
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) throw truncated(fn, param, what, offset + length, offset + bytes.length);
  return bytes;
}

/** The error for a file shorter than its own header says it is. */
export function truncated(fn: string, param: string, what: string, needed: number, size: number): RangeError {
  return new RangeError(`${fn}: ${param} is truncated: ${what} needs ${needed} bytes, got a file of ${size} bytes`);
}

function isRandomAccess(value: unknown): value is { size: number; read: (offset: number, length: number) => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(typeof Blob !== 'undefined' && value instanceof Blob) &&
    typeof (value as { read?: unknown }).read === 'function' &&
    'size' in value
  );
}
