import type { WasmFunction } from '@nninit/internal/wasm';
import { wasm } from '@nninit/internal/wasm';

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
 * Packs float32 op(A) into float32 panels of `rows` rows (a multiple of 4) for the packed f32x4
 * kernels (f32x4Kernel, `a = 'packed'`): panel t holds element (t·rows + r, p) at
 * DST + (t·kc·rows + p·rows + r)·4, and the panels follow each other. op(A)[i,p] is read at
 * SRC + i·SAI + p·SAP. The work is done a row quad (four rows, one f32x4 of a panel column) at
 * a time, so only four row pointers are live.
 *
 * `layout` says which stride is 4 bytes, so the loads match the storage:
 * - 'rows' (A stored m×k, SAP = 4): four depth values of a row are one 16-byte load, and a 4×4
 *   block of the quad is transposed by eight shuffles. When kc is not a multiple of 4, the
 *   last block starts at kc − 4 and rewrites up to three columns with the values they already
 *   hold, so no step needs a gather; kc < 4 gathers each column (one load, three lane loads).
 * - 'columns' (Aᵀ stored k×m, SAI = 4): a quad's four values at one depth are one 16-byte load.
 * Panels past the last row read whatever follows A (the caller pads the region); the kernel's
 * rows computed from them are dropped.
 */
