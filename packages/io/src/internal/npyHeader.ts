import { fail, formatValue, validateByteLength } from '@nninit/internal';
import type { ArrayDType } from '../NdArray.js';
import { BY_NPY, type DTypeInfo } from './dtypes.js';
import { parsePyDict } from './pyLiteral.js';

/**
 * The `.npy` format, as numpy/lib/_format_impl.py (numpy 2.x; `format.py` before) defines it:
 * the magic `\x93NUMPY`, a major and a minor version byte, the header length (u16 little-endian
 * in version 1.0, u32 in 2.0 and 3.0), then the header: a Python dict literal with exactly the
 * keys `descr`, `fortran_order` and `shape`, padded with spaces and a newline so the data starts
 * at a multiple of 64 bytes (16 in old files). Version 3.0 differs from 2.0 only in allowing
 * UTF-8 in the header; earlier versions are latin-1.
 */
export const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59] as const; // \x93NUMPY

/** numpy's default `max_header_size` (np.load refuses longer headers unless told otherwise). */
export const MAX_HEADER_SIZE = 10_000;

/** Bytes before the header: magic, version, length. */
export function prefixLength(major: number): number {
  return major === 1 ? 10 : 12;
}

export interface NpyHeader {
  readonly version: '1.0' | '2.0' | '3.0';
  readonly dtype: ArrayDType;
  readonly byteOrder: 'little' | 'big';
  readonly fortranOrder: boolean;
  readonly shape: readonly number[];
  /** Elements: prod(shape), 1 for `()`. */
  readonly size: number;
  /** Where the data starts, from the start of the file. */
  readonly dataOffset: number;
  /** Bytes of data: size · itemsize. */
  readonly dataLength: number;
  readonly info: DTypeInfo;
}

/**
 * Reads the magic, version and header length from the first bytes (at least 12, or fewer if the
 * file is that short) and returns where the header ends, refusing a bad magic, an unknown
 * version or a header over `maxHeaderSize` before anything is read or allocated.
 */
export function parseNpyPrefix(
  fn: string,
  param: string,
  head: Uint8Array,
  maxHeaderSize: number,
): { major: number; minor: number; headerEnd: number } {
  if (head.length < 10) throw fail(RangeError, fn, param, 'a .npy file of at least 10 bytes', `${head.length} bytes`);
  for (let k = 0; k < NPY_MAGIC.length; k++) {
    if (head[k] !== NPY_MAGIC[k]) {
      throw new RangeError(
        `${fn}: ${param} must be a .npy file starting with the magic \\x93NUMPY, got the bytes ${hexBytes(head.subarray(0, 6))}`,
      );
    }
  }
  const major = head[6] as number;
  const minor = head[7] as number;
  if (!(major >= 1 && major <= 3) || minor !== 0) {
    throw fail(RangeError, fn, param, '.npy format version 1.0, 2.0 or 3.0', `version ${major}.${minor}`);
  }
  if (major > 1 && head.length < 12) throw fail(RangeError, fn, param, 'a complete .npy prefix', 'a truncated file');
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const length = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (length > maxHeaderSize) {
    throw new RangeError(
      `${fn}: the .npy header of ${param} must be at most maxHeaderSize = ${maxHeaderSize} bytes (numpy's max_header_size), got ${length}`,
    );
  }
  return { major, minor, headerEnd: prefixLength(major) + length };
}

/** Parses the header dict (the bytes between the prefix and `headerEnd`). */
export function parseNpyHeader(
  fn: string,
  param: string,
  major: number,
  headerBytes: Uint8Array,
  dataOffset: number,
): NpyHeader {
  const text = decodeHeader(fn, param, major, headerBytes);
  const dict = parsePyDict(text);
  if (typeof dict === 'string') throw new RangeError(`${fn}: the .npy header of ${param} is not a valid dict: ${dict}`);
  const keys = [...dict.keys()].sort();
  if (keys.join() !== 'descr,fortran_order,shape') {
    throw fail(RangeError, fn, `the .npy header keys of ${param}`, 'exactly "descr", "fortran_order", "shape"', keys);
  }
  const descr = dict.get('descr');
  const fortranOrder = dict.get('fortran_order');
  const shapeValue = dict.get('shape');
  if (typeof fortranOrder !== 'boolean') {
    throw fail(RangeError, fn, `fortran_order in the .npy header of ${param}`, 'True or False', fortranOrder);
  }
  if (
    typeof shapeValue !== 'object' ||
    !('tuple' in shapeValue) ||
    !shapeValue.tuple.every((d): d is number => typeof d === 'number')
  ) {
    throw new RangeError(
      `${fn}: shape in the .npy header of ${param} must be a tuple of integers, got ${describe(shapeValue)}`,
    );
  }
  const shape = shapeValue.tuple as number[];
  if (typeof descr !== 'string') {
    throw new RangeError(
      `${fn}: descr in the .npy header of ${param} must be a simple dtype string such as '<f4' (structured dtypes are not supported), got ${describe(descr)}`,
    );
  }
  const { info, byteOrder } = parseDescr(fn, param, descr);
  let size = 1;
  for (const d of shape) size *= d;
  if (!Number.isSafeInteger(size)) {
    throw fail(RangeError, fn, `shape in the .npy header of ${param}`, 'of a size below 2^53', shape);
  }
  validateByteLength(fn, `${param}'s array of shape ${formatValue(shape)}`, size, info.bytes);
  return {
    version: `${major}.0` as NpyHeader['version'],
    dtype: info.name,
    byteOrder,
    fortranOrder,
    shape,
    size,
    dataOffset,
    dataLength: size * info.bytes,
    info,
  };
}

