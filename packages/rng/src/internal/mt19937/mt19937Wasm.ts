import { wasm, wasmModule, webAssembly } from '@nninit/internal/wasm';
import { glibcLogWasmTable } from '../glibcLog/glibcLogWasm.js';
import { POLAR_LOCAL_NAMES, POLAR_LOCALS, polarBody } from './polarWasm.js';

/** MT19937's degree n and middle distance m (Matsumoto & Nishimura 1998, Table 2). */
export const MT_N = 624;
export const MT_M = 397;

/**
 * Byte addresses in the kernel's memory (one 64 KiB page). The state takes n + 1 words: word n is
 * a copy of the new word 0, which the last steps of the twist read (see `twist` below).
 */
export const MT_STATE = 0;
export const MT_OUTPUTS = 2560;
export const MT_DOUBLES = 8192;
/** Doubles the buffer at {@link MT_DOUBLES} holds, plus three of slack for a last partial group. */
export const MT_DOUBLES_CAPACITY = 4096;
/** glibc's log table ({@link glibcLogWasmTable}, 4 KiB), copied in when an instance is created. */
export const MT_LOG_TABLE = 41984;
/** The polar method's list of pairs left to the exact log: a count, then value slots (i32). */
export const MT_SLOW = 46080;

/**
 * The kernel's memory and its three functions. During a bulk call, a generator's state (n words
 * at {@link MT_STATE}) and tempered outputs (at {@link MT_OUTPUTS}) are copied into `memory`,
 * worked on there and copied back, through typed-array views.
 */
export interface WasmMT19937 {
  readonly memory: { readonly buffer: ArrayBuffer };
  /** Regenerates all n state words (the reference's `genrand_int32` refill) and writes their tempered outputs. */
  twist(): void;
  /**
   * Writes 4·groups doubles numpy's way, ((a ≫ 5)·2²⁶ + (b ≫ 6))·2⁻⁵³, from the consecutive
   * words at byte address `src` (8 words per group of four doubles) to byte address `dst`.
   */
  doubles(src: number, dst: number, groups: number): void;
  /**
   * The polar method on the 2·pairs uniforms at byte address `src`, in place: see
   * {@link polarBody}. Returns the number of values written; the pairs it leaves to the exact
   * log are listed at {@link MT_SLOW}.
   */
  gauss(src: number, pairs: number): number;
}

/**
 * An instance of the MT19937 kernel, with glibc's log table in its memory, or undefined where
 * WebAssembly SIMD is missing (generators then run their JavaScript loops, which give the same
 * words). MT19937.ts creates one when it loads, and every generator shares it.
 */
export function createWasmMT19937(): WasmMT19937 | undefined {
  const api = webAssembly();
  const bytes = mt19937WasmBytes();
  if (!api?.validate(bytes)) return undefined;
  const { exports } = new api.Instance(new api.Module(bytes));
  const memory = exports.memory as WasmMT19937['memory'];
  new Float64Array(memory.buffer, MT_LOG_TABLE, 512).set(glibcLogWasmTable());
  return {
    memory,
    twist: exports.twist as WasmMT19937['twist'],
    doubles: exports.doubles as WasmMT19937['doubles'],
    gauss: exports.gauss as WasmMT19937['gauss'],
  };
}

const splat4 = (word: number): number[] => wasm.v128Const32([word, word, word, word]);
const UPPER_MASK = splat4(0x80000000);
const LOWER_MASK = splat4(0x7fffffff);
const MATRIX_A = splat4(0x9908b0df);

// twist: locals 0 (pointer), 1 (count), 2 (y, v128), 3 (t, v128).
const [PTR, COUNT, Y, T] = [0, 1, 2, 3];

/**
 * `mt[k..k+3] ← mt[k+m..] ⊕ (y ≫ 1) ⊕ (A if y is odd)`, y = upper bit of mt[k] | lower 31 bits
 * of mt[k+1], for four consecutive k at once, with `PTR + kOffset` the address of mt[k] and
 * `PTR + mOffset` that of the word xored in. Four lanes are safe because each step reads words
 * at least four places ahead of the ones it writes (k + 1 … k + 4 not yet rewritten, k + m) or
 * at least 224 places behind (k + m − n, already rewritten), exactly as the sequential loop does.
 */
