import type { WasmFunction } from '@nninit/internal/wasm';
import { wasm } from '@nninit/internal/wasm';
import { F64X2, rankOneUpdate } from './rankOneUpdate.js';

/** Parameters of every panel kernel, in order (all i32; strides and addresses in bytes). */
const [A_PTR, SAI, SAP, B_PTR, C_PTR, LDC, TILES, KC, FIRST] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const PARAMS = 9;

/** i8x16.shuffle lanes: the low (high) doubles of two f64x2 vectors, i.e. one row of a column pair. */
const LOW_DOUBLES = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const HIGH_DOUBLES = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];
/** Floats 0, 1 of two demoted vectors (a₀, a₁, 0, 0), (b₀, b₁, 0, 0) → (a₀, b₀, a₁, b₁): two rows of a column pair. */
const ROW_PAIRS = [0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23];

/**
 * One WebAssembly SIMD matmul kernel: C[tile rows, panel columns] (+)= op(A)[rows, 0..kc) ·
 * Bpanel, for `tiles` consecutive tiles of 2·rv rows and a panel of w columns.
 *
 * Vectors run down the rows: an f64x2 accumulator holds C[i,j] and C[i+1,j], so no lane is wasted
 * whatever n is (a 1-column panel is as dense as a 4-column one). At depth p, each row pair of
 * op(A) is gathered into one vector (two lane loads, promoted from float32 if the storage is
 * float32) and each of the w panel values of B is splatted; every accumulator then takes one
 * multiply and one add.
 *
 * Register budget: V8 loads the w splats of a depth step before the arithmetic that uses them
 * (loads are ordered, the arithmetic sinks below them), so rv·w accumulators, rv row vectors, w
 * splats and one product are live at once. x86-64 has 16 vector registers and V8 keeps one for
 * itself; past 15 live vectors accumulators spill, and a spilled accumulator's add waits on a
 * store-to-load round trip every step. The caller's variants stay within the budget.
 *
 * The arithmetic is exactly that of the JavaScript kernels (directKernel64, packedKernel):
 * float64 products accumulated in order p = 0, 1, …, the first one peeled so an exact −0
 * survives; then C ← T (first = 1) or C ← C + T (a later depth block), rounded to C's storage.
 * WebAssembly SIMD has no fused multiply-add, so every result is bit for bit the same.
 *
 * Memory layout, all addresses in bytes:
 * - strided A: op(A)[i,p] of the first tile's row i at A_PTR + i·SAI + p·SAP (float32 or float64
 *   as `bytes`), gathered a row pair at a time (two lane loads, one shuffle);
 * - packed A (`a = 'packed'`, for large products): float64 panels of 2·rv rows as packA64 writes
 *   them, element (i, p) of the first tile at A_PTR + (p·2rv + i)·8, the next tile's panel right
 *   after (SAI and SAP unused): a row pair is one aligned load, no shuffle, no conversion;
 * - the B panel, float64, element (p, c) at B_PTR + (p·w + c)·8;
 * - C[i,c] at C_PTR + i·LDC + c·bytes.
 * A tile past the last row reads and writes whole tiles: the caller pads A and C with 2·rv rows
 * and drops them.
 */
