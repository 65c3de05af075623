import { readFileSync } from 'node:fs';
import { wasmBinary } from '@nninit/internal/testing';
import { describe, expect, it } from 'vitest';
import { KERNELS_WAT, kernelBytes, kernelsWat, namedKernelBytes } from '../scripts/generateWat.js';
import { kernelFunctions } from '../src/internal/wasm/wasmKernels.js';

const committed = readFileSync(new URL(`../${KERNELS_WAT}`, import.meta.url), 'utf8');

describe('matmulKernels.wat, the readable form of the WebAssembly kernels', () => {
  it('is wasmText of the bytes built today (run `pnpm --filter @nninit/tensor generate` if not)', async () => {
    expect(committed).toBe(await kernelsWat());
  });

  it('assembles (wasmBinary) to exactly the module matmul instantiates', async () => {
    expect(await wasmBinary(committed)).toEqual(kernelBytes());
  });

  it('names do not reach the runtime: the named module is the runtime bytes plus one custom section', () => {
    const plain = kernelBytes();
    const named = namedKernelBytes();
    expect(named.subarray(0, plain.length)).toEqual(plain);
    expect(named[plain.length]).toBe(0); // custom section id
    expect(named.length).toBeGreaterThan(plain.length);
  });

  it('names every parameter and local of every kernel, each once', () => {
    for (const f of kernelFunctions()) {
      const count = f.params.length + f.locals.reduce((n, [c]) => n + c, 0);
      expect(f.localNames, f.name).toHaveLength(count);
      expect(new Set(f.localNames).size, f.name).toBe(count);
    }
    expect(committed).not.toMatch(/local\.[gst]e[te] \d/);
  });
});