function step(kOffset: number, mOffset: number): number[] {
  const { get, set } = wasm;
  return [
    ...get(PTR),
    ...wasm.load(kOffset),
    ...UPPER_MASK,
    ...wasm.v128And(),
    ...get(PTR),
    ...wasm.load(kOffset + 4),
    ...LOWER_MASK,
    ...wasm.v128And(),
    ...wasm.v128Or(),
    ...set(Y),
    ...get(PTR), // the store's address
    ...get(PTR),
    ...wasm.load(mOffset),
    ...get(Y),
    ...wasm.i32Const(1),
    ...wasm.i32x4ShrU(),
    ...wasm.v128Xor(),
    // All ones where y is odd: its low bit moved to the sign, then copied across the lane.
    ...get(Y),
    ...wasm.i32Const(31),
    ...wasm.i32x4Shl(),
    ...wasm.i32Const(31),
    ...wasm.i32x4ShrS(),
    ...MATRIX_A,
    ...wasm.v128And(),
    ...wasm.v128Xor(),
    ...wasm.store(kOffset),
  ];
}

/** `local ← local + by` */
const add = (local: number, by: number): number[] => [
  ...wasm.get(local),
  ...wasm.i32Const(by),
  ...wasm.i32Add(),
  ...wasm.set(local),
];
/** The end of a counted loop: count − 1, and repeat while it is not 0. */
const repeatWhileCount = (): number[] => [...add(COUNT, -1), ...wasm.get(COUNT), ...wasm.brIf(0), ...wasm.end()];

/**
 * The refill in three vector loops. With word n holding the new word 0:
 * k = 0 … 227 in 57 steps of four, xoring mt[k + m] (old words; the last lane, k = 227, reads
 * word n = 624, the new word 0, which each step copies there first); k = 228 … 623 in 99 steps,
 * xoring mt[k + m − n] (new words; lane 623 reads word 624 as its mt[k + 1], the new word 0, as
 * the reference's last step does). Then the tempering of all n words, four at a time.
 */
function twistBody(): number[] {
  const { get, set } = wasm;
  const temper = (shift: number, left: boolean, mask?: number): number[] => [
    ...get(T),
    ...get(T),
    ...wasm.i32Const(shift),
    ...(left ? wasm.i32x4Shl() : wasm.i32x4ShrU()),
    ...(mask === undefined ? [] : [...splat4(mask), ...wasm.v128And()]),
    ...wasm.v128Xor(),
    ...set(T),
  ];
  return [
    ...wasm.i32Const(MT_STATE),
    ...set(PTR),
    ...wasm.i32Const(57),
    ...set(COUNT),
    ...wasm.loop(),
    ...wasm.i32Const(MT_STATE),
    ...wasm.i32Const(MT_STATE),
    ...wasm.load32Zero(0),
    ...wasm.store32Lane(4 * MT_N, 0),
    ...step(0, 4 * MT_M),
    ...add(PTR, 16),
    ...repeatWhileCount(),
    // PTR now addresses mt[k − (n − m)] for k = 228: mt[k] is at PTR + 4·(n − m).
    ...wasm.i32Const(MT_STATE + 4 * (228 - (MT_N - MT_M))),
    ...set(PTR),
    ...wasm.i32Const(99),
    ...set(COUNT),
    ...wasm.loop(),
    ...step(4 * (MT_N - MT_M), 0),
    ...add(PTR, 16),
    ...repeatWhileCount(),
    ...wasm.i32Const(MT_STATE),
    ...set(PTR),
    ...wasm.i32Const(MT_N / 4),
    ...set(COUNT),
    ...wasm.loop(),
    ...get(PTR),
    ...wasm.load(0),
    ...set(T),
    ...temper(11, false),
    ...temper(7, true, 0x9d2c5680),
    ...temper(15, true, 0xefc60000),
    ...temper(18, false),
    ...get(PTR),
    ...get(T),
    ...wasm.store(MT_OUTPUTS - MT_STATE),
    ...add(PTR, 16),
    ...repeatWhileCount(),
  ];
}

