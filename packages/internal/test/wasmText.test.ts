import { wasmBinary, wasmText } from '@nninit/internal/testing';
import { wasm, wasmModule } from '@nninit/internal/wasm';
import { describe, expect, it } from 'vitest';

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

describe('wasmModule names option', () => {
  const named = (): Uint8Array =>
    wasmModule(
      [
        {
          name: 'add',
          params: [wasm.i32, wasm.i32],
          locals: [[1, wasm.i32]],
          body: [...wasm.get(0), ...wasm.get(1), ...wasm.i32Add(), ...wasm.set(2)],
          localNames: ['x', 'y', 'total'],
        },
      ],
      { names: true },
    );

  it('leaves the default output unchanged: localNames are ignored without the option', () => {
    const plain = probeModule();
    const withLocalNames = wasmModule([{ ...probeFunction(), localNames: ['x', 'y', 'total'] }]);
    expect(withLocalNames).toEqual(plain);
    expect(wasmModule([probeFunction()], {})).toEqual(plain);
  });

  it('appends one name section after the same bytes', async () => {
    const plain = probeModule();
    const bytes = named();
    expect(bytes.subarray(0, plain.length)).toEqual(plain);
    expect(bytes[plain.length]).toBe(0); // a custom section
    const text = await wasmText(bytes);
    expect(text).toContain('(func $add (type 0) (param $x i32) (param $y i32)');
    expect(text).toContain('(local $total i32)');
    expect(text).toContain('local.get $x');
    // wat2wasm writes no name section, so the text assembles back to the plain module.
    expect(await wasmBinary(text)).toEqual(plain);
  });
});

function probeFunction() {
  return {
    name: 'add',
    params: [wasm.i32, wasm.i32],
    locals: [[1, wasm.i32]] as const,
    body: [...wasm.get(0), ...wasm.get(1), ...wasm.i32Add(), ...wasm.set(2)],
  };
}
