import { readFileSync } from 'node:fs';
import { wasmBinary, wasmText } from '@nninit/internal/testing';
import { describe, expect, it } from 'vitest';
import { philoxWasmBytes } from '../src/internal/philox/philoxWasm.js';

const committed = new URL('../src/internal/philox/philoxWasm.wat', import.meta.url);

describe('the Philox WebAssembly kernel and its committed text form', () => {
  it('philoxWasm.wat is fresh: it is wasmText of the bytes emitted today (regenerate: pnpm generate)', async () => {
    expect(readFileSync(committed, 'utf8')).toBe(await wasmText(philoxWasmBytes({ names: true })));
  });

  it('the committed text assembles back to the very bytes the TypeScript emits (without names)', async () => {
    expect(await wasmBinary(readFileSync(committed, 'utf8'))).toEqual(philoxWasmBytes());
  });

  it('the names are 7 parameters and 24 locals, one each', () => {
    // Guards the name table against drifting from the locals it names.
    const text = readFileSync(committed, 'utf8');
    expect(text).toContain('(func $philox (type 0) (param $k0 i32) (param $k1 i32)');
    expect(text).toContain('(local $ptr i32) (local $round i32)');
    expect(text).toContain('(local $b_h1 v128)');
  });
});
