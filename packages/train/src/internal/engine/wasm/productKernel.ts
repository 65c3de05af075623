import { type WasmFunction, wasm } from '@nninit/internal/wasm';

/** Which product: forwardLayer's (bias start, ReLU then float32 on the store) or inputGradient's (zero start, float32 then ReLU mask). */
export type ProductPass = 'forward' | 'backward';

/**
 * One f64x2 product kernel of the trainer: out[u, j] = start[u] + Σₖ W(u, k)·x[k, j] for
 * `units` output rows (a multiple of `tile`) and `cols` examples j (a multiple of 4), in the
 * units × examples layout of the Engine (row stride `stride` bytes). All arguments are i32,
 * addresses and steps in bytes:
 *
 * (w, wk, wu, start, su, x, out, mask, units, terms, cols, stride, relu, round)
 *
 * W(u, k) is at w + u·wu + k·wk, so one kernel reads W (forward: wk = 8, wu = nIn·8) and Wᵀ in
 * place (backward: wk = nIn·8, wu = 8); start[u] is at start + u·su (forward: the biases, su = 8;
 * backward: one +0.0, su = 0, which is the scalar kernels' `let s = 0`).
 *
 * Bit-exactness with the scalar kernels (forwardLayer, inputGradient): the vector lanes are
 * different EXAMPLES, so each output is still one scalar chain s ← s + W·x over k = 0 … terms − 1
 * in order, started from the same value; f64x2.mul then f64x2.add round exactly as the scalar
 * `*` then `+` (IEEE 754 binary64, round to nearest; WebAssembly core has no fused multiply-add,
 * and relaxed-simd, which has one, is not used). The epilogues reproduce the scalar `finish`
 * functions lane by lane, in their order:
 * - forward: v ← (relu and s < 0) ? +0 : s, then v ← fround(v) if round (f32x4.demote_f64x2_zero
 *   then f64x2.promote_low_f32x4 is round-to-nearest-even to float32 and back, as Math.fround);
 * - backward: v ← fround(s) if round, then v ← (relu and not mask > 0) ? v·0 : v, with `mask` the
 *   previous layer's outputs (the notebook's `dz = da * np.int64(a > 0)`).
 *
 * Register tile: `tile` units × 4 examples (2·tile accumulators of two lanes); per term each
 * input vector is loaded once and used `tile` times, each weight splatted once and used twice.
 */
