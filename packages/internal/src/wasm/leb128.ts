/**
 * LEB128 integer encodings of the WebAssembly binary format (core spec §5.2.2): unsigned for
 * sizes, counts and indices, signed for `i32.const` immediates.
 *
 * @example
 * ```ts
 * leb128(624485);       // [0xe5, 0x8e, 0x26]
 * leb128(-1, 'signed'); // [0x7f]
 * ```
 */
export function leb128(value: number, kind: 'unsigned' | 'signed' = 'unsigned'): number[] {
  const out: number[] = [];
  if (kind === 'unsigned') {
    do {
      let byte = value & 0x7f;
      value >>>= 7;
      if (value !== 0) byte |= 0x80;
      out.push(byte);
    } while (value !== 0);
    return out;
  }
  value |= 0;
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7; // arithmetic shift: the sign propagates
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}
