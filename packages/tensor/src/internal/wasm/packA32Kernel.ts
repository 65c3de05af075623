import { wasm } from './wasm.js';
import type { WasmFunction } from './wasmModule.js';

/** Parameters, in order (all i32; strides and addresses in bytes). */
const [SRC, SAI, SAP, DST, PANELS, KC] = [0, 1, 2, 3, 4, 5];
const PARAMS = 6;

/** i8x16.shuffle lanes: floats (a₀, b₀, a₁, b₁) and (a₂, b₂, a₃, b₃) of two vectors a, b. */
const INTERLEAVE_LOW = [0, 1, 2, 3, 16, 17, 18, 19, 4, 5, 6, 7, 20, 21, 22, 23];
const INTERLEAVE_HIGH = [8, 9, 10, 11, 24, 25, 26, 27, 12, 13, 14, 15, 28, 29, 30, 31];
/** i8x16.shuffle lanes: the low (high) 8 bytes of a, then the low (high) 8 bytes of b. */
const LOW_HALVES = [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23];
const HIGH_HALVES = [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31];

/**
 * Packs float32 op(A) into float32 panels of `rows` rows for the packed f32x4 kernels
 * (f32x4Kernel, `a = 'packed'`): panel t holds element (t·rows + r, p) at
 * DST + (t·kc·rows + p·rows + r)·4, and the panels follow each other. op(A)[i,p] is read at
 * SRC + i·SAI + p·SAP.
 *
 * `layout` says which stride is 4 bytes, so the loads match the storage:
 * - 'rows' (A stored m×k, SAP = 4): a row's depth values are contiguous, so each row quad is
 *   gathered with one load and three lane loads per depth step;
 * - 'columns' (Aᵀ stored k×m, SAI = 4): a depth step's row values are contiguous, so each row
 *   quad is one 16-byte load.
 * Panels past the last row read whatever follows A (the caller pads the region) and the kernel's
 * rows computed from them are dropped.
 * @internal
 */
export function packA32Kernel(rows: number, layout: 'rows' | 'columns'): WasmFunction {
  const quads = rows / 4;
  const q = Array.from({ length: rows }, (_, r) => PARAMS + r); // row pointers of the current panel
  const P = PARAMS + rows, V = P + 1, X = V + 1, Y = X + 4;
  const { get, set } = wasm;
  const rowPointers: number[] = [...get(SRC), ...set(q[0]!)];
  for (let r = 1; r < rows; r++) rowPointers.push(...get(q[r - 1]!), ...get(SAI), ...wasm.i32Add(), ...set(q[r]!));
  /** One depth step: each row quad gathered (rows) or loaded (columns), stored as one vector. */
  const step: number[] = [];
  for (let v = 0; v < quads; v++) {
    if (layout === 'columns') {
      step.push(...get(DST), ...get(q[0]!), ...wasm.load(16 * v), ...wasm.store(16 * v));
    } else {
      step.push(...get(q[4 * v]!), ...wasm.load32Zero(0), ...set(V));
      for (let l = 1; l < 4; l++) step.push(...get(q[4 * v + l]!), ...get(V), ...wasm.load32Lane(0, l), ...set(V));
      step.push(...get(DST), ...get(V), ...wasm.store(16 * v));
    }
  }
  const advanceRows = layout === 'columns' ? [q[0]!] : q;
  for (const ptr of advanceRows) step.push(...get(ptr), ...get(SAP), ...wasm.i32Add(), ...set(ptr));
  step.push(...get(DST), ...wasm.i32Const(4 * rows), ...wasm.i32Add(), ...set(DST));
  /**
   * Four depth steps of the 'rows' layout at once: each row quad's next four values are one
   * 16-byte load per row, transposed 4×4 by eight shuffles (half the shuffles of four gathers).
   */
  const block: number[] = [];
  if (layout === 'rows') {
    for (let v = 0; v < quads; v++) {
      for (let r = 0; r < 4; r++) block.push(...get(q[4 * v + r]!), ...wasm.load(0), ...set(X + r));
      block.push(...get(X), ...get(X + 1), ...wasm.shuffle(INTERLEAVE_LOW), ...set(Y));
      block.push(...get(X), ...get(X + 1), ...wasm.shuffle(INTERLEAVE_HIGH), ...set(Y + 1));
      block.push(...get(X + 2), ...get(X + 3), ...wasm.shuffle(INTERLEAVE_LOW), ...set(Y + 2));
      block.push(...get(X + 2), ...get(X + 3), ...wasm.shuffle(INTERLEAVE_HIGH), ...set(Y + 3));
      // Column j of the 4×4 block (depth p + j) = halves of Y: (Y0.lo, Y2.lo), (Y0.hi, Y2.hi), …
      const columns = [[Y, LOW_HALVES], [Y, HIGH_HALVES], [Y + 1, LOW_HALVES], [Y + 1, HIGH_HALVES]] as const;
      columns.forEach(([y, lanes], j) => {
        block.push(...get(DST), ...get(y), ...get(y + 2), ...wasm.shuffle(lanes), ...wasm.store(16 * v + 4 * rows * j));
      });
    }
    for (const ptr of q) block.push(...get(ptr), ...get(SAP), ...wasm.i32Const(4), ...wasm.i32Mul(), ...wasm.i32Add(), ...set(ptr));
    block.push(...get(DST), ...wasm.i32Const(16 * rows), ...wasm.i32Add(), ...set(DST));
  }
  const body = [
    ...wasm.loop(), // one panel per iteration
    ...rowPointers,
    ...get(KC), ...set(P),
    ...(layout === 'rows' ? [
      ...wasm.block(),
      ...wasm.loop(), // four depth steps at a time while at least four remain
      ...get(P), ...wasm.i32Const(4), ...wasm.i32LtU(), ...wasm.brIf(1),
      ...block,
      ...get(P), ...wasm.i32Const(4), ...wasm.i32Sub(), ...set(P),
      ...wasm.br(0),
      ...wasm.end(),
      ...wasm.end(),
    ] : []),
    ...wasm.block(),
    ...get(P), ...wasm.i32Eqz(), ...wasm.brIf(0),
    ...wasm.loop(), // the remaining depth steps one at a time
    ...step,
    ...get(P), ...wasm.i32Const(1), ...wasm.i32Sub(), ...set(P),
    ...get(P), ...wasm.brIf(0),
    ...wasm.end(),
    ...wasm.end(),
    ...get(SRC), ...get(SAI), ...wasm.i32Const(rows), ...wasm.i32Mul(), ...wasm.i32Add(), ...set(SRC),
    ...get(PANELS), ...wasm.i32Const(1), ...wasm.i32Sub(), ...set(PANELS),
    ...get(PANELS), ...wasm.brIf(0),
    ...wasm.end(),
  ];
  return {
    name: `packA32r${rows}${layout === 'columns' ? 'c' : ''}`,
    params: Array.from({ length: PARAMS }, () => wasm.i32),
    locals: [[rows + 1, wasm.i32], [9, wasm.v128]],
    body,
  };
}
