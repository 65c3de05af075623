/**
 * CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320), the checksum a zip archive stores for
 * each member (APPNOTE.TXT 4.4.7). fflate computes it when writing but does not export it, so
 * the reader verifies members with this one, as Python's zipfile does.
 */
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = (TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
