import { leb128 } from './leb128.js';

/**
 * The WebAssembly instructions the matmul, Philox and MT19937 kernels use, as byte sequences (core spec §5.4 and the
 * fixed-width SIMD proposal's binary encoding, merged into the core spec in 2.0). Each helper
 * returns the encoding of one instruction, so a function body reads like its text format:
 * `[...wasm.get(x), ...wasm.get(y), ...wasm.f64x2Mul()]` is `(f64x2.mul (local.get x) (local.get y))`.
 *
 * Memory instructions take a static byte `offset` (added to the address operand) and declare
 * their natural alignment, which is only a hint: unaligned accesses are correct, and the kernels'
 * are aligned anyway.
 */
export const wasm = {
  // Types (§5.3.1) and block type "no result".
  i32: 0x7f,
  i64: 0x7e,
  f64: 0x7c,
  v128: 0x7b,
  void: 0x40,

  // Control (§5.4.1).
  block: (): number[] => [0x02, 0x40],
  loop: (): number[] => [0x03, 0x40],
  if: (): number[] => [0x04, 0x40],
  else: (): number[] => [0x05],
  end: (): number[] => [0x0b],
  br: (depth: number): number[] => [0x0c, ...leb128(depth)],
  brIf: (depth: number): number[] => [0x0d, ...leb128(depth)],
  return: (): number[] => [0x0f],
  /** select: (a, b, i32 c) → a if c ≠ 0, else b. */
  select: (): number[] => [0x1b],

  // Variables and integers (§5.4.4, §5.4.7).
  get: (local: number): number[] => [0x20, ...leb128(local)],
  set: (local: number): number[] => [0x21, ...leb128(local)],
  /** local.tee: sets the local and leaves the value on the stack. */
  tee: (local: number): number[] => [0x22, ...leb128(local)],
  i32Const: (value: number): number[] => [0x41, ...leb128(value, 'signed')],
  i32Eqz: (): number[] => [0x45],
  i32LtU: (): number[] => [0x49],
  i32GeU: (): number[] => [0x4f],
  i32Add: (): number[] => [0x6a],
  i32Sub: (): number[] => [0x6b],
  i32Mul: (): number[] => [0x6c],
  i32RemU: (): number[] => [0x70],
  i32And: (): number[] => [0x71],
  i32Or: (): number[] => [0x72],
  i32Shl: (): number[] => [0x74],
  i32ShrS: (): number[] => [0x75],
  i32ShrU: (): number[] => [0x76],
  /** i32.store: (address, value) → stores 4 bytes at address + offset. */
  i32Store: (offset: number): number[] => [0x36, 2, ...leb128(offset)],
  i32Load: (offset: number): number[] => [0x28, 2, ...leb128(offset)],

  // 64-bit integers and doubles (§5.4.7), scalar.
  /** i64.const for values in the 32-bit signed range (the signed LEB128 of the same number). */
  i64Const: (value: number): number[] => [0x42, ...leb128(value, 'signed')],
  i64Sub: (): number[] => [0x7d],
  i64Shl: (): number[] => [0x86],
  i64ShrU: (): number[] => [0x88],
  i32WrapI64: (): number[] => [0xa7],
  i64ExtendI32S: (): number[] => [0xac],
  /** i64.reinterpret_f64: a double's IEEE 754 bits as an integer. */
  i64ReinterpretF64: (): number[] => [0xbd],
  /** f64.reinterpret_i64: an integer's bits as a double. */
  f64ReinterpretI64: (): number[] => [0xbf],
  /** f64.const: the double itself (its 8 bytes, little-endian). */
  f64Const: (value: number): number[] => [0x44, ...new Uint8Array(new Float64Array([value]).buffer)],
  /** f64.load: the double at address + offset. */
  f64Load: (offset: number): number[] => [0x2b, 3, ...leb128(offset)],
  /** f64.store: (address, value) → stores 8 bytes at address + offset. */
  f64Store: (offset: number): number[] => [0x39, 3, ...leb128(offset)],
  f64Eq: (): number[] => [0x61],
  f64Lt: (): number[] => [0x63],
  f64Ge: (): number[] => [0x66],
  f64Abs: (): number[] => [0x99],
  f64Sqrt: (): number[] => [0x9f],
  f64Add: (): number[] => [0xa0],
  f64Sub: (): number[] => [0xa1],
  f64Mul: (): number[] => [0xa2],
  f64Div: (): number[] => [0xa3],
  /** f64.convert_i32_s: a signed 32-bit integer → double (exact). */
  f64ConvertI32S: (): number[] => [0xb7],

  // SIMD (prefix 0xfd, then the opcode in LEB128).
  /** v128.load: the 16 bytes at address + offset. */
  load: (offset: number): number[] => simd(0x00, 4, ...leb128(offset)),
  /** v128.store: (address, vector) → stores 16 bytes at address + offset. */
  store: (offset: number): number[] => simd(0x0b, 4, ...leb128(offset)),
  /** i8x16.shuffle: (a, b) → bytes picked from the 32 bytes of a then b by the 16 indices. */
  shuffle: (bytes: readonly number[]): number[] => simd(0x0d, ...bytes),
  /** v128.load32_splat: all four 32-bit lanes ← the float at address + offset. */
  load32Splat: (offset: number): number[] => simd(0x09, 2, ...leb128(offset)),
  /** v128.load64_splat: both f64 lanes ← the double at address + offset. */
  load64Splat: (offset: number): number[] => simd(0x0a, 3, ...leb128(offset)),
  /** v128.load32_zero: lane 0 ← the 32 bits at address + offset, other lanes 0. */
  load32Zero: (offset: number): number[] => simd(0x5c, 2, ...leb128(offset)),
  /** v128.load64_zero: lane 0 ← the 64 bits at address + offset, lane 1 ← 0. */
  load64Zero: (offset: number): number[] => simd(0x5d, 3, ...leb128(offset)),
  /** v128.load32_lane: (address, vector) → vector with 32-bit lane `lane` replaced from memory. */
  load32Lane: (offset: number, lane: number): number[] => simd(0x56, 2, ...leb128(offset), lane),
  /** v128.load64_lane: (address, vector) → vector with 64-bit lane `lane` replaced from memory. */
  load64Lane: (offset: number, lane: number): number[] => simd(0x57, 3, ...leb128(offset), lane),
  /** v128.store32_lane: (address, vector) → stores 32-bit lane `lane`. */
  store32Lane: (offset: number, lane: number): number[] => simd(0x5a, 2, ...leb128(offset), lane),
  /** v128.store64_lane: (address, vector) → stores 64-bit lane `lane`. */
  store64Lane: (offset: number, lane: number): number[] => simd(0x5b, 3, ...leb128(offset), lane),
  /** f32x4.demote_f64x2_zero: two doubles → two floats (round to nearest even) in lanes 0, 1. */
  demote: (): number[] => simd(0x5e),
  /** f64x2.promote_low_f32x4: floats in lanes 0, 1 → two doubles (exact). */
  promote: (): number[] => simd(0x5f),
  /** v128.const: the 16 bytes of four little-endian 32-bit words (Philox's multipliers and counters). */
  v128Const32: (words: readonly number[]): number[] =>
    simd(0x0c, ...words.flatMap((w) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24])),
  /** i32x4.splat: all four 32-bit lanes ← the i32 operand. */
  i32x4Splat: (): number[] => simd(0x11),
  /** v128.and: bitwise and. */
  v128And: (): number[] => simd(0x4e),
  /** v128.or: bitwise or. */
  v128Or: (): number[] => simd(0x50),
  /** v128.andnot: (a, b) → a & ~b. */
  v128Andnot: (): number[] => simd(0x4f),
  /** v128.bitselect: (a, b, mask) → (a & mask) | (b & ~mask). */
  v128Bitselect: (): number[] => simd(0x52),
  /** f64x2.lt: lane-wise a < b as all-ones / all-zeros lanes (false when either is NaN). */
  f64x2Lt: (): number[] => simd(0x49),
  /** f64x2.gt: lane-wise a > b as all-ones / all-zeros lanes (false when either is NaN). */
  f64x2Gt: (): number[] => simd(0x4a),
  /** v128.xor: bitwise exclusive or. */
  v128Xor: (): number[] => simd(0x51),
  /** i32x4.add: lane-wise addition modulo 2³². */
  i32x4Add: (): number[] => simd(0xae),
  /** i32x4.shl: (vector, i32 count) → each lane shifted left by count mod 32. */
  i32x4Shl: (): number[] => simd(0xab),
  /** i32x4.shr_s: (vector, i32 count) → each lane shifted right by count mod 32, copies of the sign bit in. */
  i32x4ShrS: (): number[] => simd(0xac),
  /** i32x4.shr_u: (vector, i32 count) → each lane shifted right by count mod 32, zeros in. */
  i32x4ShrU: (): number[] => simd(0xad),
  /** i32x4.mul: lane-wise product modulo 2³² (the low words of 32×32 products). */
  i32x4Mul: (): number[] => simd(0xb5),
  /** i64x2.extmul_low_i32x4_u: the full 64-bit products of lanes 0, 1 (unsigned). */
  i64x2ExtmulLowI32x4U: (): number[] => simd(0xde),
  /** i64x2.extmul_high_i32x4_u: the full 64-bit products of lanes 2, 3 (unsigned). */
  i64x2ExtmulHighI32x4U: (): number[] => simd(0xdf),
  f32x4Add: (): number[] => simd(0xe4),
  f32x4Mul: (): number[] => simd(0xe6),
  f64x2Add: (): number[] => simd(0xf0),
  f64x2Mul: (): number[] => simd(0xf2),
  /** f32x4.convert_i32x4_s: four signed 32-bit integers → floats (exact below 2²⁴). */
  f32x4ConvertI32x4S: (): number[] => simd(0xfa),
  /**
   * f64x2.convert_low_i32x4_s: lanes 0, 1 as signed 32-bit integers → two doubles (exact). For
   * values below 2³¹ it equals the unsigned form and is one x86 instruction (`cvtdq2pd`) where the
   * unsigned one takes three.
   */
  f64x2ConvertLowI32x4S: (): number[] => simd(0xfe),
  /** f64x2.convert_low_i32x4_u: lanes 0, 1 as unsigned 32-bit integers → two doubles (exact). */
  f64x2ConvertLowI32x4U: (): number[] => simd(0xff),
} as const;

function simd(opcode: number, ...immediates: number[]): number[] {
  return [0xfd, ...leb128(opcode), ...immediates];
}
