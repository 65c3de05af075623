/**
 * What bounds the uniform fills: the Philox4x32-10 block function alone, timed in the forms
 * WebAssembly gives its 32×32→64 products, against numpy's whole uniform fill in the same run. A layout-1 fill of 10⁷
 * uniforms (float32 or float64) takes 5·10⁶ counter blocks, and no fill can be faster than
 * computing them, so numpy's fill time over the kernel's time for 5·10⁶ blocks is the most any
 * layout-1 fill can reach on one thread; over 2.5·10⁶ blocks, the most a float32 layout with four
 * 24-bit uniforms per block could reach. The uniform goal is 1.5× numpy (performance round 2).
 *
 * Kernels: the product kernel (WebAssembly SIMD, four groups of four blocks per iteration), the
 * same with two and three groups, one with 64-bit lanes and `i64x2.mul`, and a scalar one with
 * `i64.mul`. Each is first checked against `philox4x32` (Random123's reference function) on 24
 * blocks, so every row computes Philox4x32-10.
 */

import { instantiateWasm } from '@nninit/internal/testing';
import { philox, philox4x32 } from '@nninit/rng';
// The kernel's module bytes are internal to @nninit/rng (not exported), so the bench reads its source.
import { philoxWasmBytes } from '../../packages/rng/src/internal/philox/philoxWasmBytes.js';
import { I64X2_BLOCKS_PER_ITERATION, i64x2MulKernelBytes } from './philoxKernels/i64x2MulKernel.js';
import { SCALAR_BLOCKS_PER_ITERATION, scalarKernelBytes } from './philoxKernels/scalarKernel.js';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';

const N = 10_000_000;
const BLOCKS = N / 2;
/** Blocks per call: 32 KiB of words, as the product's fills compute them (computeWords.ts). */
const CHUNK = 2048;
const REPEATS = 7;
const KEY = [0x01234567, 0x89abcdef] as const;

interface Kernel {
  name: string;
  blocksPerIteration: number;
  /** Writes the words of blocks (lo + j, 0, 0, 0), j < blocksPerIteration·iterations, from address 0. */
  run(lo: number, iterations: number): void;
  memory: ArrayBuffer;
}

function productKernel(groupsPerIteration: number): Kernel {
  const { exports } = instantiateWasm(philoxWasmBytes({ groupsPerIteration }));
  const philoxRun = exports.philox as (...args: number[]) => void;
  return {
    name: `product kernel, ${groupsPerIteration} groups of 4 blocks${groupsPerIteration === 4 ? ' (shipped)' : ''}`,
    blocksPerIteration: 4 * groupsPerIteration,
    run: (lo, iterations) => philoxRun(KEY[0], KEY[1], 0, 0, 0, lo, iterations),
    memory: (exports.memory as { buffer: ArrayBuffer }).buffer,
  };
}

function benchKernel(name: string, bytes: Uint8Array, blocksPerIteration: number): Kernel {
  const { exports } = instantiateWasm(bytes);
  const philoxRun = exports.philox as (...args: number[]) => void;
  return {
    name,
    blocksPerIteration,
    run: (lo, iterations) => philoxRun(KEY[0], KEY[1], lo, iterations),
    memory: (exports.memory as { buffer: ArrayBuffer }).buffer,
  };
}

/** Throws unless the kernel's first 24 blocks from counter 5 are Philox4x32-10's. */
function check(kernel: Kernel): void {
  const lo = 5;
  kernel.run(lo, Math.ceil(24 / kernel.blocksPerIteration));
  const words = new Uint32Array(kernel.memory, 0, 4 * 24);
  for (let j = 0; j < 24; j++) {
    const expected = philox4x32([lo + j, 0, 0, 0], KEY);
    for (let w = 0; w < 4; w++) {
      if (words[4 * j + w] !== expected[w]) {
        throw new Error(`philox-kernel bench: ${kernel.name} gives a wrong word ${w} in block ${j}`);
      }
    }
  }
}

/**
 * Seconds (best of `repeats`) for the shipped kernel alone to compute `blocks` counter blocks in
 * the chunks the fills use: the floor under a uniform fill of 2·blocks values, which
 * `pnpm bench rng` prints beside its uniform rows.
 */
export function shippedKernelSeconds(blocks: number, repeats: number): number {
  const kernel = productKernel(4);
  check(kernel);
  return timeKernel(kernel, blocks, repeats);
}

function timeKernel(kernel: Kernel, blocks: number, repeats: number): number {
  const iterations = Math.ceil(CHUNK / kernel.blocksPerIteration);
  return timeBest(() => {
    for (let block = 0; block < blocks; block += CHUNK) kernel.run(block, iterations);
  }, repeats);
}

export async function run(): Promise<void> {
  const numpy = runPython<Record<string, number>>('rng.py', [String(N), String(REPEATS)]);
  const kernels = [
    productKernel(4),
    productKernel(2),
    productKernel(3),
    benchKernel('64-bit lanes, i64x2.mul', i64x2MulKernelBytes(), I64X2_BLOCKS_PER_ITERATION),
    benchKernel('scalar, i64.mul', scalarKernelBytes(), SCALAR_BLOCKS_PER_ITERATION),
  ];
  const np64 = numpy['uniform float64'] as number;
  const np32 = numpy['uniform float32'] as number;
  const ms = (s: number): string => (s * 1e3).toFixed(1);
  const rows = kernels.map((kernel) => {
    check(kernel);
    const seconds = timeKernel(kernel, BLOCKS, REPEATS);
    return [
      kernel.name,
      ms(seconds),
      ((seconds / BLOCKS) * 1e9).toFixed(2),
      `${(np64 / seconds).toFixed(2)}×`,
      `${(np32 / seconds).toFixed(2)}×`,
      `${(np32 / (seconds / 2)).toFixed(2)}×`,
    ];
  });
  const f64 = new Float64Array(N);
  const f32 = new Float32Array(N);
  let seed = 0;
  const fill64 = timeBest(() => philox(seed++).fillUniform(f64), REPEATS);
  const fill32 = timeBest(() => philox(seed++).fillUniform(f32), REPEATS);
  printTable(
    `Philox4x32-10 alone, 5·10^6 blocks (the blocks of a 10^7-value layout-1 uniform fill), best of ${REPEATS}, against numpy ${String(numpy.numpy)}'s whole fill of 10^7 uniforms (float64 ${ms(np64)} ms, float32 ${ms(np32)} ms)`,
    [
      'kernel',
      'ms',
      'ns per block',
      'numpy f64 fill / kernel',
      'numpy f32 fill / kernel',
      'numpy f32 fill / half (4 floats per block)',
    ],
    rows,
  );
  printTable(
    'The fills themselves (ms, best of 7): the kernel plus converting and copying the values out',
    ['fill', 'philox', 'numpy', 'numpy/philox', 'goal'],
    [
      ['uniform float64', ms(fill64), ms(np64), `${(np64 / fill64).toFixed(2)}×`, '1.50×'],
      ['uniform float32', ms(fill32), ms(np32), `${(np32 / fill32).toFixed(2)}×`, '1.50×'],
    ],
  );
}
