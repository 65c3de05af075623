import { allocate, fail } from '@nninit/internal';
import { inflateSync } from 'fflate';
import type { NdArray } from '../NdArray.js';
import { crc32 } from './crc32.js';
import { readNpyBytes } from './npyRead.js';
import type { Steps } from './steps.js';
import { findDirectory, localDataOffset, parseDirectory, TAIL_LENGTH, type ZipMember } from './zipDirectory.js';

/** Reads the end records and the central directory: the members of an `.npz` archive. */
export function* npzDirectory(fn: string, param: string, size: number): Steps<ZipMember[]> {
  const tailOffset = Math.max(0, size - TAIL_LENGTH);
  const tail = yield [tailOffset, size - tailOffset];
  const found = findDirectory(tail, tailOffset, size);
  if (typeof found === 'string') throw new RangeError(`${fn}: ${param} ${found}`);
  const directory = yield [found.offset, found.size];
  const members = parseDirectory(directory, found.count, found.offset);
  if (typeof members === 'string') throw new RangeError(`${fn}: ${param} ${members}`);
  const names = new Set<string>();
  for (const m of members) {
    // "w.npy" and "w" would both be key "w".
    const key = npzKey(m.name);
    if (names.has(key)) throw fail(RangeError, fn, `the member names of ${param}`, 'unique without ".npy"', m.name);
    names.add(key);
  }
  return members;
}

/** Reads, decompresses (fflate), checks (size, CRC-32) and parses one member as a `.npy` file. */
export function* npzMember(
  fn: string,
  param: string,
  member: ZipMember,
  maxHeaderSize: number,
  fresh = false,
): Steps<NdArray> {
  const what = `member ${JSON.stringify(member.name)} of ${param}`;
  if ((member.flags & 1) !== 0) throw new RangeError(`${fn}: ${what} is encrypted, which .npz files never are`);
  if (member.method !== 0 && member.method !== 8) {
    throw fail(RangeError, fn, `the compression method of ${what}`, '0 (stored) or 8 (deflated)', member.method);
  }
  const local = yield [member.localHeaderOffset, 30];
  const offset = localDataOffset(member, local);
  if (typeof offset === 'string') throw new RangeError(`${fn}: ${param} ${offset}`);
  const compressed = yield [offset, member.compressedSize];
  if (compressed.length !== member.compressedSize) {
    throw new RangeError(
      `${fn}: ${what} is truncated: ${member.compressedSize} bytes declared, ${compressed.length} present`,
    );
  }
  let bytes: Uint8Array;
  if (member.method === 0) {
    if (member.compressedSize !== member.uncompressedSize) {
      throw new RangeError(
        `${fn}: ${what} is stored but declares sizes ${member.compressedSize} and ${member.uncompressedSize}`,
      );
    }
    bytes = compressed;
  } else {
    // Deflate expands at most 1032:1 (a 258-byte match per 2-bit code, RFC 1951), so a larger
    // declared size is a lie: refuse it before allocating what a tiny file claims.
    if (member.uncompressedSize > member.compressedSize * 1032 + 1024) {
      throw new RangeError(
        `${fn}: ${what} declares ${member.uncompressedSize} bytes from ${member.compressedSize} deflated bytes, more than deflate's 1032:1 limit`,
      );
    }
    // The declared size bounds the output: a member that inflates to more is cut there and then
    // fails the length or CRC check, so a decompression bomb allocates no more than it declared.
    const out = allocate(fn, what, Uint8Array, member.uncompressedSize);
    try {
      bytes = inflateSync(compressed, { out });
    } catch (error) {
      throw new RangeError(`${fn}: ${what} is not valid deflate data (${(error as Error).message})`);
    }
    if (bytes.length !== member.uncompressedSize) {
      throw new RangeError(
        `${fn}: ${what} inflates to ${bytes.length} bytes, not the ${member.uncompressedSize} declared`,
      );
    }
  }
  const crc = crc32(bytes);
  if (crc !== member.crc) {
    throw new RangeError(
      `${fn}: ${what} fails its CRC-32 check (stored ${hex(member.crc)}, computed ${hex(crc)}): the file is corrupt`,
    );
  }
  // Inflated bytes are always ours; stored ones only when the source reads into new buffers.
  return readNpyBytes(fn, what, bytes, maxHeaderSize, member.method === 8 || fresh);
}

/** The key numpy gives a member: its name without `.npy` (`np.load(f)['w']` reads `w.npy`). */
export function npzKey(name: string): string {
  return name.endsWith('.npy') ? name.slice(0, -4) : name;
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}
