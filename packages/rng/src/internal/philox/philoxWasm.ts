import { PHILOX_M0, PHILOX_M1, PHILOX_W0, PHILOX_W1 } from './philoxBlock.js';

/**
 * Computes Philox4x32-10 for `8·groups` consecutive counters (lo + j, c1, c2, c3), j = 0 … 8·groups − 1
 * (lo + j must not pass 2³²), and writes the words block after block to the start of `memory`.
 */
export interface WasmPhilox {
  readonly memory: { readonly buffer: ArrayBuffer };
  /** Blocks that fit in `memory`. */
  readonly capacity: number;
  run(k0: number, k1: number, c1: number, c2: number, c3: number, lo: number, groups: number): void;
}

/**
 * The Philox bulk kernel in WebAssembly SIMD: four counter blocks per 128-bit lane set (two such
 * sets interleaved per iteration), the
 * 32×32→64 products from `i64x2.extmul_{low,high}_i32x4_u`, the high words gathered by one
 * shuffle, the state transposed back to block order before each store. About 4× the scalar
 * JavaScript kernel; same bits (checked against {@link philoxBlock} in the tests).
 *
 * The module is assembled here from its instructions, so its source is this file: no binary
 * blob, no build step. Returns undefined where WebAssembly SIMD is unavailable; callers then use
 * the JavaScript kernel.
 */
export function createWasmPhilox(): WasmPhilox | undefined {
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (api === undefined) return undefined;
  const bytes = moduleBytes();
  if (!api.validate(bytes)) return undefined;
  const { exports } = new api.Instance(new api.Module(bytes));
  const memory = exports.memory as WasmPhilox['memory'];
  const run = exports.philox as WasmPhilox['run'];
  return { memory, capacity: memory.buffer.byteLength / 16, run };
}

/** The part of the WebAssembly JS API used here (typed locally: the DOM lib is not in scope). */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

// Opcodes (WebAssembly core spec §5.4 and the SIMD proposal's binary encoding).
const I32 = 0x7f,
  V128 = 0x7b,
  VOID = 0x40;
const LOOP = 0x03,
  END = 0x0b,
  BR_IF = 0x0d;
const LOCAL_GET = 0x20,
  LOCAL_SET = 0x21,
  I32_CONST = 0x41,
  I32_ADD = 0x6a;
const SIMD = 0xfd;
const V128_STORE = 0x0b,
  V128_CONST = 0x0c,
  SHUFFLE = 0x0d,
  I32X4_SPLAT = 0x11,
  V128_XOR = 0x51;
const I32X4_ADD = 0xae,
  I32X4_MUL = 0xb5,
  EXTMUL_LOW_U = 0xde,
  EXTMUL_HIGH_U = 0xdf;

// Parameters 0–6, then locals: 4 i32, 20 v128 (4 shared, then 8 for each of two block groups).
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
// Two independent groups of four blocks per iteration: a round of one group is a chain of
// dependent multiply, shuffle and xor instructions, and the other group's round fills its latency
// (measured: about 1.4× the throughput of one group).
const GROUPS_PER_ITERATION = [group(15), group(23)];

/** Byte lanes picking the high 32-bit word of each of the four 64-bit products. */
const HIGH_WORDS = [4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 22, 23, 28, 29, 30, 31];
/** 4×4 transpose, step 1: interleave words 0,1 (or 2,3) of two vectors. */
const ZIP_LOW = [0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23];
const ZIP_HIGH = [8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31];
/** Step 2: join the low (or high) 64-bit halves of two vectors. */
const JOIN_LOW = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const JOIN_HIGH = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];

