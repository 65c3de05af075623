import { allocate } from '@nninit/internal';
import type { ArrayData } from '../NdArray.js';
import type { DTypeInfo } from './dtypes.js';
import { HOST_LITTLE_ENDIAN } from './dtypes.js';
import { floatBitsToBfloat, floatBitsToHalf, halfTable } from './float16.js';
import { cToFortran, fortranToC, unitsOf } from './transpose.js';

/**
 * Decodes `bytes` (exactly `count · info.bytes` of them) stored with the given byte order and
 * element order into a C-order typed array. float16 and bfloat16 widen to float32 bit-exactly.
 * With `adopt` (the bytes are a fresh buffer the reader itself made, never the caller's), bytes
 * already in host order, C order and aligned become the array without a copy; otherwise the
 * result is a new array: the one copy a reader makes.
 */
export function decodeData(
  fn: string,
  bytes: Uint8Array,
  info: DTypeInfo,
  count: number,
  shape: readonly number[],
  littleEndian: boolean,
  fortranOrder: boolean,
  adopt = false,
): ArrayData {
  const plain = info.name !== 'float16' && info.name !== 'bfloat16';
  if (
    adopt &&
    plain &&
    littleEndian === HOST_LITTLE_ENDIAN &&
    (!fortranOrder || shape.length < 2) &&
    bytes.byteOffset % info.bytes === 0 &&
    bytes.byteLength === count * info.bytes
  ) {
    return new info.Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, count);
  }
  const out = allocate(fn, `an array of ${count} ${info.name} elements`, info.Type, count);
  if (info.name === 'float16' || info.name === 'bfloat16') {
    const bits = new Uint32Array(out.buffer, out.byteOffset, count);
    const halves = halfWords(bytes, count, littleEndian);
    if (info.name === 'float16') {
      const table = halfTable();
      for (let i = 0; i < count; i++) bits[i] = table[halves[i] as number] as number;
    } else {
      for (let i = 0; i < count; i++) bits[i] = (halves[i] as number) << 16;
    }
  } else {
    new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(bytes);
    if (littleEndian !== HOST_LITTLE_ENDIAN) swapBytes(new Uint8Array(out.buffer), info.bytes);
  }
  if (!fortranOrder || shape.length < 2) return out;
  const c = allocate(fn, `an array of ${count} ${info.name} elements`, info.Type, count);
  const from = unitsOf(out, out.BYTES_PER_ELEMENT);
  fortranToC(from.units, unitsOf(c, c.BYTES_PER_ELEMENT).units, shape, from.width);
  return c;
}

/**
 * The bytes of C-order `data` as a file stores them with the given byte order and element order.
 * Native byte order and C order need no work: the result is a view of `data`'s own memory, so a
 * streaming writer holds no second copy.
 */
export function encodeData(
  fn: string,
  data: ArrayData,
  info: DTypeInfo,
  shape: readonly number[],
  littleEndian: boolean,
  fortranOrder: boolean,
): Uint8Array {
  const count = data.length;
  let ordered: ArrayData = data;
  if (fortranOrder && shape.length >= 2) {
    ordered = allocate(fn, `an array of ${count} ${info.name} elements`, info.Type, count);
    const from = unitsOf(data, data.BYTES_PER_ELEMENT);
    cToFortran(from.units, unitsOf(ordered, ordered.BYTES_PER_ELEMENT).units, shape, from.width);
  }
  if (info.name === 'float16' || info.name === 'bfloat16') {
    const bits = new Uint32Array(ordered.buffer, ordered.byteOffset, count);
    const halves = allocate(fn, `the ${count} ${info.name} elements`, Uint16Array, count);
    if (info.name === 'float16') for (let i = 0; i < count; i++) halves[i] = floatBitsToHalf(bits[i] as number);
    else for (let i = 0; i < count; i++) halves[i] = floatBitsToBfloat(bits[i] as number);
    const out = new Uint8Array(halves.buffer);
    if (littleEndian !== HOST_LITTLE_ENDIAN) swapBytes(out, 2);
    return out;
  }
  const bytes = new Uint8Array(ordered.buffer, ordered.byteOffset, ordered.byteLength);
  if (littleEndian === HOST_LITTLE_ENDIAN || info.bytes === 1) return bytes;
  const swapped = ordered === data ? bytes.slice() : bytes;
  swapBytes(swapped, info.bytes);
  return swapped;
}

/** Reverses the bytes of each `width`-byte element of `bytes`, in place. */
function swapBytes(bytes: Uint8Array, width: number): void {
  if (width === 1) return;
  for (let i = 0; i + width <= bytes.length; i += width) {
    for (let a = i, b = i + width - 1; a < b; a++, b--) {
      const t = bytes[a] as number;
      bytes[a] = bytes[b] as number;
      bytes[b] = t;
    }
  }
}

/** The 16-bit words of `bytes` in host order: a view when aligned and in host order, else a copy. */
function halfWords(bytes: Uint8Array, count: number, littleEndian: boolean): Uint16Array {
  const aligned = bytes.byteOffset % 2 === 0 && littleEndian === HOST_LITTLE_ENDIAN;
  if (aligned) return new Uint16Array(bytes.buffer, bytes.byteOffset, count);
  const copy = new Uint8Array(bytes);
  if (littleEndian !== HOST_LITTLE_ENDIAN) swapBytes(copy, 2);
  return new Uint16Array(copy.buffer, 0, count);
}
