import { wasm, wasmModule } from '@nninit/internal/wasm';
import { PHILOX_M0, PHILOX_M1, PHILOX_W0, PHILOX_W1 } from './philoxBlock.js';

// Parameters 0–6, then locals: 4 i32, 4 + 8·GROUPS_PER_ITERATION v128 (4 shared, then 8 per block group).
const [K0, K1, C1, C2, C3, LO, GROUPS, PTR, ROUND, KA, KB] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const [MV0, MV1, KAV, KBV] = [11, 12, 13, 14];
/** One group's state (X0..X3: word k of four blocks) and temporaries (L0, H0, L1, H1). */
interface Group {
  X0: number;
  X1: number;
  X2: number;
  X3: number;
  L0: number;
  H0: number;
  L1: number;
  H1: number;
}
const group = (first: number): Group => ({
  X0: first,
  X1: first + 1,
  X2: first + 2,
  X3: first + 3,
  L0: first + 4,
  H0: first + 5,
  L1: first + 6,
  H1: first + 7,
});
/**
 * Independent groups of four blocks per iteration: a round of one group is a chain of dependent
 * multiply, shuffle and xor instructions, and the other groups' rounds fill its latency. Four
 * groups (36 v128 locals, more than x86-64's 16 vector registers, so V8 spills some) still beat
 * two and three: `pnpm bench philox-kernel` times all three, with the same bits, beside each
 * other (bench/RESULTS.md).
 */
const GROUPS_PER_ITERATION = 4;

/** Blocks the product kernel computes per iteration, the unit of its `groups` argument. */
export const PHILOX_WASM_BLOCKS_PER_ITERATION = 4 * GROUPS_PER_ITERATION;

/** Byte lanes picking the high 32-bit word of each of the four 64-bit products. */
const HIGH_WORDS = [4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31];
/** 4×4 transpose, step 1: interleave words 0,1 (or 2,3) of two vectors. */
const ZIP_LOW = [0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23];
const ZIP_HIGH = [8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31];
/** Step 2: join the low (or high) 64-bit halves of two vectors. */
const JOIN_LOW = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const JOIN_HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];

/** 2⁻²⁷ and 2⁻⁵³ as two float64 lanes (their IEEE 754 bits as little-endian 32-bit words). */
const TWO_POW_MINUS_27_X2 = [0, 0x3e400000, 0, 0x3e400000];
const TWO_POW_MINUS_53_X2 = [0, 0x3ca00000, 0, 0x3ca00000];
/** Moves 32-bit lanes 2, 3 to lanes 0, 1 (for the conversion, which reads lanes 0, 1). */
const HIGH_HALF = [8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15];

const TWO_POW_MINUS_24_X4 = [0x33800000, 0x33800000, 0x33800000, 0x33800000];

/** What the kernel writes per block: its four words, or layout 1's two float64 or float32 uniforms. */
type Output = 'words' | 'uniform64' | 'uniform32';
/** Bytes written per block: four words, two float64 or two float32 uniforms. */
const BYTES_PER_BLOCK: Record<Output, number> = { words: 16, uniform64: 16, uniform32: 8 };

