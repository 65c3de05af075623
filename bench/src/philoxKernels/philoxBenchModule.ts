import { wasm, wasmModule } from '@nninit/internal/wasm';
import { PHILOX_W0, PHILOX_W1 } from '../../../packages/rng/src/internal/philox/philoxBlock.js';

/** The parameters k0, k1, lo, iterations, then the i32 locals ptr, round, ka, kb, of every bench kernel. */
export const [K0, K1, LO, ITERATIONS, PTR, ROUND, KA, KB] = [0, 1, 2, 3, 4, 5, 6, 7];

/** The parts that differ between the bench's Philox kernels. */
export interface PhiloxBenchParts {
  /** Blocks computed per iteration of the outer loop. */
  readonly blocksPerIteration: number;
  /** Locals after the four shared i32 ones, in runs of one type. */
  readonly locals: readonly (readonly [count: number, type: number])[];
  /** Before the loop: constants into locals. */
  readonly setup: readonly number[];
  /** Loads counters lo … lo + blocksPerIteration − 1 (c₁ = c₂ = c₃ = 0) into the state. */
  readonly start: readonly number[];
  /** One round of every block, with the round key in ka, kb. */
  readonly round: readonly number[];
  /** Writes the blocks' words in block order from address ptr. */
  readonly store: readonly number[];
}

/**
 * A module with one function `philox(k0, k1, lo, iterations)` that writes the words of blocks
 * (lo + j, 0, 0, 0), j < blocksPerIteration·iterations, from address 0: ten rounds per block with
 * the key bumped by the Weyl constants between them (Salmon et al. 2011, §3.3), around the
 * kernel's own start, round and store.
 */
export function philoxBenchModule(parts: PhiloxBenchParts): Uint8Array {
  const { get, set } = wasm;
  const bump = (local: number, by: number): number[] => [
    ...get(local),
    ...wasm.i32Const(by | 0),
    ...wasm.i32Add(),
    ...set(local),
  ];
  const countDown = (local: number): number[] => [
    ...get(local),
    ...wasm.i32Const(-1),
    ...wasm.i32Add(),
    ...wasm.tee(local),
    ...wasm.brIf(0),
  ];
  const body = [
    ...parts.setup,
    ...wasm.loop(),
    ...parts.start,
    ...get(K0),
    ...set(KA),
    ...get(K1),
    ...set(KB),
    ...wasm.i32Const(10),
    ...set(ROUND),
    ...wasm.loop(),
    ...parts.round,
    ...bump(KA, PHILOX_W0),
    ...bump(KB, PHILOX_W1),
    ...countDown(ROUND),
    ...wasm.end(),
    ...parts.store,
    ...bump(PTR, 16 * parts.blocksPerIteration),
    ...bump(LO, parts.blocksPerIteration),
    ...countDown(ITERATIONS),
    ...wasm.end(),
  ];
  return wasmModule([
    {
      name: 'philox',
      params: [wasm.i32, wasm.i32, wasm.i32, wasm.i32],
      locals: [[4, wasm.i32], ...parts.locals],
      body,
    },
  ]);
}
