import type { NdArray } from '../NdArray.js';
import { decodeData } from './codec.js';
import { type NpyHeader, parseNpyHeader, parseNpyPrefix } from './npyHeader.js';
import { type ByteSource, readExactly, truncated } from './source.js';

/** Reads and validates a `.npy` header from `source` (two small reads). */
export async function readNpyHeaderFrom(
  fn: string,
  param: string,
  source: ByteSource,
  maxHeaderSize: number,
): Promise<NpyHeader> {
  const head = await source.read(0, Math.min(12, source.size));
  const { major, headerEnd } = parseNpyPrefix(fn, param, head, maxHeaderSize);
  const prefix = major === 1 ? 10 : 12;
  const headerBytes = await readExactly(fn, param, source, prefix, headerEnd - prefix, 'its header');
  const header = parseNpyHeader(fn, param, major, headerBytes, headerEnd);
  if (headerEnd + header.dataLength > source.size) {
    throw truncated(
      fn,
      param,
      `the data of shape [${header.shape}] ${header.dtype}`,
      headerEnd + header.dataLength,
      source.size,
    );
  }
  if (headerEnd + header.dataLength < source.size) {
    throw new RangeError(
      `${fn}: ${param} must end after its ${header.dataLength} bytes of data, got ${source.size - headerEnd - header.dataLength} bytes more`,
    );
  }
  return header;
}

/** The synchronous twin of {@link readNpyHeaderFrom} followed by the data, on bytes in memory. */
export function readNpyBytes(
  fn: string,
  param: string,
  bytes: Uint8Array,
  maxHeaderSize: number,
  adopt = false,
): NdArray {
  const { major, headerEnd } = parseNpyPrefix(fn, param, bytes.subarray(0, 12), maxHeaderSize);
  const prefix = major === 1 ? 10 : 12;
  if (headerEnd > bytes.length) throw truncated(fn, param, 'its header', headerEnd, bytes.length);
  const header = parseNpyHeader(fn, param, major, bytes.subarray(prefix, headerEnd), headerEnd);
  const end = headerEnd + header.dataLength;
  if (end > bytes.length) {
    throw truncated(fn, param, `the data of shape [${header.shape}] ${header.dtype}`, end, bytes.length);
  }
  if (end < bytes.length) {
    throw new RangeError(
      `${fn}: ${param} must end after its ${header.dataLength} bytes of data, got ${bytes.length - end} bytes more`,
    );
  }
  return decodeNpy(fn, header, bytes.subarray(headerEnd, end), adopt);
}

/** The array of a parsed header and its data bytes. */
export function decodeNpy(fn: string, header: NpyHeader, data: Uint8Array, adopt = false): NdArray {
  return {
    dtype: header.dtype,
    shape: header.shape,
    data: decodeData(
      fn,
      data,
      header.info,
      header.size,
      header.shape,
      header.byteOrder === 'little',
      header.fortranOrder,
      adopt,
    ),
  } as NdArray;
}