function body(output: Output, groupsPerIteration: number): number[] {
  const { get, set } = wasm;
  const splat = (i: number): number[] => [...get(i), ...wasm.i32x4Splat()];
  const shuffle = (a: number, b: number, lanes: number[]): number[] => [...get(a), ...get(b), ...wasm.shuffle(lanes)];
  // hi(x·m) for four lanes: the two widening products, then their high words.
  const mulhi = (x: number, m: number): number[] => [
    ...get(x),
    ...get(m),
    ...wasm.i64x2ExtmulLowI32x4U(),
    ...get(x),
    ...get(m),
    ...wasm.i64x2ExtmulHighI32x4U(),
    ...wasm.shuffle(HIGH_WORDS),
  ];
  const store = (offset: number, a: number, b: number, lanes: number[]): number[] => [
    ...get(PTR),
    ...shuffle(a, b, lanes),
    ...wasm.store(offset),
  ];
  const start = (g: Group, first: number): number[] => [
    ...splat(LO),
    ...wasm.v128Const32([first, first + 1, first + 2, first + 3]),
    ...wasm.i32x4Add(),
    ...set(g.X0),
    ...splat(C1),
    ...set(g.X1),
    ...splat(C2),
    ...set(g.X2),
    ...splat(C3),
    ...set(g.X3),
  ];
  const round = (g: Group): number[] => [
    ...get(g.X0),
    ...get(MV0),
    ...wasm.i32x4Mul(),
    ...set(g.L0),
    ...mulhi(g.X0, MV0),
    ...set(g.H0),
    ...get(g.X2),
    ...get(MV1),
    ...wasm.i32x4Mul(),
    ...set(g.L1),
    ...mulhi(g.X2, MV1),
    ...set(g.H1),
    ...get(g.H1),
    ...get(g.X1),
    ...wasm.v128Xor(),
    ...get(KAV),
    ...wasm.v128Xor(),
    ...set(g.X0),
    ...get(g.L1),
    ...set(g.X1),
    ...get(g.H0),
    ...get(g.X3),
    ...wasm.v128Xor(),
    ...get(KBV),
    ...wasm.v128Xor(),
    ...set(g.X2),
    ...get(g.L0),
    ...set(g.X3),
  ];
  // Transpose (X0..X3 hold word k of four blocks) into four blocks of four words, and store them.
  const finish = (g: Group, offset: number): number[] => [
    ...shuffle(g.X0, g.X1, ZIP_LOW),
    ...set(g.L0),
    ...shuffle(g.X2, g.X3, ZIP_LOW),
    ...set(g.H0),
    ...shuffle(g.X0, g.X1, ZIP_HIGH),
    ...set(g.L1),
    ...shuffle(g.X2, g.X3, ZIP_HIGH),
    ...set(g.H1),
    ...store(offset, g.L0, g.H0, JOIN_LOW),
    ...store(offset + 16, g.L0, g.H0, JOIN_HIGH),
    ...store(offset + 32, g.L1, g.H1, JOIN_LOW),
    ...store(offset + 48, g.L1, g.H1, JOIN_HIGH),
  ];
  // Float64 uniforms of four blocks: element 2j is (a, b) = (X0[j], X1[j]), element 2j + 1 is
  // (X2[j], X3[j]). Interleaving X0 with X2 (and X1 with X3) puts a (and b) of elements 0–3 in
  // block order; the value (a ≫ 5)·2⁻²⁷ + (b ≫ 6)·2⁻⁵³ is exact (two scalings by powers of two,
  // and a sum that fits 53 bits), so it equals the scalar formula bit for bit. a ≫ 5 and b ≫ 6 are
  // below 2²⁷, so the signed conversion (one instruction on x86) reads them as the unsigned would.
  const shifted = (x: number, y: number, lanes: number[], by: number): number[] => [
    ...shuffle(x, y, lanes),
    ...wasm.i32Const(by),
    ...wasm.i32x4ShrU(),
  ];
  const pair = (a: number, b: number, high: boolean): number[] => [
    ...(high ? shuffle(a, a, HIGH_HALF) : get(a)),
    ...wasm.f64x2ConvertLowI32x4S(),
    ...wasm.v128Const32(TWO_POW_MINUS_27_X2),
    ...wasm.f64x2Mul(),
    ...(high ? shuffle(b, b, HIGH_HALF) : get(b)),
    ...wasm.f64x2ConvertLowI32x4S(),
    ...wasm.v128Const32(TWO_POW_MINUS_53_X2),
    ...wasm.f64x2Mul(),
    ...wasm.f64x2Add(),
  ];
  const storePair = (offset: number, a: number, b: number, high: boolean): number[] => [
    ...get(PTR),
    ...pair(a, b, high),
    ...wasm.store(offset),
  ];
  const finishUniform64 = (g: Group, offset: number): number[] => [
    ...shifted(g.X0, g.X2, ZIP_LOW, 5),
    ...set(g.L0),
    ...shifted(g.X1, g.X3, ZIP_LOW, 6),
    ...set(g.H0),
    ...shifted(g.X0, g.X2, ZIP_HIGH, 5),
    ...set(g.L1),
    ...shifted(g.X1, g.X3, ZIP_HIGH, 6),
    ...set(g.H1),
    ...storePair(offset, g.L0, g.H0, false),
    ...storePair(offset + 16, g.L0, g.H0, true),
    ...storePair(offset + 32, g.L1, g.H1, false),
    ...storePair(offset + 48, g.L1, g.H1, true),
  ];
  // Float32 uniforms of four blocks: element 2j's a is X0[j], element 2j + 1's is X2[j], so the
  // same interleaving gives four elements in order; (a ≫ 8) < 2²⁴ converts exactly, and the
  // scaling by 2⁻²⁴ is exact.
  const storeFloats = (g: Group, offset: number, lanes: number[]): number[] => [
    ...get(PTR),
    ...shifted(g.X0, g.X2, lanes, 8),
    ...wasm.f32x4ConvertI32x4S(),
    ...wasm.v128Const32(TWO_POW_MINUS_24_X4),
    ...wasm.f32x4Mul(),
    ...wasm.store(offset),
  ];
  // Half the bytes of the other outputs: group i's four blocks start at byte 32·i, not 64·i.
  const finishUniform32 = (g: Group, offset: number): number[] => [
    ...storeFloats(g, offset / 2, ZIP_LOW),
    ...storeFloats(g, offset / 2 + 16, ZIP_HIGH),
  ];
  const end = output === 'words' ? finish : output === 'uniform64' ? finishUniform64 : finishUniform32;
  const iteration = Array.from({ length: groupsPerIteration }, (_, i) => group(15 + 8 * i));
  return [
    ...wasm.v128Const32([PHILOX_M0, PHILOX_M0, PHILOX_M0, PHILOX_M0]),
    ...set(MV0),
    ...wasm.v128Const32([PHILOX_M1, PHILOX_M1, PHILOX_M1, PHILOX_M1]),
    ...set(MV1),
    ...wasm.loop(), // 4·groupsPerIteration blocks
    ...iteration.flatMap((g, i) => start(g, 4 * i)),
    ...get(K0),
    ...set(KA),
    ...get(K1),
    ...set(KB),
    ...wasm.i32Const(10),
    ...set(ROUND),
    ...wasm.loop(), // one round of both groups
    ...splat(KA),
    ...set(KAV),
    ...splat(KB),
    ...set(KBV),
    ...iteration.flatMap(round),
    ...get(KA),
    ...wasm.i32Const(PHILOX_W0),
    ...wasm.i32Add(),
    ...set(KA),
    ...get(KB),
    ...wasm.i32Const(PHILOX_W1),
    ...wasm.i32Add(),
    ...set(KB),
    ...get(ROUND),
    ...wasm.i32Const(-1),
    ...wasm.i32Add(),
    ...set(ROUND),
    ...get(ROUND),
    ...wasm.brIf(0),
    ...wasm.end(),
    ...iteration.flatMap((g, i) => end(g, 64 * i)),
    ...get(PTR),
    ...wasm.i32Const(4 * groupsPerIteration * BYTES_PER_BLOCK[output]),
    ...wasm.i32Add(),
    ...set(PTR),
    ...get(LO),
    ...wasm.i32Const(4 * groupsPerIteration),
    ...wasm.i32Add(),
    ...set(LO),
    ...get(GROUPS),
    ...wasm.i32Const(-1),
    ...wasm.i32Add(),
    ...set(GROUPS),
    ...get(GROUPS),
    ...wasm.brIf(0),
    ...wasm.end(),
  ]; // wasmModule closes the function body with its own end
}