function body(): number[] {
  const get = (i: number): number[] => [LOCAL_GET, i];
  const set = (i: number): number[] => [LOCAL_SET, i];
  const simd = (op: number, ...imm: number[]): number[] => [SIMD, ...uleb(op), ...imm];
  const i32const = (v: number): number[] => [I32_CONST, ...sleb(v | 0)];
  const splat = (i: number): number[] => [...get(i), ...simd(I32X4_SPLAT)];
  const shuffle = (a: number, b: number, lanes: number[]): number[] => [
    ...get(a),
    ...get(b),
    ...simd(SHUFFLE, ...lanes),
  ];
  const words = (v: number[]): number[] => v.flatMap((w) => [w & 0xff, (w >>> 8) & 0xff, (w >>> 16) & 0xff, w >>> 24]);
  const v128const = (v: number[]): number[] => simd(V128_CONST, ...words(v));
  // hi(x·m) for four lanes: the two widening products, then their high words.
  const mulhi = (x: number, m: number): number[] => [
    ...get(x),
    ...get(m),
    ...simd(EXTMUL_LOW_U),
    ...get(x),
    ...get(m),
    ...simd(EXTMUL_HIGH_U),
    ...simd(SHUFFLE, ...HIGH_WORDS),
  ];
  const store = (offset: number, a: number, b: number, lanes: number[]): number[] => [
    ...get(PTR),
    ...shuffle(a, b, lanes),
    ...simd(V128_STORE, 4, ...uleb(offset)),
  ];
  const start = (g: Group, first: number): number[] => [
    ...splat(LO),
    ...v128const([first, first + 1, first + 2, first + 3]),
    ...simd(I32X4_ADD),
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
    ...simd(I32X4_MUL),
    ...set(g.L0),
    ...mulhi(g.X0, MV0),
    ...set(g.H0),
    ...get(g.X2),
    ...get(MV1),
    ...simd(I32X4_MUL),
    ...set(g.L1),
    ...mulhi(g.X2, MV1),
    ...set(g.H1),
    ...get(g.H1),
    ...get(g.X1),
    ...simd(V128_XOR),
    ...get(KAV),
    ...simd(V128_XOR),
    ...set(g.X0),
    ...get(g.L1),
    ...set(g.X1),
    ...get(g.H0),
    ...get(g.X3),
    ...simd(V128_XOR),
    ...get(KBV),
    ...simd(V128_XOR),
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
  const [A, B] = GROUPS_PER_ITERATION as [Group, Group];
  return [
    ...v128const([PHILOX_M0, PHILOX_M0, PHILOX_M0, PHILOX_M0]),
    ...set(MV0),
    ...v128const([PHILOX_M1, PHILOX_M1, PHILOX_M1, PHILOX_M1]),
    ...set(MV1),
    LOOP,
    VOID, // eight blocks
    ...start(A, 0),
    ...start(B, 4),
    ...get(K0),
    ...set(KA),
    ...get(K1),
    ...set(KB),
    ...i32const(10),
    ...set(ROUND),
    LOOP,
    VOID, // one round of both groups
    ...splat(KA),
    ...set(KAV),
    ...splat(KB),
    ...set(KBV),
    ...round(A),
    ...round(B),
    ...get(KA),
    ...i32const(PHILOX_W0),
    I32_ADD,
    ...set(KA),
    ...get(KB),
    ...i32const(PHILOX_W1),
    I32_ADD,
    ...set(KB),
    ...get(ROUND),
    ...i32const(-1),
    I32_ADD,
    LOCAL_SET,
    ROUND,
    ...get(ROUND),
    BR_IF,
    0,
    END,
    ...finish(A, 0),
    ...finish(B, 64),
    ...get(PTR),
    ...i32const(128),
    I32_ADD,
    ...set(PTR),
    ...get(LO),
    ...i32const(8),
    I32_ADD,
    ...set(LO),
    ...get(GROUPS),
    ...i32const(-1),
    I32_ADD,
    LOCAL_SET,
    GROUPS,
    ...get(GROUPS),
    BR_IF,
    0,
    END,
    END,
  ];
}

function moduleBytes(): Uint8Array {
  const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];
  const name = (s: string): number[] => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
  const code = [2, 4, I32, 20, V128, ...body()]; // local declarations, then the body
  return new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00, // "\0asm", version 1
    ...section(1, [1, 0x60, 7, I32, I32, I32, I32, I32, I32, I32, 0]), // type: (7 × i32) → ()
    ...section(3, [1, 0]), // function 0 has type 0
    ...section(5, [1, 0x00, 1]), // one memory of one 64 KiB page
    ...section(7, [2, ...name('philox'), 0x00, 0, ...name('memory'), 0x02, 0]),
    ...section(10, [1, ...uleb(code.length), ...code]),
  ]);
}

/** Unsigned LEB128. */
function uleb(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

/** Signed LEB128 of an int32. */
function sleb(value: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (byte & 0x40) === 0) || (value === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}