export function panelKernel(bytes: 4 | 8, rv: number, w: number, a: 'strided' | 'packed' = 'strided'): WasmFunction {
  const R = 2 * rv;
  const packed = a === 'packed';
  // Locals after the parameters: R row pointers, the B pointer, the depth counter, then vectors.
  const q = Array.from({ length: R }, (_, r) => PARAMS + r);
  const PB = PARAMS + R,
    P = PB + 1;
  const acc = Array.from({ length: rv }, (_, v) => Array.from({ length: w }, (_, c) => P + 1 + v * w + c));
  const av = Array.from({ length: rv }, (_, v) => P + 1 + rv * w + v);
  const T = P + 1 + rv * w + rv,
    U = T + 1;
  const { get, set } = wasm;

  /** Row pair v of op(A) at the current depth, as two doubles. */
  const loadA = (v: number): number[] =>
    packed
      ? [...get(q[0]!), ...wasm.load(16 * v)]
      : bytes === 8
        ? [...get(q[2 * v + 1]!), ...get(q[2 * v]!), ...wasm.load64Zero(0), ...wasm.load64Lane(0, 1)]
        : [
            ...get(q[2 * v + 1]!),
            ...get(q[2 * v]!),
            ...wasm.load32Zero(0),
            ...wasm.load32Lane(0, 1),
            ...wasm.promote(),
          ];
  /** One depth step: multiply (p = 0) or multiply-add every accumulator. */
  const step = (first: boolean): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) code.push(...loadA(v), ...set(av[v]!));
    code.push(...rankOneUpdate(F64X2, acc, av, PB, T, first));
    if (packed) code.push(...get(q[0]!), ...wasm.i32Const(8 * R), ...wasm.i32Add(), ...set(q[0]!));
    else for (let r = 0; r < R; r++) code.push(...get(q[r]!), ...get(SAP), ...wasm.i32Add(), ...set(q[r]!));
    code.push(...get(PB), ...wasm.i32Const(8 * w), ...wasm.i32Add(), ...set(PB));
    return code;
  };
  /** Row pointers q[r] = base + r·stride. */
  const rowPointers = (base: number, stride: number): number[] => {
    const code = [...get(base), ...set(q[0]!)];
    for (let r = 1; r < R; r++) code.push(...get(q[r - 1]!), ...get(stride), ...wasm.i32Add(), ...set(q[r]!));
    return code;
  };
  /** Stores accumulator (v, c), optionally added to C's current value first (C + T, as in JS). */
  const store = (v: number, c: number, accumulate: boolean): number[] => {
    const lo = q[2 * v]!,
      hi = q[2 * v + 1]!,
      off = bytes * c;
    const code: number[] = [];
    if (accumulate) {
      code.push(...get(hi), ...get(lo));
      if (bytes === 8) code.push(...wasm.load64Zero(off), ...wasm.load64Lane(off, 1));
      else code.push(...wasm.load32Zero(off), ...wasm.load32Lane(off, 1), ...wasm.promote());
      code.push(...get(acc[v]![c]!), ...wasm.f64x2Add());
    } else {
      code.push(...get(acc[v]![c]!));
    }
    if (bytes === 8) {
      code.push(
        ...set(T),
        ...get(lo),
        ...get(T),
        ...wasm.store64Lane(off, 0),
        ...get(hi),
        ...get(T),
        ...wasm.store64Lane(off, 1),
      );
    } else {
      code.push(
        ...wasm.demote(),
        ...set(T),
        ...get(lo),
        ...get(T),
        ...wasm.store32Lane(off, 0),
        ...get(hi),
        ...get(T),
        ...wasm.store32Lane(off, 1),
      );
    }
    return code;
  };
  /**
   * Stores accumulators (v, c) and (v, c + 1), which hold C[i, c..c+1] and C[i+1, c..c+1]
   * column-wise, as two rows: two shuffles and two 16-byte stores (float64), or two demotions,
   * one shuffle and two 8-byte stores (float32), instead of four lane stores. Added to C's current
   * values first when accumulating, in float64 as in JS (C + T, then one rounding).
   */
  const storePair = (v: number, c: number, accumulate: boolean): number[] => {
    const rows = [
      [q[2 * v]!, LOW_DOUBLES],
      [q[2 * v + 1]!, HIGH_DOUBLES],
    ] as const;
    const a = acc[v]![c]!,
      b = acc[v]![c + 1]!,
      off = bytes * c;
    const row = (lanes: readonly number[]): number[] => [...get(a), ...get(b), ...wasm.shuffle(lanes)];
    const code: number[] = [];
    if (bytes === 8) {
      for (const [ptr, lanes] of rows) {
        code.push(...get(ptr));
        if (accumulate) code.push(...get(ptr), ...wasm.load(off), ...row(lanes), ...wasm.f64x2Add());
        else code.push(...row(lanes));
        code.push(...wasm.store(off));
      }
    } else if (accumulate) {
      for (const [ptr, lanes] of rows) {
        code.push(
          ...get(ptr),
          ...get(ptr),
          ...wasm.load64Zero(off),
          ...wasm.promote(),
          ...row(lanes),
          ...wasm.f64x2Add(),
          ...wasm.demote(),
          ...wasm.store64Lane(off, 0),
        );
      }
    } else {
      code.push(...get(a), ...wasm.demote(), ...set(T), ...get(b), ...wasm.demote(), ...set(U));
      code.push(...get(T), ...get(U), ...wasm.shuffle(ROW_PAIRS), ...set(T));
      code.push(
        ...get(rows[0][0]),
        ...get(T),
        ...wasm.store64Lane(off, 0),
        ...get(rows[1][0]),
        ...get(T),
        ...wasm.store64Lane(off, 1),
      );
    }
    return code;
  };
  const stores = (accumulate: boolean): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) {
      let c = 0;
      for (; c + 1 < w; c += 2) code.push(...storePair(v, c, accumulate));
      if (c < w) code.push(...store(v, c, accumulate));
    }
    return code;
  };
  const advance = (ptr: number, stride: number): number[] => [
    ...get(ptr),
    ...get(stride),
    ...wasm.i32Const(R),
    ...wasm.i32Mul(),
    ...wasm.i32Add(),
    ...set(ptr),
  ];

  const body = [
    ...wasm.loop(), // one tile of R rows per iteration
    ...(packed ? [...get(A_PTR), ...set(q[0]!)] : rowPointers(A_PTR, SAI)),
    ...get(B_PTR),
    ...set(PB),
    ...step(true),
    ...get(KC),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(P),
    ...wasm.block(),
    ...get(P),
    ...wasm.i32Eqz(),
    ...wasm.brIf(0),
    ...wasm.loop(), // depth p = 1 … kc − 1
    ...step(false),
    ...get(P),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(P),
    ...get(P),
    ...wasm.brIf(0),
    ...wasm.end(),
    ...wasm.end(),
    // A packed panel's next tile starts where this one's depth steps ended.
    ...(packed ? [...get(q[0]!), ...set(A_PTR)] : []),
    ...rowPointers(C_PTR, LDC),
    ...get(FIRST),
    ...wasm.if(),
    ...stores(false),
    ...wasm.else(),
    ...stores(true),
    ...wasm.end(),
    ...(packed ? [] : advance(A_PTR, SAI)),
    ...advance(C_PTR, LDC),
    ...get(TILES),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(TILES),
    ...get(TILES),
    ...wasm.brIf(0),
    ...wasm.end(),
  ];
  return {
    name: `f${bytes * 8}r${rv}w${w}${packed ? 'p' : ''}`,
    params: Array.from({ length: PARAMS }, () => wasm.i32),
    locals: [
      [R + 2, wasm.i32],
      [rv * w + rv + 2, wasm.v128],
    ],
    body,
    localNames: [
      ...['aPtr', 'sai', 'sap', 'bPtr', 'cPtr', 'ldc', 'tiles', 'kc', 'first'],
      ...q.map((_, r) => `row${r}`),
      'pb',
      'p',
      ...acc.flatMap((row, v) => row.map((_, c) => `acc${v}_${c}`)),
      ...av.map((_, v) => `a${v}`),
      't',
      'u',
    ],
  };
}
