import { wasm } from './wasm.js';
import type { WasmFunction } from './wasmModule.js';

/** Parameters of every f32x4 kernel, in order (all i32; strides and addresses in bytes). */
const [A_PTR, SAI, SAP, B_PTR, C_PTR, LDC, TILES, KC, FIRST] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const PARAMS = 9;

/**
 * One WebAssembly SIMD kernel for float32 accumulation: C[tile rows, panel columns] ← (or, when
 * continuing, keeps accumulating into) op(A)[rows, 0..kc) · Bpanel, in float32 arithmetic, for
 * `tiles` consecutive tiles of 4·rv rows and a panel of w columns.
 *
 * Vectors run down the rows: an f32x4 accumulator holds C[i..i+3, j], so no lane is wasted
 * whatever n is. At depth p each row quad of op(A) is one vector (four lane loads from strided
 * A, or one aligned load from a packed panel) and each of the w panel values of B is splatted;
 * every accumulator then takes one f32x4.mul and one f32x4.add.
 *
 * Arithmetic, the contract the JavaScript kernel (float32Kernel.ts) repeats with Math.fround:
 * acc ← fl(a₀·b₀) (`first` = 1) or acc ← C (`first` = 0: a later depth block continues the
 * sum C holds), then acc ← fl(acc + fl(aₚ·bₚ)) for p in order, stored as is. Because float32
 * storage holds the running sum exactly, cutting the depth into blocks changes nothing: every
 * C[i,j] is the sequential float32 sum of its products. WebAssembly SIMD has no fused
 * multiply-add, so nothing can contract a multiply and an add differently.
 *
 * Register budget as in panelKernel: rv·w accumulators, rv row vectors, w splats and one
 * product live at once must stay within 15 vectors.
 *
 * Memory layout, all addresses in bytes:
 * - strided A: op(A)[i,p] of the first tile's row i at A_PTR + i·SAI + p·SAP;
 * - packed A (`a = 'packed'`): float32 panels of 4·rv rows, element (i, p) of the first tile at
 *   A_PTR + (p·4rv + i)·4, the next tile's panel right after (SAI and SAP unused);
 * - the B panel, float32, element (p, c) at B_PTR + (p·w + c)·4;
 * - C[i,c] at C_PTR + i·LDC + c·4.
 * A tile past the last row reads and writes whole tiles: the caller pads A and C with 4·rv rows
 * and drops them.
 * @internal
 */