export function productKernel(tile: 1 | 2, pass: ProductPass): WasmFunction {
  const { get, set } = wasm;
  // Parameters.
  const [W, WK, WU, START, SU, X, OUT, MASK, UNITS, TERMS, COLS, STRIDE, RELU, ROUND] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
  ];
  // i32 locals.
  const [U, J, COL_BYTES, K, PW, PX] = [14, 15, 16, 17, 18, 19];
  // v128 locals: zero, x0, x1, t, v, then the accumulators acc[u][h].
  const [ZERO, X0, X1, T, V] = [20, 21, 22, 23, 24];
  const acc = Array.from({ length: tile }, (_, u) => [25 + 2 * u, 26 + 2 * u] as const);
  const add = (a: number, b: number): number[] => [...get(a), ...get(b), ...wasm.i32Add()];

  // The stored vector of acc[u][h] (left on the stack), at its row's address + j (+16 for h = 1).
  const epilogue = (u: number, h: number): number[] => {
    const rowOffset = (base: number): number[] =>
      u === 0 ? add(base, J) : [...add(base, J), ...get(STRIDE), ...wasm.i32Add()];
    const code: number[] = [...get(acc[u]![h]!), ...set(V)];
    const round = [
      ...get(ROUND),
      ...wasm.if(),
      ...get(V),
      ...wasm.demote(),
      ...wasm.promote(),
      ...set(V),
      ...wasm.end(),
    ];
    if (pass === 'forward') {
      // v & ~(v < 0): lanes below zero become +0; NaN and −0 pass, as `relu && s < 0 ? 0 : s`.
      code.push(
        ...get(RELU),
        ...wasm.if(),
        ...get(V),
        ...get(V),
        ...get(ZERO),
        ...wasm.f64x2Lt(),
        ...wasm.v128Andnot(),
        ...set(V),
        ...wasm.end(),
        ...round,
      );
    } else {
      // bitselect(v, v·0, mask > 0): v where the unit was on, v·0 (±0, or NaN for ±∞ and NaN) where off.
      code.push(
        ...round,
        ...get(RELU),
        ...wasm.if(),
        ...get(V),
        ...get(V),
        ...get(ZERO),
        ...wasm.f64x2Mul(),
        ...rowOffset(MASK),
        ...wasm.load(16 * h),
        ...get(ZERO),
        ...wasm.f64x2Gt(),
        ...wasm.v128Bitselect(),
        ...set(V),
        ...wasm.end(),
      );
    }
    code.push(...rowOffset(OUT), ...get(V), ...wasm.store(16 * h));
    return code;
  };

  const body: number[] = [
    ...wasm.v128Const32([0, 0, 0, 0]),
    ...set(ZERO),
    ...get(COLS),
    ...wasm.i32Const(3),
    ...wasm.i32Shl(),
    ...set(COL_BYTES),
    // for (u = 0; u < units; u += tile)
    ...wasm.block(),
    ...wasm.loop(),
    ...get(U),
    ...get(UNITS),
    ...wasm.i32GeU(),
    ...wasm.brIf(1),
    ...wasm.i32Const(0),
    ...set(J),
    // for (j = 0; j < cols·8; j += 32): one tile of 4 examples
    ...wasm.block(),
    ...wasm.loop(),
    ...get(J),
    ...get(COL_BYTES),
    ...wasm.i32GeU(),
    ...wasm.brIf(1),
  ];
  // Accumulators ← splat(start[u]).
  for (let u = 0; u < tile; u++) {
    body.push(...(u === 0 ? get(START) : add(START, SU)), ...wasm.load64Splat(0), ...set(acc[u]![0]));
    body.push(...get(acc[u]![0]), ...set(acc[u]![1]));
  }
  body.push(
    ...get(W),
    ...set(PW),
    ...add(X, J),
    ...set(PX),
    ...get(TERMS),
    ...set(K),
    // for (k = terms; k > 0; k--): acc ← acc + W(u, k)·x[k, j … j + 3], in k order
    ...wasm.block(),
    ...wasm.loop(),
    ...get(K),
    ...wasm.i32Eqz(),
    ...wasm.brIf(1),
    ...get(PX),
    ...wasm.load(0),
    ...set(X0),
    ...get(PX),
    ...wasm.load(16),
    ...set(X1),
  );
  for (let u = 0; u < tile; u++) {
    body.push(...(u === 0 ? get(PW) : add(PW, WU)), ...wasm.load64Splat(0), ...set(T));
    for (const [h, x] of [
      [0, X0],
      [1, X1],
    ] as const) {
      const a = acc[u]![h]!;
      body.push(...get(a), ...get(T), ...get(x), ...wasm.f64x2Mul(), ...wasm.f64x2Add(), ...set(a));
    }
  }
  body.push(
    ...add(PW, WK),
    ...set(PW),
    ...add(PX, STRIDE),
    ...set(PX),
    ...get(K),
    ...wasm.i32Const(1),
    ...wasm.i32Sub(),
    ...set(K),
    ...wasm.br(0),
    ...wasm.end(),
    ...wasm.end(),
  );
  for (let u = 0; u < tile; u++) for (const h of [0, 1]) body.push(...epilogue(u, h));
  body.push(...get(J), ...wasm.i32Const(32), ...wasm.i32Add(), ...set(J), ...wasm.br(0), ...wasm.end(), ...wasm.end());
  // Next group of units: every per-unit address moves by `tile` rows.
  const step = (local: number, by: number): number[] => [
    ...get(local),
    ...get(by),
    ...wasm.i32Const(tile),
    ...wasm.i32Mul(),
    ...wasm.i32Add(),
    ...set(local),
  ];
  body.push(
    ...step(W, WU),
    ...step(START, SU),
    ...step(OUT, STRIDE),
    ...step(MASK, STRIDE),
    ...get(U),
    ...wasm.i32Const(tile),
    ...wasm.i32Add(),
    ...set(U),
    ...wasm.br(0),
    ...wasm.end(),
    ...wasm.end(),
  );
  return {
    name: `${pass}${tile}`,
    params: Array(14).fill(wasm.i32),
    locals: [
      [6, wasm.i32],
      [5 + 2 * tile, wasm.v128],
    ],
    body,
    localNames: [
      'w',
      'wk',
      'wu',
      'start',
      'su',
      'x',
      'out',
      'mask',
      'units',
      'terms',
      'cols',
      'stride',
      'relu',
      'round',
      'u',
      'j',
      'colBytes',
      'k',
      'pw',
      'px',
      'zero',
      'x0',
      'x1',
      't',
      'v',
      ...acc.flatMap((_, u) => [`acc${u}0`, `acc${u}1`]),
    ],
  };
}