/** The dtype and byte order of a `descr` string such as `<f4`, `>i8` or `|u1`. */
function parseDescr(fn: string, param: string, descr: string): { info: DTypeInfo; byteOrder: 'little' | 'big' } {
  const order = descr[0];
  const info = BY_NPY.get(descr.slice(1));
  if (descr.includes('O')) {
    throw new RangeError(
      `${fn}: ${param} holds an object array (descr ${JSON.stringify(descr)}), which numpy stores as a pickle; nninit never unpickles`,
    );
  }
  if (info === undefined || !(order === '<' || order === '>' || (order === '|' && info.bytes === 1))) {
    throw fail(
      RangeError,
      fn,
      `descr in the .npy header of ${param}`,
      `one of '<f2' '<f4' '<f8' '|i1' '<i2' '<i4' '<i8' '|u1' '<u2' '<u4' '<u8' (or '>' for big-endian)`,
      descr,
    );
  }
  return { info, byteOrder: order === '>' ? 'big' : 'little' };
}

function decodeHeader(fn: string, param: string, major: number, bytes: Uint8Array): string {
  if (major === 3) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new RangeError(`${fn}: the version 3.0 .npy header of ${param} must be UTF-8, got invalid bytes`);
    }
  }
  let text = '';
  for (let k = 0; k < bytes.length; k++) text += String.fromCharCode(bytes[k] as number); // latin-1
  return text;
}

function describe(v: unknown): string {
  if (typeof v === 'object' && v !== null && 'tuple' in v) return 'a tuple of non-integers';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Map) return 'a dict';
  return formatValue(v);
}

function hexBytes(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

/**
 * The complete prefix and header numpy's `write_array_header_2_0`/`_wrap_header` writes for an
 * array: keys in sorted order, `repr(shape)`, 21 − len(repr(growth axis)) spaces of room to grow
 * the array in place (numpy ≥ 1.25), then spaces and `\n` to a multiple of 64 bytes; byte for
 * byte what `np.save` writes. `version` undefined picks the oldest that fits, as numpy does.
 */
export function formatNpyHeader(
  descr: string,
  fortranOrder: boolean,
  shape: readonly number[],
  version: '1.0' | '2.0' | '3.0' | undefined,
): Uint8Array {
  const shapeRepr = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': ${fortranOrder ? 'True' : 'False'}, 'shape': ${shapeRepr}, }`;
  if (shape.length > 0) header += ' '.repeat(21 - String(shape[fortranOrder ? shape.length - 1 : 0]).length);
  const fitsVersion1 = header.length + 1 + (64 - ((10 + header.length + 1) % 64)) <= 0xffff;
  const major = version === undefined ? (fitsVersion1 ? 1 : 2) : Number(version[0]);
  const prefix = prefixLength(major);
  const padding = 64 - ((prefix + header.length + 1) % 64);
  const total = prefix + header.length + padding + 1;
  const out = new Uint8Array(total);
  out.set(NPY_MAGIC);
  out[6] = major;
  out[7] = 0;
  const view = new DataView(out.buffer);
  if (major === 1) view.setUint16(8, total - prefix, true);
  else view.setUint32(8, total - prefix, true);
  for (let k = 0; k < header.length; k++) out[prefix + k] = header.charCodeAt(k);
  out.fill(0x20, prefix + header.length, total - 1);
  out[total - 1] = 0x0a;
  return out;
}
