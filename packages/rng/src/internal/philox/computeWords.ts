import { createWasmPhilox } from './philoxWasm.js';
import { philoxWords } from './philoxWords.js';

const TWO_POW_32 = 2 ** 32;

/** The most counter blocks one {@link computeWords} call returns: 8192 words, 32 KiB. */
export const MAX_BLOCKS = 2048;

// The WebAssembly SIMD kernel where the engine has it (Node ≥ 16.4, every current browser), else
// the scalar JavaScript kernel; both give the same bits. Created once, used synchronously.
const wasm = createWasmPhilox();
const wasmWords = wasm === undefined ? undefined : new Uint32Array(wasm.memory.buffer);
const jsWords = new Uint32Array(4 * MAX_BLOCKS);

/** Which Philox kernel this process uses, `'wasm-simd'` or `'javascript'` (the fallback where WebAssembly SIMD is unavailable). */
export const KERNEL = wasm === undefined ? 'javascript' : 'wasm-simd';

/**
 * The words of counter blocks (b mod 2³², ⌊b/2³²⌋, c₂, c₃) for b = block … block + n − 1, where
 * n = min(nBlocks, MAX_BLOCKS, blocks left before the low counter word wraps): returns
 * `{ words, n }` with block b's words at words[4(b − block) …]. The array is reused by the next
 * call: read it before calling again.
 */
export function computeWords(
  k0: number,
  k1: number,
  c2: number,
  c3: number,
  block: number,
  nBlocks: number,
): { words: Uint32Array; n: number } {
  const lo = block % TWO_POW_32;
  const n = Math.min(nBlocks, MAX_BLOCKS, TWO_POW_32 - lo);
  if (wasm !== undefined && wasmWords !== undefined) {
    // The kernel works in whole iterations; the extra blocks of the last one are never read.
    wasm.run(k0, k1, (block - lo) / TWO_POW_32, c2, c3, lo, Math.ceil(n / wasm.blocksPerIteration));
    return { words: wasmWords, n };
  }
  philoxWords(k0, k1, c2, c3, block, n, jsWords);
  return { words: jsWords, n };
}

const wasmValues = wasm === undefined ? undefined : new Float64Array(wasm.memory.buffer);
const jsValues = new Float64Array(2 * MAX_BLOCKS);

/**
 * Layout 1's uniform float64 elements of the same blocks as {@link computeWords}: returns
 * `{ values, n }` with values[2(b − block)] and values[2(b − block) + 1] the two elements of
 * block b, ((w₀ ≫ 5)·2²⁶ + (w₁ ≫ 6))·2⁻⁵³ and ((w₂ ≫ 5)·2²⁶ + (w₃ ≫ 6))·2⁻⁵³ (numpy's 53-bit
 * formula), converted by the WebAssembly kernel where it runs. Reused by the next call.
 */
export function computeUniform64(
  k0: number,
  k1: number,
  c3: number,
  block: number,
  nBlocks: number,
): { values: Float64Array; n: number } {
  const lo = block % TWO_POW_32;
  const n = Math.min(nBlocks, MAX_BLOCKS, TWO_POW_32 - lo);
  if (wasm !== undefined && wasmValues !== undefined) {
    wasm.uniform64(k0, k1, (block - lo) / TWO_POW_32, 0, c3, lo, Math.ceil(n / wasm.blocksPerIteration));
    return { values: wasmValues, n };
  }
  philoxWords(k0, k1, 0, c3, block, n, jsWords);
  uniform64FromWords(jsWords, n, jsValues);
  return { values: jsValues, n };
}

/** The JavaScript kernel's conversion: out[e] = uniform53(words[2e], words[2e + 1]) for 2·nBlocks elements. */
export function uniform64FromWords(words: Uint32Array, nBlocks: number, out: Float64Array): void {
  for (let e = 0, w = 0; e < 2 * nBlocks; e++, w += 2) {
    out[e] = (((words[w] as number) >>> 5) * 67108864 + ((words[w + 1] as number) >>> 6)) * 2 ** -53;
  }
}

const wasmFloats = wasm === undefined ? undefined : new Float32Array(wasm.memory.buffer);
const jsFloats = new Float32Array(2 * MAX_BLOCKS);

/**
 * Layout 1's uniform float32 elements (no transform) of the same blocks as {@link computeWords}:
 * `{ values, n }` with values[2(b − block)] = (w₀ ≫ 8)·2⁻²⁴ and values[2(b − block) + 1] =
 * (w₂ ≫ 8)·2⁻²⁴ of block b. Reused by the next call.
 */
export function computeUniform32(
  k0: number,
  k1: number,
  c3: number,
  block: number,
  nBlocks: number,
): { values: Float32Array; n: number } {
  const lo = block % TWO_POW_32;
  const n = Math.min(nBlocks, MAX_BLOCKS, TWO_POW_32 - lo);
  if (wasm !== undefined && wasmFloats !== undefined) {
    wasm.uniform32(k0, k1, (block - lo) / TWO_POW_32, 0, c3, lo, Math.ceil(n / wasm.blocksPerIteration));
    return { values: wasmFloats, n };
  }
  philoxWords(k0, k1, 0, c3, block, n, jsWords);
  uniform32FromWords(jsWords, n, jsFloats);
  return { values: jsFloats, n };
}

/** The JavaScript kernel's conversion: out[e] = (words[2e] ≫ 8)·2⁻²⁴ for 2·nBlocks elements. */
export function uniform32FromWords(words: Uint32Array, nBlocks: number, out: Float32Array): void {
  for (let e = 0, w = 0; e < 2 * nBlocks; e++, w += 2) out[e] = ((words[w] as number) >>> 8) * 2 ** -24;
}
