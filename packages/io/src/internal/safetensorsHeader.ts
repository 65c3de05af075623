import { fail, formatValue } from '@nninit/internal';
import type { ArrayDType } from '../NdArray.js';
import { BY_SAFETENSORS } from './dtypes.js';
import { type Json, type JsonObject, parseStrictJson } from './strictJson.js';

/**
 * The safetensors format (huggingface/safetensors README.md and safetensors/src/tensor.rs): an
 * unsigned 64-bit little-endian header length N, N bytes of UTF-8 JSON (starting with `{`, maybe
 * padded with spaces), then the byte buffer. The JSON maps each tensor name to
 * `{"dtype", "shape", "data_offsets": [begin, end]}`, offsets relative to the buffer, and may
 * hold `"__metadata__"`, a map of strings to strings. Data is little-endian, C order.
 */

/** tensor.rs's limit on N (`MAX_HEADER_SIZE`). */
export const MAX_SAFETENSORS_HEADER = 100_000_000;

/** Bits per element of every dtype the format defines (tensor.rs `Dtype::bitsize`). */
const BITS: Readonly<Record<string, number>> = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
};

/** One tensor of a safetensors file, as its header declares it. */
export interface SafetensorsEntry {
  readonly name: string;
  /** The file's dtype string (`F32`, `BF16`, …); {@link ArrayDType} when nninit can read it. */
  readonly fileDType: string;
  readonly dtype: ArrayDType | undefined;
  readonly shape: readonly number[];
  /** Where its bytes are, from the start of the file (8 + N + begin). */
  readonly byteOffset: number;
  readonly byteLength: number;
}

export interface SafetensorsHeader {
  readonly metadata: Readonly<Record<string, string>>;
  /** In file order (by offset). */
  readonly entries: readonly SafetensorsEntry[];
  readonly dataStart: number;
}

/** Reads N from the first 8 bytes and checks it against the file size and the format's limit. */
export function parseSafetensorsPrefix(fn: string, param: string, head: Uint8Array, fileSize: number): number {
  if (head.length < 8) {
    throw fail(RangeError, fn, param, 'a safetensors file of at least 8 bytes', `${head.length} bytes`);
  }
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_SAFETENSORS_HEADER)) {
    throw fail(
      RangeError,
      fn,
      `the header length of ${param}`,
      `at most ${MAX_SAFETENSORS_HEADER} bytes (safetensors' limit)`,
      `${n} bytes`,
    );
  }
  if (Number(n) > fileSize - 8) {
    throw new RangeError(
      `${fn}: ${param} is truncated: its header claims ${n} bytes, but the file has only ${fileSize - 8} after the length`,
    );
  }
  return Number(n);
}

