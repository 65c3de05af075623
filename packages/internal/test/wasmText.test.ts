import { describe, expect, it } from 'vitest';
import { wasmBinary, wasmText } from '../src/testing/index.js';
import { wasm, wasmModule } from '../src/wasm/index.js';

describe('wasmText and wasmBinary', () => {
  it('round-trips a module: the text assembles back to the same code', async () => {
    const bytes = probeModule();
    const text = await wasmText(bytes);
    expect(text).toContain('(func');
    expect(text).toContain('i32.add');
    expect(await wasmBinary(text)).toEqual(bytes);
  });

  it('rejects text that is not a valid module', async () => {
    await expect(wasmBinary('(module (func (result i32) i64.const 1))')).rejects.toThrow();
  });
});

/** `add(a, b)` computes a + b into a local: enough to see a function, a local and an export in the text. */
function probeModule(): Uint8Array {
  return wasmModule([
    {
      name: 'add',
      params: [wasm.i32, wasm.i32],
      locals: [[1, wasm.i32]],
      body: [...wasm.get(0), ...wasm.get(1), ...wasm.i32Add(), ...wasm.set(2)],
    },
  ]);
}
