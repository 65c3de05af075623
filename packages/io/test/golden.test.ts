import {
  type NdArray,
  openNpy,
  openNpz,
  openSafetensors,
  readNpy,
  readNpz,
  readSafetensors,
  writeNpy,
  writeSafetensors,
} from '@nninit/io';
import { describe, expect, it } from 'vitest';
import { floatBitsToBfloat, floatBitsToHalf, halfToFloatBits } from '../src/internal/float16.js';
import { golden, manifest, summary } from './helpers/data.js';

// Files written by numpy (and safetensors by hand, from its README) in scripts/golden.py, with
// every array's expected bytes computed by numpy: reading needs no Python at test time.

describe('.npy files written by numpy', () => {
  it.each(manifest.npy.map((e) => [e.file, e] as const))(
    '%s reads with the dtype, shape and bits numpy wrote',
    async (_, e) => {
      const expected = { dtype: e.dtype, shape: e.shape, hex: e.hex };
      const bytes = golden(e.file);
      expect(summary(readNpy(bytes))).toEqual(expected);
      const file = await openNpy(new Blob([bytes]));
      expect({ dtype: file.dtype, shape: file.shape }).toEqual({ dtype: e.dtype, shape: e.shape });
      expect(summary(await file.read())).toEqual(expected);
    },
  );

  const writable = manifest.npy.filter((e) => e.writeOptions !== null && e.writeOptions !== undefined);
  it.each(writable.map((e) => [e.file, e] as const))('writeNpy reproduces %s byte for byte', (_, e) => {
    const bytes = golden(e.file);
    expect(Buffer.from(writeNpy(readNpy(bytes), e.writeOptions as never)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('covers every dtype, both byte orders, both element orders and every version', () => {
    expect(new Set(manifest.npy.map((e) => e.dtype)).size).toBe(11);
    expect(writable.length).toBeGreaterThanOrEqual(25);
  });
});

describe('.npz archives written by np.savez and np.savez_compressed', () => {
  for (const kind of ['stored', 'deflated']) {
    const entries = manifest.npz.filter((e) => e.file === `npz/${kind}.npz`);
    it(`${kind}: readNpz and openNpz give every member's bits`, async () => {
      const bytes = golden(`npz/${kind}.npz`);
      const all = readNpz(bytes);
      expect([...all.keys()].sort()).toEqual(entries.map((e) => e.name).sort());
      const file = await openNpz(new Blob([bytes]));
      expect([...file.names].sort()).toEqual(entries.map((e) => e.name).sort());
      for (const e of entries) {
        const expected = { dtype: e.dtype, shape: e.shape, hex: e.hex };
        expect(summary(all.get(e.name as string) as NdArray)).toEqual(expected);
        expect(summary(await file.read(e.name as string))).toEqual(expected);
      }
    });
  }
});

describe('safetensors written by hand from the format README', () => {
  const bytes = golden('safetensors/all.safetensors');

  it('readSafetensors gives the metadata and every tensor (F16 and BF16 widened exactly)', () => {
    const { metadata, tensors } = readSafetensors(bytes);
    expect(metadata).toEqual(manifest.safetensorsMetadata);
    expect(tensors.size).toBe(manifest.safetensors.length);
    for (const e of manifest.safetensors) {
      expect(summary(tensors.get(e.name as string) as NdArray), e.name).toEqual({
        dtype: e.dtype,
        shape: e.shape,
        hex: e.hex,
      });
    }
  });

  it('openSafetensors reads one tensor from a Blob', async () => {
    const file = await openSafetensors(new Blob([bytes]));
    expect(file.tensors.map((t) => t.name).sort()).toEqual(manifest.safetensors.map((e) => e.name).sort());
    const e = manifest.safetensors.find((t) => t.name === 't_bf16') as (typeof manifest.safetensors)[number];
    expect(summary(await file.read('t_bf16'))).toEqual({ dtype: e.dtype, shape: e.shape, hex: e.hex });
  });

  it('writeSafetensors reproduces the file byte for byte (layout, header, padding)', () => {
    const { tensors } = readSafetensors(bytes);
    const written = writeSafetensors(tensors, { metadata: manifest.safetensorsMetadata });
    expect(Buffer.from(written).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('float16 and bfloat16 against numpy', () => {
  const f = readNpz(golden('float16.npz'));
  const get = <T>(name: string) => f.get(name)?.data as T;

  it('every one of the 65536 half bit patterns widens to the float32 numpy gives', () => {
    const half = get<Uint16Array>('half_bits');
    const wide = get<Uint32Array>('half_as_float32_bits');
    let wrong = 0;
    for (let i = 0; i < half.length; i++) if (halfToFloatBits(half[i] as number) !== wide[i]) wrong++;
    expect(half.length).toBe(65536);
    expect(wrong).toBe(0);
  });

  it("float32 rounds to half as numpy's astype(float16) does (ties to even, subnormals, overflow)", () => {
    const x = get<Uint32Array>('float32_bits');
    const h = get<Uint16Array>('to_half_bits');
    const mismatches: string[] = [];
    for (let i = 0; i < x.length; i++) {
      const got = floatBitsToHalf(x[i] as number);
      const hi = h[i] as number;
      const nan = (hi & 0x7c00) === 0x7c00 && (hi & 0x3ff) !== 0;
      if (nan ? !((got & 0x7c00) === 0x7c00 && (got & 0x3ff) !== 0) : got !== h[i]) {
        mismatches.push(
          `${(x[i] as number).toString(16)} -> ${got.toString(16)}, numpy ${(h[i] as number).toString(16)}`,
        );
      }
    }
    expect(x.length).toBeGreaterThan(8000);
    expect(mismatches).toEqual([]);
  });

  it('float32 rounds to bfloat16 as the nearest (ties to even) by float64 distance', () => {
    const x = get<Uint32Array>('float32_bits');
    const b = get<Uint16Array>('to_bfloat16_bits');
    const mismatches: string[] = [];
    for (let i = 0; i < x.length; i++) {
      const got = floatBitsToBfloat(x[i] as number);
      if (got !== b[i])
        mismatches.push(
          `${(x[i] as number).toString(16)} -> ${got.toString(16)}, expected ${(b[i] as number).toString(16)}`,
        );
    }
    expect(mismatches).toEqual([]);
  });

  it('writeNpy of float16 rounds float32 data as numpy does', () => {
    const x = get<Uint32Array>('float32_bits');
    const h = get<Uint16Array>('to_half_bits');
    const finite = [...x.keys()].filter((i) => ((x[i] as number) & 0x7f800000) !== 0x7f800000);
    const data = new Float32Array(new Uint32Array(finite.map((i) => x[i] as number)).buffer);
    const back = readNpy(writeNpy({ dtype: 'float16', shape: [data.length], data }));
    const expected = new Float32Array(new Uint32Array(finite.map((i) => halfToFloatBits(h[i] as number))).buffer);
    expect(Buffer.from(back.data.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
  });
});