/** Parses and validates the JSON header (the N bytes after the length) against the file size. */
export function parseSafetensorsHeader(
  fn: string,
  param: string,
  headerBytes: Uint8Array,
  fileSize: number,
): SafetensorsHeader {
  const bad = (what: string): RangeError => new RangeError(`${fn}: the safetensors header of ${param} ${what}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch {
    throw bad('must be UTF-8, got invalid bytes');
  }
  if (!text.startsWith('{')) throw bad(`must start with "{", got ${formatValue(text.slice(0, 20))}`);
  const json = parseStrictJson(text, true);
  if (typeof json === 'string') throw bad(`is not valid JSON without duplicate keys: ${json}`);
  if (!(json instanceof Map)) throw bad('must be a JSON object');
  const dataStart = 8 + headerBytes.length;
  const metadata: Record<string, string> = {};
  const entries: SafetensorsEntry[] = [];
  for (const [name, value] of json) {
    if (name === '__metadata__') {
      if (value === null) continue;
      if (!(value instanceof Map)) throw bad(`must map "__metadata__" to an object of strings, got ${kind(value)}`);
      for (const [k, v] of value) {
        if (typeof v !== 'string')
          throw bad(`must map "__metadata__" to strings only, got ${kind(v)} for ${formatValue(k)}`);
        Object.defineProperty(metadata, k, { value: v, enumerable: true, writable: false });
      }
      continue;
    }
    entries.push(parseEntry(name, value, dataStart, bad));
  }
  // tensor.rs `validate`: sorted by offsets, the entries must tile the buffer exactly.
  entries.sort((a, b) => a.byteOffset - b.byteOffset || a.byteLength - b.byteLength);
  let expected = dataStart;
  for (const e of entries) {
    const begin = e.byteOffset - dataStart;
    if (e.byteOffset !== expected) {
      throw bad(
        `must give tensors contiguous, non-overlapping data_offsets from 0: ${formatValue(e.name)} starts at ${begin}, expected ${expected - dataStart}`,
      );
    }
    expected += e.byteLength;
  }
  if (expected !== fileSize) {
    throw bad(
      expected > fileSize
        ? `declares data up to byte ${expected - dataStart} of the buffer, past the end of the file (${fileSize - dataStart} bytes of data): the file is truncated or the offsets are out of bounds`
        : `declares ${expected - dataStart} bytes of data, but the file has ${fileSize - expected} bytes more`,
    );
  }
  return { metadata: Object.freeze(metadata), entries, dataStart };
}

function parseEntry(name: string, value: Json, dataStart: number, bad: (what: string) => RangeError): SafetensorsEntry {
  const where = `tensor ${formatValue(name)}`;
  if (!(value instanceof Map)) throw bad(`must map ${where} to an object, got ${kind(value)}`);
  const get = (key: string): Json | undefined => (value as JsonObject).get(key);
  const dtype = get('dtype');
  const shape = get('shape');
  const offsets = get('data_offsets');
  if (typeof dtype !== 'string' || BITS[dtype] === undefined) {
    throw bad(`must give ${where} a dtype among ${Object.keys(BITS).join(' ')}, got ${kind(dtype)}`);
  }
  if (!Array.isArray(shape) || !shape.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0)) {
    throw bad(`must give ${where} a shape of non-negative integers, got ${kind(shape)}`);
  }
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every((d) => typeof d === 'number' && Number.isSafeInteger(d) && d >= 0)
  ) {
    throw bad(`must give ${where} data_offsets [begin, end] of non-negative integers, got ${kind(offsets)}`);
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) throw bad(`must give ${where} data_offsets with end ≥ begin, got [${begin},${end}]`);
  let size = 1;
  for (const d of shape as number[]) size *= d;
  const bits = size * (BITS[dtype] as number);
  if (!Number.isSafeInteger(bits)) throw bad(`must give ${where} a shape of size below 2^53, got ${kind(shape)}`);
  if (bits % 8 !== 0) throw bad(`must give ${where} a whole number of bytes, got ${size} elements of ${dtype}`);
  if (bits / 8 !== end - begin) {
    throw bad(
      `must give ${where} data_offsets spanning its ${bits / 8} bytes (${size} elements of ${dtype}), got [${begin},${end}] (${end - begin} bytes)`,
    );
  }
  return {
    name,
    fileDType: dtype,
    dtype: BY_SAFETENSORS.get(dtype)?.name,
    shape: shape as number[],
    byteOffset: dataStart + begin,
    byteLength: end - begin,
  };
}

function kind(v: Json | undefined): string {
  if (v instanceof Map) return 'an object';
  if (Array.isArray(v)) return v.length <= 8 && v.every((x) => typeof x === 'number') ? `[${v.join(',')}]` : 'an array';
  return formatValue(v);
}

/** Alignment-descending, then name order: the safetensors writer's (tensor.rs `prepare`). */
export function safetensorsOrder(a: { name: string; bytes: number }, b: { name: string; bytes: number }): number {
  return b.bytes - a.bytes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * The 8-byte length and the JSON header for tensors already in file order, padded with spaces
 * to a multiple of 8 bytes as the reference writer does, `__metadata__` first.
 */
export function formatSafetensorsHeader(
  entries: readonly { name: string; dtype: string; shape: readonly number[]; byteLength: number }[],
  metadata: Readonly<Record<string, string>> | undefined,
): Uint8Array {
  const parts: string[] = [];
  if (metadata !== undefined) parts.push(`"__metadata__":${JSON.stringify(metadata)}`);
  let offset = 0;
  for (const e of entries) {
    parts.push(
      `${JSON.stringify(e.name)}:{"dtype":"${e.dtype}","shape":[${e.shape.join(',')}],"data_offsets":[${offset},${offset + e.byteLength}]}`,
    );
    offset += e.byteLength;
  }
  const json = new TextEncoder().encode(`{${parts.join(',')}}`);
  const n = Math.ceil(json.length / 8) * 8;
  const out = new Uint8Array(8 + n);
  new DataView(out.buffer).setBigUint64(0, BigInt(n), true);
  out.set(json, 8);
  out.fill(0x20, 8 + json.length);
  return out;
}
