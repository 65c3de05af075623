import type { WasmFunction } from '@nninit/internal/wasm';
import { wasm } from '@nninit/internal/wasm';
import { F32X4, rankOneUpdate } from './rankOneUpdate.js';

/** Parameters of every f32x4 kernel, in order (all i32; strides and addresses in bytes). */
const [A_PTR, B_PTR, SBP, C_PTR, LDC, TILES, KC, FIRST] = [0, 1, 2, 3, 4, 5, 6, 7];
const PARAMS = 8;

/**
 * One WebAssembly SIMD kernel for float32 accumulation: C[tile rows, w columns] ← (or, when
 * continuing, keeps accumulating into) op(A)[rows, 0..kc) · op(B)[0..kc, w columns], in float32
 * arithmetic, for `tiles` consecutive tiles of 4·rv rows.
 *
 * Vectors run down the rows: an f32x4 accumulator holds C[i..i+3, j], so no lane is wasted
 * whatever n is. At depth p each row quad of op(A) is one aligned load from a packed panel
 * (packA32Kernel) and each of the w values of B's row p is splatted; every accumulator then
 * takes one f32x4.mul and one f32x4.add.
 *
 * Arithmetic, the contract the JavaScript kernel (f32Kernel.ts) repeats with Math.fround:
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
 * - packed A: float32 panels of 4·rv rows, element (i, p) of the first tile at
 *   A_PTR + (p·4rv + i)·4, the next tile's panel right after;
 * - op(B)[p, c] (c < w) at B_PTR + p·SBP + c·4: B itself when it is stored k×n (SBP = 4n), or a
 *   packed panel of w columns (SBP = 4w);
 * - C[i,c] at C_PTR + i·LDC + c·4.
 * A tile past the last row reads and writes whole tiles: the caller pads A and C with 4·rv rows
 * and drops them.
 */
export function f32x4Kernel(rv: number, w: number): WasmFunction {
  const R = 4 * rv;
  // Locals after the parameters: the A pointer, R row pointers of C, the B pointer, the depth
  // counter, then vectors.
  const PA = PARAMS;
  const q = Array.from({ length: R }, (_, r) => PARAMS + 1 + r);
  const PB = PARAMS + 1 + R,
    P = PB + 1;
  const acc = Array.from({ length: rv }, (_, v) => Array.from({ length: w }, (_, c) => P + 1 + v * w + c));
  const av = Array.from({ length: rv }, (_, v) => P + 1 + rv * w + v);
  const T = P + 1 + rv * w + rv;
  const { get, set } = wasm;

  /** One depth step: multiply (first) or multiply-add every accumulator. */
  const step = (first: boolean): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) code.push(...get(PA), ...wasm.load(16 * v), ...set(av[v]!));
    code.push(...rankOneUpdate(F32X4, acc, av, PB, T, first));
    code.push(...get(PA), ...wasm.i32Const(4 * R), ...wasm.i32Add(), ...set(PA));
    code.push(...get(PB), ...get(SBP), ...wasm.i32Add(), ...set(PB));
    return code;
  };
  /** C's row pointers q[r] = C_PTR + r·LDC. */
  const rowPointers = (): number[] => {
    const code = [...get(C_PTR), ...set(q[0]!)];
    for (let r = 1; r < R; r++) code.push(...get(q[r - 1]!), ...get(LDC), ...wasm.i32Add(), ...set(q[r]!));
    return code;
  };
  /** acc (v, c) ← C[4v..4v+3, c]: the sums of the previous depth blocks. */
  const loadC = (): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) {
      for (let c = 0; c < w; c++) {
        const x = acc[v]![c]!;
        code.push(...get(q[4 * v]!), ...wasm.load32Zero(4 * c), ...set(x));
        for (let l = 1; l < 4; l++)
          code.push(...get(q[4 * v + l]!), ...get(x), ...wasm.load32Lane(4 * c, l), ...set(x));
      }
    }
    return code;
  };
  /** C[4v..4v+3, c] ← acc (v, c), one lane per row. */
  const stores = (): number[] => {
    const code: number[] = [];
    for (let v = 0; v < rv; v++) {
      for (let c = 0; c < w; c++) {
        for (let l = 0; l < 4; l++)
          code.push(...get(q[4 * v + l]!), ...get(acc[v]![c]!), ...wasm.store32Lane(4 * c, l));
      }
    }
    return code;
  };

  const body = [
    ...get(A_PTR),
    ...set(PA),
    ...wasm.loop(), // one tile of R rows per iteration; PA runs on through the packed panels
    ...get(B_PTR),
    ...set(PB),
    ...get(FIRST),
    ...wasm.if(),
    ...step(true),
    ...get(KC),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(P),
    ...wasm.else(),
    ...rowPointers(),
    ...loadC(),
    ...get(KC),
    ...set(P),
    ...wasm.end(),
    ...wasm.block(),
    ...get(P),
    ...wasm.i32Eqz(),
    ...wasm.brIf(0),
    ...wasm.loop(), // depth
    ...step(false),
    ...get(P),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(P),
    ...get(P),
    ...wasm.brIf(0),
    ...wasm.end(),
    ...wasm.end(),
    ...rowPointers(),
    ...stores(),
    ...get(C_PTR),
    ...get(LDC),
    ...wasm.i32Const(R),
    ...wasm.i32Mul(),
    ...wasm.i32Add(),
    ...set(C_PTR),
    ...get(TILES),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(TILES),
    ...get(TILES),
    ...wasm.brIf(0),
    ...wasm.end(),
  ];
  return {
    name: `f32x4r${rv}w${w}`,
    params: Array.from({ length: PARAMS }, () => wasm.i32),
    locals: [
      [R + 3, wasm.i32],
      [rv * w + rv + 1, wasm.v128],
    ],
    body,
    localNames: [
      ...['aPtr', 'bPtr', 'sbp', 'cPtr', 'ldc', 'tiles', 'kc', 'first'],
      'pa',
      ...q.map((_, r) => `row${r}`),
      'pb',
      'p',
      ...acc.flatMap((row, v) => row.map((_, c) => `acc${v}_${c}`)),
      ...av.map((_, v) => `a${v}`),
      't',
    ],
  };
}