export function packA32Kernel(rows: number, layout: 'rows' | 'columns'): WasmFunction {
  const R4 = 4 * rows; // bytes per panel column
  const [Q0, Q1, Q2, Q3, D, P, QUADS, X] = [
    PARAMS,
    PARAMS + 1,
    PARAMS + 2,
    PARAMS + 3,
    PARAMS + 4,
    PARAMS + 5,
    PARAMS + 6,
    PARAMS + 7,
  ];
  const q = [Q0, Q1, Q2, Q3];
  const Y = X + 4;
  const { get, set } = wasm;
  const add = (local: number, amount: number[]): number[] => [
    ...get(local),
    ...amount,
    ...wasm.i32Add(),
    ...set(local),
  ];

  /** Row pointers of the quad starting at SRC (SRC itself advances by 4 rows per quad). */
  const quadPointers: number[] = [...get(SRC), ...set(Q0)];
  if (layout === 'rows')
    for (let r = 1; r < 4; r++) quadPointers.push(...get(q[r - 1]!), ...get(SAI), ...wasm.i32Add(), ...set(q[r]!));

  /** Transposes the 4×4 block at the row pointers + `offset` (bytes) into panel columns at D. */
  const block = (offset: number[]): number[] => {
    const code: number[] = [];
    for (let r = 0; r < 4; r++) code.push(...get(q[r]!), ...offset, ...wasm.i32Add(), ...wasm.load(0), ...set(X + r));
    code.push(...get(X), ...get(X + 1), ...wasm.shuffle(INTERLEAVE_LOW), ...set(Y));
    code.push(...get(X), ...get(X + 1), ...wasm.shuffle(INTERLEAVE_HIGH), ...set(Y + 1));
    code.push(...get(X + 2), ...get(X + 3), ...wasm.shuffle(INTERLEAVE_LOW), ...set(Y + 2));
    code.push(...get(X + 2), ...get(X + 3), ...wasm.shuffle(INTERLEAVE_HIGH), ...set(Y + 3));
    // Column j of the block (depth p + j) = halves of Y: (Y₀ lo, Y₂ lo), (Y₀ hi, Y₂ hi), (Y₁ lo, Y₃ lo), (Y₁ hi, Y₃ hi).
    const columns = [
      [Y, LOW_HALVES],
      [Y, HIGH_HALVES],
      [Y + 1, LOW_HALVES],
      [Y + 1, HIGH_HALVES],
    ] as const;
    columns.forEach(([y, lanes], j) =>
      code.push(...get(D), ...get(y), ...get(y + 2), ...wasm.shuffle(lanes), ...wasm.store(R4 * j)),
    );
    return code;
  };

  let quad: number[];
  if (layout === 'columns') {
    // One load and one store per depth step.
    quad = [
      ...get(KC),
      ...set(P),
      ...wasm.loop(),
      ...get(D),
      ...get(Q0),
      ...wasm.load(0),
      ...wasm.store(0),
      ...add(Q0, get(SAP)),
      ...add(D, wasm.i32Const(R4)),
      ...get(P),
      ...wasm.i32Const(1),
      ...wasm.i32Sub(),
      ...set(P),
      ...get(P),
      ...wasm.brIf(0),
      ...wasm.end(),
    ];
  } else {
    const gather: number[] = [...get(Q0), ...wasm.load32Zero(0), ...set(X)];
    for (let r = 1; r < 4; r++) gather.push(...get(q[r]!), ...get(X), ...wasm.load32Lane(0, r), ...set(X));
    gather.push(...get(D), ...get(X), ...wasm.store(0));
    for (const ptr of q) gather.push(...add(ptr, wasm.i32Const(4)));
    gather.push(...add(D, wasm.i32Const(R4)));
    quad = [
      ...get(KC),
      ...wasm.i32Const(4),
      ...wasm.i32LtU(),
      ...wasm.if(),
      // kc < 4: gather each column.
      ...get(KC),
      ...set(P),
      ...wasm.loop(),
      ...gather,
      ...get(P),
      ...wasm.i32Const(1),
      ...wasm.i32Sub(),
      ...set(P),
      ...get(P),
      ...wasm.brIf(0),
      ...wasm.end(),
      ...wasm.else(),
      // Blocks at p = 0, 4, … while p + 4 ≤ kc (P counts the depth left), then one at kc − 4.
      ...get(KC),
      ...set(P),
      ...wasm.loop(),
      ...block(wasm.i32Const(0)),
      ...add(D, wasm.i32Const(4 * R4)),
      ...q.flatMap((ptr) => add(ptr, wasm.i32Const(16))),
      ...get(P),
      ...wasm.i32Const(4),
      ...wasm.i32Sub(),
      ...set(P),
      ...get(P),
      ...wasm.i32Const(4),
      ...wasm.i32GeU(),
      ...wasm.brIf(0),
      ...wasm.end(),
      ...get(P),
      ...wasm.if(),
      // The last block ends at kc: it starts 4 − P columns back, in A and in the panel.
      ...add(D, [...get(P), ...wasm.i32Const(4), ...wasm.i32Sub(), ...wasm.i32Const(R4), ...wasm.i32Mul()]),
      ...block([...get(P), ...wasm.i32Const(4), ...wasm.i32Sub(), ...wasm.i32Const(4), ...wasm.i32Mul()]),
      ...wasm.end(),
      ...wasm.end(),
    ];
  }

  const body = [
    // QUADS = 4-row quads in all panels; the quad at index u of panel t starts at
    // DST + t·kc·rows·4 + 16u, and the next panel's first quad follows the last one's first column.
    ...get(PANELS),
    ...wasm.i32Const(rows / 4),
    ...wasm.i32Mul(),
    ...set(QUADS),
    ...wasm.loop(), // one quad per iteration; the quad's index within its panel is implicit in D
    ...quadPointers,
    ...get(DST),
    ...set(D),
    ...quad,
    ...add(SRC, [...get(SAI), ...wasm.i32Const(4), ...wasm.i32Mul()]),
    // Next quad: 16 bytes on within the panel, or the start of the next panel.
    ...add(DST, wasm.i32Const(16)),
    ...get(QUADS),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(QUADS),
    ...get(QUADS),
    ...wasm.i32Const(rows / 4),
    ...wasm.i32RemU(),
    ...wasm.i32Eqz(),
    ...wasm.if(),
    ...add(DST, [...get(KC), ...wasm.i32Const(R4), ...wasm.i32Mul(), ...wasm.i32Const(R4), ...wasm.i32Sub()]),
    ...wasm.end(),
    ...get(QUADS),
    ...wasm.brIf(0),
    ...wasm.end(),
  ];
  return {
    name: `packA32r${rows}${layout === 'columns' ? 'c' : ''}`,
    params: Array.from({ length: PARAMS }, () => wasm.i32),
    locals: [
      [7, wasm.i32],
      [8, wasm.v128],
    ],
    body,
    localNames: [
      ...['src', 'sai', 'sap', 'dst', 'panels', 'kc'],
      ...['q0', 'q1', 'q2', 'q3', 'd', 'p', 'quads'],
      ...['x0', 'x1', 'x2', 'x3', 'y0', 'y1', 'y2', 'y3'],
    ],
  };
}