export function f32x4Kernel(rv: number, w: number, a: 'strided' | 'packed' = 'strided'): WasmFunction {
  const R = 4 * rv;
  const packed = a === 'packed';
  // Locals after the parameters: R row pointers, the B pointer, the depth counter, then vectors.
  const q = Array.from({ length: R }, (_, r) => PARAMS + r);
  const PB = PARAMS + R, P = PB + 1;
  const acc = Array.from({ length: rv }, (_, v) => Array.from({ length: w }, (_, c) => P + 1 + v * w + c));
  const av = Array.from({ length: rv }, (_, v) => P + 1 + rv * w + v);
  const T = P + 1 + rv * w + rv;
  const { get, set } = wasm;

  /** av[v] ← row quad v of op(A) at the current depth (strided: one load and three lane loads). */
  const loadA = (v: number): number[] => {
    if (packed) return [...get(q[0]!), ...wasm.load(16 * v), ...set(av[v]!)];
    const code = [...get(q[4 * v]!), ...wasm.load32Zero(0), ...set(av[v]!)];
    for (let l = 1; l < 4; l++) code.push(...get(q[4 * v + l]!), ...get(av[v]!), ...wasm.load32Lane(0, l), ...set(av[v]!));
    return code;
  };
  /** One depth step: multiply (first) or multiply-add every accumulator. */
  const step = (first: boolean): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) code.push(...loadA(v));
    for (let c = 0; c < w; c++) {
      code.push(...get(PB), ...wasm.load32Splat(4 * c), ...set(T));
      for (let v = 0; v < rv; v++) {
        const x = acc[v]![c]!;
        if (first) code.push(...get(av[v]!), ...get(T), ...wasm.f32x4Mul(), ...set(x));
        else code.push(...get(x), ...get(av[v]!), ...get(T), ...wasm.f32x4Mul(), ...wasm.f32x4Add(), ...set(x));
      }
    }
    if (packed) code.push(...get(q[0]!), ...wasm.i32Const(4 * R), ...wasm.i32Add(), ...set(q[0]!));
    else for (let r = 0; r < R; r++) code.push(...get(q[r]!), ...get(SAP), ...wasm.i32Add(), ...set(q[r]!));
    code.push(...get(PB), ...wasm.i32Const(4 * w), ...wasm.i32Add(), ...set(PB));
    return code;
  };
  /** Row pointers q[r] = base + r·stride. */
  const rowPointers = (base: number, stride: number): number[] => {
    const code = [...get(base), ...set(q[0]!)];
    for (let r = 1; r < R; r++) code.push(...get(q[r - 1]!), ...get(stride), ...wasm.i32Add(), ...set(q[r]!));
    return code;
  };
  /** acc (v, c) ← C[4v..4v+3, c] (q holds C's row pointers). */
  const loadC = (): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) {
      for (let c = 0; c < w; c++) {
        const x = acc[v]![c]!;
        code.push(...get(q[4 * v]!), ...wasm.load32Zero(4 * c), ...set(x));
        for (let l = 1; l < 4; l++) code.push(...get(q[4 * v + l]!), ...get(x), ...wasm.load32Lane(4 * c, l), ...set(x));
      }
    }
    return code;
  };
  /** C[4v..4v+3, c] ← acc (v, c), one lane per row. */
  const stores = (): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) {
      for (let c = 0; c < w; c++) {
        for (let l = 0; l < 4; l++) code.push(...get(q[4 * v + l]!), ...get(acc[v]![c]!), ...wasm.store32Lane(4 * c, l));
      }
    }
    return code;
  };
  const advance = (ptr: number, stride: number): number[] =>
    [...get(ptr), ...get(stride), ...wasm.i32Const(R), ...wasm.i32Mul(), ...wasm.i32Add(), ...set(ptr)];
  const depthLoop = [
    ...wasm.block(),
    ...get(P), ...wasm.i32Eqz(), ...wasm.brIf(0),
    ...wasm.loop(),
    ...step(false),
    ...get(P), ...wasm.i32Const(1), ...wasm.i32Sub(), ...set(P),
    ...get(P), ...wasm.brIf(0),
    ...wasm.end(),
    ...wasm.end(),
  ];
  const aRows = packed ? [...get(A_PTR), ...set(q[0]!)] : rowPointers(A_PTR, SAI);

  const body = [
    ...wasm.loop(), // one tile of R rows per iteration
    ...get(B_PTR), ...set(PB),
    ...get(FIRST), ...wasm.if(),
    ...aRows, ...step(true),
    ...get(KC), ...wasm.i32Const(1), ...wasm.i32Sub(), ...set(P),
    ...wasm.else(),
    ...rowPointers(C_PTR, LDC), ...loadC(), ...aRows,
    ...get(KC), ...set(P),
    ...wasm.end(),
    ...depthLoop,
    // A packed panel's next tile starts where this one's depth steps ended.
    ...(packed ? [...get(q[0]!), ...set(A_PTR)] : []),
    ...rowPointers(C_PTR, LDC),
    ...stores(),
    ...(packed ? [] : advance(A_PTR, SAI)),
    ...advance(C_PTR, LDC),
    ...get(TILES), ...wasm.i32Const(1), ...wasm.i32Sub(), ...set(TILES),
    ...get(TILES), ...wasm.brIf(0),
    ...wasm.end(),
  ];
  return {
    name: `s${rv}w${w}${packed ? 'p' : ''}`,
    params: Array.from({ length: PARAMS }, () => wasm.i32),
    locals: [[R + 2, wasm.i32], [rv * w + rv + 1, wasm.v128]],
    body,
  };
}