/** Names of the parameters and locals, in index order (the constants above), for the text form. */
const localNames = (groupsPerIteration: number): string[] => [
  ...['k0', 'k1', 'c1', 'c2', 'c3', 'lo', 'groups', 'ptr', 'round', 'ka', 'kb', 'm0', 'm1', 'kav', 'kbv'],
  ...Array.from({ length: groupsPerIteration }, (_, i) => String.fromCharCode(97 + i)).flatMap((g) =>
    ['x0', 'x1', 'x2', 'x3', 'l0', 'h0', 'l1', 'h1'].map((v) => `${g}_${v}`),
  ),
];

/**
 * The module: three functions, `philox(k0, k1, c1, c2, c3, lo, groups)` (the words) and
 * `uniform64(…)` and `uniform32(…)` (the same blocks as float64 or float32 uniforms), each with 4 i32 and
 * 4 + 8·groupsPerIteration v128 locals, and the exported memory it writes to (one 64 KiB page), encoded by the shared
 * assembler of `@nninit/internal/wasm`. With `names`, a name section is added (for the text form
 * committed next to this file as philoxWasm.wat, which scripts/philoxWat.ts writes and a test
 * keeps in sync); the code is the same either way. `groupsPerIteration` (default 4, the product
 * kernel's) exists for `pnpm bench philox-kernel`, which times 2 and 3 beside it: each call
 * then computes 4·groupsPerIteration blocks per iteration.
 */
export function philoxWasmBytes(options: { names?: boolean; groupsPerIteration?: number } = {}): Uint8Array {
  const { groupsPerIteration = GROUPS_PER_ITERATION, ...moduleOptions } = options;
  const kernel = (name: string, output: Output) => ({
    name,
    params: [wasm.i32, wasm.i32, wasm.i32, wasm.i32, wasm.i32, wasm.i32, wasm.i32],
    locals: [
      [4, wasm.i32],
      [4 + 8 * groupsPerIteration, wasm.v128],
    ] as const,
    body: body(output, groupsPerIteration),
    localNames: localNames(groupsPerIteration),
  });
  return wasmModule(
    [kernel('philox', 'words'), kernel('uniform64', 'uniform64'), kernel('uniform32', 'uniform32')],
    moduleOptions,
  );
}
