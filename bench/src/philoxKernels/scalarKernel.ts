import { wasm } from '@nninit/internal/wasm';
import { PHILOX_M0, PHILOX_M1 } from '../../../packages/rng/src/internal/philox/philoxBlock.js';
import { KA, KB, LO, PTR, philoxBenchModule } from './philoxBenchModule.js';

/** Two independent blocks per iteration, so that one block's multiplies fill the other's latency. */
export const SCALAR_BLOCKS_PER_ITERATION = 2;

const i64ExtendI32U = (): number[] => [0xad];
const i64Mul = (): number[] => [0x7e];
const i32Xor = (): number[] => [0x73];

// After the shared i32 locals: 4 i32 per block (its words), then two i64 products.
const BLOCKS = [8, 12];
const [P0, P1] = [16, 17];

/**
 * A scalar Philox4x32-10 kernel for `pnpm bench philox-kernel` only: each 32×32→64 product is one
 * `i64.mul` of zero-extended words (one machine multiply), the integer units' best.
 */
export function scalarKernelBytes(): Uint8Array {
  const { get, set } = wasm;
  const start = BLOCKS.flatMap((x, b) => [
    ...get(LO),
    ...wasm.i32Const(b),
    ...wasm.i32Add(),
    ...set(x),
    ...[1, 2, 3].flatMap((k) => [...wasm.i32Const(0), ...set(x + k)]),
  ]);
  const product = (x: number, m: number): number[] => [
    ...get(x),
    ...i64ExtendI32U(),
    ...wasm.i32Const(m | 0),
    ...i64ExtendI32U(),
    ...i64Mul(),
  ];
  const high = (p: number, other: number, key: number): number[] => [
    ...get(p),
    ...wasm.i64Const(32),
    ...wasm.i64ShrU(),
    ...wasm.i32WrapI64(),
    ...get(other),
    ...i32Xor(),
    ...get(key),
    ...i32Xor(),
  ];
  // (x₀, x₁, x₂, x₃) ← (hi(M₁x₂) ⊕ x₁ ⊕ k₀, lo(M₁x₂), hi(M₀x₀) ⊕ x₃ ⊕ k₁, lo(M₀x₀)).
  const round = BLOCKS.flatMap((x) => {
    const [X0, X1, X2, X3] = [x, x + 1, x + 2, x + 3];
    return [
      ...product(X0, PHILOX_M0),
      ...set(P0),
      ...product(X2, PHILOX_M1),
      ...set(P1),
      ...high(P1, X1, KA),
      ...set(X0),
      ...get(P1),
      ...wasm.i32WrapI64(),
      ...set(X1),
      ...high(P0, X3, KB),
      ...set(X2),
      ...get(P0),
      ...wasm.i32WrapI64(),
      ...set(X3),
    ];
  });
  const store = BLOCKS.flatMap((x, b) =>
    [0, 1, 2, 3].flatMap((k) => [...get(PTR), ...get(x + k), ...wasm.i32Store(16 * b + 4 * k)]),
  );
  return philoxBenchModule({
    blocksPerIteration: SCALAR_BLOCKS_PER_ITERATION,
    locals: [
      [4 * BLOCKS.length, wasm.i32],
      [2, wasm.i64],
    ],
    setup: [],
    start,
    round,
    store,
  });
}
