import { describe, expect, it } from 'vitest';
import { crc32 } from '../src/internal/crc32.js';

// Published check values: CRC-32/ISO-HDLC of "123456789" is 0xCBF43926 (the CRC catalogue,
// reveng.sourceforge.io); the empty string gives 0. Other lengths are checked against the zip
// archives numpy wrote (golden.test.ts reads them, CRC-checked), covering every tail length.
describe('crc32', () => {
  it('gives the catalogue check value and 0 for no bytes', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with the byte-at-a-time definition at every length and alignment', () => {
    const slow = (bytes: Uint8Array): number => {
      let c = -1;
      for (const b of bytes) {
        c ^= b;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      }
      return (c ^ -1) >>> 0;
    };
    const data = new Uint8Array(300).map((_, i) => (i * 167 + 13) & 0xff);
    for (let start = 0; start < 9; start++) {
      for (let length = 0; length < 40; length++) {
        const part = data.subarray(start, start + length);
        expect(crc32(part)).toBe(slow(part));
      }
    }
  });
});
