import { readFileSync } from 'node:fs';
import { wasmBinary, wasmText } from '@nninit/internal/testing';
import { wasmModule } from '@nninit/internal/wasm';
import { describe, expect, it } from 'vitest';
import { productFunctions } from '../src/internal/engine/wasm/productFunctions.js';

const committed = readFileSync(new URL('../src/internal/engine/wasm/productKernels.wat', import.meta.url), 'utf8');

describe('productKernels.wat, the readable form of the trainer WebAssembly kernels', () => {
  it('is wasmText of the bytes built today (run `pnpm --filter @nninit/train generate` if not)', async () => {
    expect(committed).toBe(await wasmText(wasmModule(productFunctions(), { names: true })));
  });

  it('assembles (wasmBinary) to exactly the module the engine instantiates', async () => {
    expect(await wasmBinary(committed)).toEqual(wasmModule(productFunctions()));
  });

  it('names do not reach the runtime: the named module is the runtime bytes plus one custom section', () => {
    const plain = wasmModule(productFunctions());
    const named = wasmModule(productFunctions(), { names: true });
    expect(named.subarray(0, plain.length)).toEqual(plain);
    expect(named[plain.length]).toBe(0); // custom section id
  });

  it('names every parameter and local of every kernel, each once', () => {
    for (const f of productFunctions()) {
      const count = f.params.length + f.locals.reduce((n, [c]) => n + c, 0);
      expect(f.localNames, f.name).toHaveLength(count);
      expect(new Set(f.localNames).size, f.name).toBe(count);
    }
    expect(committed).not.toMatch(/local\.[gst]e[te] \d/);
  });
});
