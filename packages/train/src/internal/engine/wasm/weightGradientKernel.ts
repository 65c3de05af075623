import { type WasmFunction, wasm } from '@nninit/internal/wasm';

/**
 * weightGradient as one f64x2 kernel: dW[i, p] = Σⱼ dz[i, j]·a[p, j] and db[i] = Σⱼ dz[i, j]
 * over the `cols` examples, units × examples layout (row stride `stride` bytes). Arguments, all
 * i32 (addresses in bytes): (dz, a, dw, db, nOut, nIn, cols, stride).
 *
 * The sums run along the examples, the contiguous axis, so vector lanes over examples would
 * split each sum into partial sums and reorder it. Here the two lanes are two UNITS i, i + 1
 * instead: lane 0 holds dz[i, j], lane 1 dz[i + 1, j] (two scalar loads into one vector), each
 * a[p, j] is splatted to both, and each lane is still the scalar kernel's chain
 * s ← s + dz·a over j = 0 … cols − 1 in order, started from +0 (mul then add, no fused
 * multiply-add): the same bits as {@link weightGradient}. A tile is 2 units × 4 inputs (4
 * accumulators, plus the bias sums); for an odd last unit lane 1 reads unit i's row again, and
 * for fewer than 4 remaining inputs the missing rows read input p's; those lanes are computed
 * and never stored.
 */
export function weightGradientKernel(): WasmFunction {
  const { get, set } = wasm;
  const [DZ, A, DW, DB, NOUT, NIN, COLS, STRIDE] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [I, P, J, COL_BYTES, G0, G1, REM, PAIR, ROW0, ROW1] = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
  const Q = [18, 19, 20, 21] as const;
  const [D, BACC] = [22, 23];
  const ACC = [24, 25, 26, 27] as const;
  const i32 = (...code: number[][]): number[] => code.flat();
  const add = (a: number, b: number): number[] => [...get(a), ...get(b), ...wasm.i32Add()];
  const zero = wasm.v128Const32([0, 0, 0, 0]);
  // `then` when `cond` (an i32 on the stack) is nonzero.
  const when = (cond: number[], then: number[]): number[] => [...cond, ...wasm.if(), ...then, ...wasm.end()];
  // for (local = 0; local < bound; local += by) { body }
  const loop = (local: number, bound: number, by: number, body: number[]): number[] =>
    i32(
      wasm.i32Const(0),
      set(local),
      wasm.block(),
      wasm.loop(),
      get(local),
      get(bound),
      wasm.i32GeU(),
      wasm.brIf(1),
      body,
      get(local),
      wasm.i32Const(by),
      wasm.i32Add(),
      set(local),
      wasm.br(0),
      wasm.end(),
      wasm.end(),
    );

  // The examples loop: d ← (dz[i, j], dz[i + 1, j]); acc[k] ← acc[k] + d·a[p + k, j]; bias ← bias + d.
  const examples = loop(
    J,
    COL_BYTES,
    8,
    i32(
      add(G0, J),
      wasm.load64Zero(0),
      set(D),
      add(G1, J),
      get(D),
      wasm.load64Lane(0, 1),
      set(D),
      ...ACC.map((acc, k) =>
        i32(get(acc), get(D), add(Q[k]!, J), wasm.load64Splat(0), wasm.f64x2Mul(), wasm.f64x2Add(), set(acc)),
      ),
      get(BACC),
      get(D),
      wasm.f64x2Add(),
      set(BACC),
    ),
  );
  // Stores of the tile: dW[i, p + k] from lane 0 (when input p + k exists), dW[i + 1, p + k] from lane 1 (when unit i + 1 does too).
  const stores = ACC.map((acc, k) =>
    when(
      i32(wasm.i32Const(k), get(REM), wasm.i32LtU()),
      i32(
        get(ROW0),
        get(acc),
        wasm.store64Lane(8 * k, 0),
        when(get(PAIR), i32(get(ROW1), get(acc), wasm.store64Lane(8 * k, 1))),
      ),
    ),
  );
  const tile = i32(
    // rem = nIn − p; rows of inputs p … p + 3, clamped to row p past the last input
    get(NIN),
    get(P),
    wasm.i32Sub(),
    set(REM),
    get(A),
    get(P),
    get(STRIDE),
    wasm.i32Mul(),
    wasm.i32Add(),
    set(Q[0]),
    ...[1, 2, 3].map((k) =>
      i32(add(Q[k - 1]!, STRIDE), get(Q[0]), wasm.i32Const(k), get(REM), wasm.i32LtU(), wasm.select(), set(Q[k]!)),
    ),
    zero,
    set(BACC),
    ACC.flatMap((acc) => [...zero, ...set(acc)]),
    examples,
    // row0 = dw + (i·nIn + p)·8, row1 = row0 + nIn·8
    get(DW),
    get(I),
    get(NIN),
    wasm.i32Mul(),
    get(P),
    wasm.i32Add(),
    wasm.i32Const(3),
    wasm.i32Shl(),
    wasm.i32Add(),
    set(ROW0),
    get(ROW0),
    get(NIN),
    wasm.i32Const(3),
    wasm.i32Shl(),
    wasm.i32Add(),
    set(ROW1),
    ...stores,
    // the biases, from the first tile of the pair
    when(
      i32(get(P), wasm.i32Eqz()),
      i32(
        get(DB),
        get(I),
        wasm.i32Const(3),
        wasm.i32Shl(),
        wasm.i32Add(),
        set(ROW0),
        get(ROW0),
        get(BACC),
        wasm.store64Lane(0, 0),
        when(get(PAIR), i32(get(ROW0), get(BACC), wasm.store64Lane(8, 1))),
      ),
    ),
  );
  const units = i32(
    // g0 = dz + i·stride; pair = i + 1 < nOut; g1 = pair ? g0 + stride : g0
    get(DZ),
    get(I),
    get(STRIDE),
    wasm.i32Mul(),
    wasm.i32Add(),
    set(G0),
    get(I),
    wasm.i32Const(1),
    wasm.i32Add(),
    get(NOUT),
    wasm.i32LtU(),
    set(PAIR),
    add(G0, STRIDE),
    get(G0),
    get(PAIR),
    wasm.select(),
    set(G1),
    loop(P, NIN, 4, tile),
  );
  const body = i32(get(COLS), wasm.i32Const(3), wasm.i32Shl(), set(COL_BYTES), loop(I, NOUT, 2, units));
  return {
    name: 'weightGradient',
    params: Array(8).fill(wasm.i32),
    locals: [
      [14, wasm.i32],
      [6, wasm.v128],
    ],
    body,
    localNames: [
      'dz',
      'a',
      'dw',
      'db',
      'nOut',
      'nIn',
      'cols',
      'stride',
      'i',
      'p',
      'j',
      'colBytes',
      'g0',
      'g1',
      'rem',
      'pair',
      'row0',
      'row1',
      'q0',
      'q1',
      'q2',
      'q3',
      'd',
      'bias',
      'acc0',
      'acc1',
      'acc2',
      'acc3',
    ],
  };
}
