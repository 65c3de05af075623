import { wasm, wasmModule } from '@nninit/internal/wasm';

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const W0 = 0x9e3779b9;
const W1 = 0xbb67ae85;

/** Two independent blocks per iteration, so that one block's multiplies fill the other's latency. */
export const SCALAR_BLOCKS_PER_ITERATION = 2;

const i64ExtendI32U = (): number[] => [0xad];
const i64Mul = (): number[] => [0x7e];
const i32Xor = (): number[] => [0x73];

// Parameters k0, k1, lo, iterations; then 4 + 4·2 i32 and 2 i64 locals.
const [K0, K1, LO, ITERATIONS, PTR, ROUND, KA, KB] = [0, 1, 2, 3, 4, 5, 6, 7];
const BLOCKS = [8, 12];
const [P0, P1] = [16, 17];

/**
 * A scalar Philox4x32-10 kernel for `pnpm bench philox-kernel` only: each 32×32→64 product is one
 * `i64.mul` of zero-extended words (one machine multiply), the integer units' best. `philox(k0,
 * k1, lo, iterations)` writes the words of blocks (lo + j, 0, 0, 0), j < 2·iterations, in block
 * order from address 0.
 */
export function scalarKernelBytes(): Uint8Array {
  const { get, set } = wasm;
  const body: number[] = [...wasm.loop()];
  BLOCKS.forEach((x, b) => {
    body.push(...get(LO), ...wasm.i32Const(b), ...wasm.i32Add(), ...set(x));
    for (const k of [1, 2, 3]) body.push(...wasm.i32Const(0), ...set(x + k));
  });
  body.push(...get(K0), ...set(KA), ...get(K1), ...set(KB), ...wasm.i32Const(10), ...set(ROUND), ...wasm.loop());
  const product = (x: number, m: number): number[] => [
    ...get(x),
    ...i64ExtendI32U(),
    ...wasm.i32Const(m | 0),
    ...i64ExtendI32U(),
    ...i64Mul(),
  ];
  const high = (p: number): number[] => [...get(p), ...wasm.i64Const(32), ...wasm.i64ShrU(), ...wasm.i32WrapI64()];
  for (const x of BLOCKS) {
    const [X0, X1, X2, X3] = [x, x + 1, x + 2, x + 3];
    body.push(...product(X0, M0), ...set(P0), ...product(X2, M1), ...set(P1));
    body.push(...high(P1), ...get(X1), ...i32Xor(), ...get(KA), ...i32Xor(), ...set(X0));
    body.push(...get(P1), ...wasm.i32WrapI64(), ...set(X1));
    body.push(...high(P0), ...get(X3), ...i32Xor(), ...get(KB), ...i32Xor(), ...set(X2));
    body.push(...get(P0), ...wasm.i32WrapI64(), ...set(X3));
  }
  body.push(...get(KA), ...wasm.i32Const(W0 | 0), ...wasm.i32Add(), ...set(KA));
  body.push(...get(KB), ...wasm.i32Const(W1 | 0), ...wasm.i32Add(), ...set(KB));
  body.push(...get(ROUND), ...wasm.i32Const(-1), ...wasm.i32Add(), ...wasm.tee(ROUND), ...wasm.brIf(0), ...wasm.end());
  BLOCKS.forEach((x, b) => {
    for (let k = 0; k < 4; k++) body.push(...get(PTR), ...get(x + k), ...wasm.i32Store(16 * b + 4 * k));
  });
  body.push(...get(PTR), ...wasm.i32Const(16 * SCALAR_BLOCKS_PER_ITERATION), ...wasm.i32Add(), ...set(PTR));
  body.push(...get(LO), ...wasm.i32Const(SCALAR_BLOCKS_PER_ITERATION), ...wasm.i32Add(), ...set(LO));
  body.push(...get(ITERATIONS), ...wasm.i32Const(-1), ...wasm.i32Add(), ...wasm.tee(ITERATIONS), ...wasm.brIf(0));
  body.push(...wasm.end());
  return wasmModule([
    {
      name: 'philox',
      params: [wasm.i32, wasm.i32, wasm.i32, wasm.i32],
      locals: [
        [4 + 4 * BLOCKS.length, wasm.i32],
        [2, wasm.i64],
      ],
      body,
    },
  ]);
}
