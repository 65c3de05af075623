import { readFileSync } from 'node:fs';
import { wasmBinary, wasmText } from '@nninit/internal/testing';
import { describe, expect, it } from 'vitest';
import { philoxWasmBytes } from '../src/internal/philox/philoxWasm.js';

const committed = new URL('../src/internal/philox/philoxWasm.wat', import.meta.url);

describe('the Philox WebAssembly kernel and its committed text form', () => {
  it('philoxWasm.wat is fresh: it is wasmText of the bytes emitted today (regenerate: pnpm generate)', async () => {
    expect(readFileSync(committed, 'utf8')).toBe(await wasmText(philoxWasmBytes()));
  });

  it('the committed text assembles back to the very bytes the TypeScript emits', async () => {
    expect(await wasmBinary(readFileSync(committed, 'utf8'))).toEqual(philoxWasmBytes());
  });
});