// doubles: parameters 0 (src), 1 (dst), 2 (groups), locals 3 (even words), 4 (odd words).
const [SRC, DST, GROUPS, EVEN, ODD] = [0, 1, 2, 3, 4];
/** Words 0, 2, 4, 6 (or 1, 3, 5, 7) of two vectors: the a (or b) words of four doubles. */
const EVEN_WORDS = [0, 1, 2, 3, 8, 9, 10, 11, 16, 17, 18, 19, 24, 25, 26, 27];
const ODD_WORDS = [4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31];
/** Moves 32-bit lanes 2, 3 to lanes 0, 1 (the conversion reads lanes 0, 1). */
const HIGH_HALF = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];
/** 2⁻²⁷ and 2⁻⁵³ as two float64 lanes (their IEEE 754 bits as little-endian 32-bit words). */
const TWO_POW_MINUS_27_X2 = [0, 0x3e400000, 0, 0x3e400000];
const TWO_POW_MINUS_53_X2 = [0, 0x3ca00000, 0, 0x3ca00000];

/**
 * Four doubles per iteration from eight words: a ≫ 5 and b ≫ 6 gathered into two vectors, then
 * (a ≫ 5)·2⁻²⁷ + (b ≫ 6)·2⁻⁵³, which is exact (two scalings by powers of two, and a sum that
 * fits in 53 bits), so it equals numpy's ((a ≫ 5)·2²⁶ + (b ≫ 6)) / 2⁵³ bit for bit. Both shifted
 * words are below 2²⁷, so the signed conversion (one instruction on x86) reads them as the unsigned
 * would.
 */
function doublesBody(): number[] {
  const { get, set } = wasm;
  const gather = (lanes: number[], shift: number, into: number): number[] => [
    ...get(SRC),
    ...wasm.load(0),
    ...get(SRC),
    ...wasm.load(16),
    ...wasm.shuffle(lanes),
    ...wasm.i32Const(shift),
    ...wasm.i32x4ShrU(),
    ...set(into),
  ];
  const half = (high: boolean, offset: number): number[] => [
    ...get(DST),
    ...get(EVEN),
    ...(high ? [...get(EVEN), ...wasm.shuffle(HIGH_HALF)] : []),
    ...wasm.f64x2ConvertLowI32x4S(),
    ...wasm.v128Const32(TWO_POW_MINUS_27_X2),
    ...wasm.f64x2Mul(),
    ...get(ODD),
    ...(high ? [...get(ODD), ...wasm.shuffle(HIGH_HALF)] : []),
    ...wasm.f64x2ConvertLowI32x4S(),
    ...wasm.v128Const32(TWO_POW_MINUS_53_X2),
    ...wasm.f64x2Mul(),
    ...wasm.f64x2Add(),
    ...wasm.store(offset),
  ];
  return [
    ...wasm.loop(),
    ...gather(EVEN_WORDS, 5, EVEN),
    ...gather(ODD_WORDS, 6, ODD),
    ...half(false, 0),
    ...half(true, 16),
    ...add(SRC, 32),
    ...add(DST, 32),
    ...add(GROUPS, -1),
    ...get(GROUPS),
    ...wasm.brIf(0),
    ...wasm.end(),
  ];
}

/**
 * The module: `twist()`, `doubles(src, dst, groups)`, `gauss(src, pairs)` and the exported memory they work in,
 * encoded by the shared assembler of `@nninit/internal/wasm`. With `names`, a name section is
 * added (for the text form committed next to this file as mt19937Wasm.wat, which
 * scripts/mt19937Wat.ts writes and a test keeps in sync); the code is the same either way.
 */
export function mt19937WasmBytes(options: { names?: boolean } = {}): Uint8Array {
  return wasmModule(
    [
      {
        name: 'twist',
        params: [],
        locals: [
          [2, wasm.i32],
          [2, wasm.v128],
        ],
        body: twistBody(),
        localNames: ['ptr', 'count', 'y', 't'],
      },
      {
        name: 'doubles',
        params: [wasm.i32, wasm.i32, wasm.i32],
        locals: [[2, wasm.v128]],
        body: doublesBody(),
        localNames: ['src', 'dst', 'groups', 'even', 'odd'],
      },
      {
        name: 'gauss',
        params: [wasm.i32, wasm.i32],
        results: [wasm.i32],
        locals: POLAR_LOCALS,
        body: polarBody(MT_LOG_TABLE, MT_SLOW),
        localNames: POLAR_LOCAL_NAMES,
      },
    ],
    options,
  );
}
