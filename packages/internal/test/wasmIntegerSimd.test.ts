import { wasmBinary, wasmText } from '@nninit/internal/testing';
import { wasm, wasmModule } from '@nninit/internal/wasm';
import { describe, expect, it } from 'vitest';

// The integer SIMD instructions of rng's Philox kernel: their encodings, and wabt reading each as
// the instruction it is named after.
describe('wasm: integer SIMD instructions', () => {
  it('encode as the SIMD proposal specifies', () => {
    expect(wasm.i32x4Splat()).toEqual([0xfd, 0x11]);
    expect(wasm.v128Xor()).toEqual([0xfd, 0x51]);
    expect(wasm.i32x4Add()).toEqual([0xfd, 0xae, 0x01]);
    expect(wasm.i32x4Mul()).toEqual([0xfd, 0xb5, 0x01]);
    expect(wasm.i32x4ShrU()).toEqual([0xfd, 0xad, 0x01]);
    expect(wasm.f64x2ConvertLowI32x4U()).toEqual([0xfd, 0xff, 0x01]);
    expect(wasm.f32x4ConvertI32x4S()).toEqual([0xfd, 0xfa, 0x01]);
    expect(wasm.i64x2ExtmulLowI32x4U()).toEqual([0xfd, 0xde, 0x01]);
    expect(wasm.i64x2ExtmulHighI32x4U()).toEqual([0xfd, 0xdf, 0x01]);
    expect(wasm.v128Const32([1, 0xd2511f53, 0, 0xffffffff])).toEqual([
      0xfd, 0x0c, 1, 0, 0, 0, 0x53, 0x1f, 0x51, 0xd2, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff,
    ]);
  });

  it('read back as the named instructions and round-trip through the text form', async () => {
    const bytes = wasmModule([
      {
        name: 'f',
        params: [wasm.i32],
        locals: [[1, wasm.v128]],
        body: [
          ...wasm.get(0),
          ...wasm.i32x4Splat(),
          ...wasm.v128Const32([1, 2, 3, 4]),
          ...wasm.i32x4Add(),
          ...wasm.get(1),
          ...wasm.i32x4Mul(),
          ...wasm.get(1),
          ...wasm.v128Xor(),
          ...wasm.get(1),
          ...wasm.i64x2ExtmulLowI32x4U(),
          ...wasm.get(1),
          ...wasm.i64x2ExtmulHighI32x4U(),
          ...wasm.get(0),
          ...wasm.i32x4ShrU(),
          ...wasm.f64x2ConvertLowI32x4U(),
          ...wasm.f32x4ConvertI32x4S(),
          ...wasm.set(1),
        ],
      },
    ]);
    const text = await wasmText(bytes);
    for (const name of ['i32x4.splat', 'v128.const i32x4 0x00000001', 'i32x4.add', 'i32x4.mul', 'v128.xor']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('i64x2.extmul_low_i32x4_u');
    expect(text).toContain('i64x2.extmul_high_i32x4_u');
    expect(text).toContain('i32x4.shr_u');
    expect(text).toContain('f64x2.convert_low_i32x4_u');
    expect(text).toContain('f32x4.convert_i32x4_s');
    expect(await wasmBinary(text)).toEqual(bytes);
  });
});

describe('wasmModule: the optional name section', () => {
  const f = {
    name: 'add',
    params: [wasm.i32, wasm.i32],
    locals: [[1, wasm.i32]] as const,
    body: [...wasm.get(0), ...wasm.get(1), ...wasm.i32Add(), ...wasm.set(2)],
    localNames: ['a', 'b', 'sum'],
  };

  it('is absent by default: the bytes are those of the same module without localNames', () => {
    const { localNames: _, ...plain } = f;
    expect(wasmModule([f])).toEqual(wasmModule([plain]));
    expect(wasmModule([f], {})).toEqual(wasmModule([plain]));
  });

  it('names the function and its locals in the text, and the text assembles to the unnamed bytes', async () => {
    const text = await wasmText(wasmModule([f], { names: true }));
    expect(text).toContain('(func $add (type 0) (param $a i32) (param $b i32)');
    expect(text).toContain('(local $sum i32)');
    expect(text).toContain('local.get $a');
    expect(await wasmBinary(text)).toEqual(wasmModule([f]));
  });
});
