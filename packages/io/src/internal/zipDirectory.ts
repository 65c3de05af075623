/**
 * Reading a zip archive's central directory (PKWARE APPNOTE.TXT 4.3.12–4.3.16, with the zip64
 * records of 4.3.14–4.3.15 and the zip64 extra field of 4.5.3), so that one member of a large
 * `.npz` can be read from a Blob without reading the members before it. fflate's streaming
 * Unzip reads forward from the first byte, which for the last member of a 10 GB archive means
 * reading 10 GB; the directory at the end gives every member's offset. Decompression is
 * fflate's; this file only locates bytes.
 */

export interface ZipMember {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  readonly flags: number;
}

/** How many bytes at the end of the file to read to find the end records (EOCD + comment + zip64 records). */
export const TAIL_LENGTH = 22 + 0xffff + 20 + 56;

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
export const LOCAL = 0x04034b50;

/**
 * Finds the central directory from the last bytes of the file (`tail`, which starts at file
 * offset `tailOffset`). Returns its offset, size and entry count, or an error phrase.
 */
export function findDirectory(
  tail: Uint8Array,
  tailOffset: number,
  fileSize: number,
): { offset: number; size: number; count: number } | string {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let at = -1;
  for (let p = tail.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) === EOCD && p + 22 + view.getUint16(p + 20, true) === tail.length) {
      at = p;
      break;
    }
  }
  if (at < 0) return 'has no end-of-central-directory record (not a zip archive, or truncated)';
  if (view.getUint16(at + 4, true) !== 0 || view.getUint16(at + 6, true) !== 0) return 'is a multi-disk archive';
  let count = view.getUint16(at + 10, true);
  let size = view.getUint32(at + 12, true);
  let offset = view.getUint32(at + 16, true);
  let directoryEnd = tailOffset + at;
  if (at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) {
    const z = Number(view.getBigUint64(at - 12, true));
    const local = z - tailOffset;
    if (local < 0 || local + 56 > at - 20 || view.getUint32(local, true) !== ZIP64_EOCD) {
      return 'has a zip64 locator that points at no zip64 end record';
    }
    count = safe(view.getBigUint64(local + 32, true));
    size = safe(view.getBigUint64(local + 40, true));
    offset = safe(view.getBigUint64(local + 48, true));
    directoryEnd = z;
  }
  if (!(offset >= 0 && size >= 0 && count >= 0 && offset + size <= directoryEnd && directoryEnd <= fileSize)) {
    return `declares a central directory at bytes [${offset}, ${offset + size}) that does not end before its end record at ${directoryEnd}`;
  }
  if (count * 46 > size) return `declares ${count} members in a ${size}-byte central directory`;
  return { offset, size, count };
}

/** Parses the central directory's `count` entries, or returns an error phrase. */
export function parseDirectory(bytes: Uint8Array, count: number, directoryOffset: number): ZipMember[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const members: ZipMember[] = [];
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL)
      return `has a malformed central directory entry ${k}`;
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) return `has a central directory entry ${k} that runs past the directory`;
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // The zip64 extra field holds, in this order, each of the three that reads 0xFFFFFFFF.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(e, true);
      const length = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        const next = (): number | undefined => {
          if (q + 8 > e + 4 + length) return undefined;
          const v = safe(view.getBigUint64(q, true));
          q += 8;
          return v;
        };
        if (uncompressedSize === 0xffffffff) uncompressedSize = next() ?? -1;
        if (compressedSize === 0xffffffff) compressedSize = next() ?? -1;
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next() ?? -1;
        if (uncompressedSize < 0 || compressedSize < 0 || localHeaderOffset < 0) {
          return `has a zip64 extra field too short for member ${JSON.stringify(name)}`;
        }
      }
      e += 4 + length;
    }
    if (localHeaderOffset + 30 + compressedSize > directoryOffset) {
      return `has member ${JSON.stringify(name)} whose data would run past the central directory`;
    }
    members.push({ name, method, crc, compressedSize, uncompressedSize, localHeaderOffset, flags });
    p = end;
  }
  return members;
}

/** The data's offset from the member's 30-byte local header, or an error phrase. */
export function localDataOffset(member: ZipMember, local: Uint8Array): number | string {
  const view = new DataView(local.buffer, local.byteOffset, local.byteLength);
  if (local.length < 30 || view.getUint32(0, true) !== LOCAL) {
    return `has no local header for member ${JSON.stringify(member.name)} at byte ${member.localHeaderOffset}`;
  }
  return member.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
}

/** 2⁵³ or more becomes -1, which every caller's range checks then refuse. */
function safe(v: bigint): number {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : -1;
}
