import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ArrayData,
  type ArrayDType,
  type NdArray,
  npzChunks,
  openNpz,
  readNpy,
  readNpz,
  writeNpy,
  writeNpz,
  writeSafetensors,
} from '@nninit/io';
import { writeChunks } from '@nninit/io/node';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { halfToFloatBits } from '../src/internal/float16.js';
import { BYTES } from './helpers/arbitraries.js';
import { hexOf, summary } from './helpers/data.js';

/**
 * Live round trips with numpy, in one Python run (spawning is slow on a 2-core machine):
 * nninit writes random arrays (every numpy dtype, both byte orders, C and Fortran order, every
 * version, 0-d and zero-size shapes; npz stored and deflated; safetensors with every dtype) and
 * numpy.load and a plain struct + json safetensors parser read them back, bits compared; then
 * numpy writes its own random arrays and nninit reads them, bits compared.
 *
 * Needs python3 with numpy. Without it the file fails under CI (the `CI` variable is set), where
 * skipping would hide a broken format, and is skipped elsewhere. `numpyMissing` says why python3
 * with numpy cannot be used here (python's own error), or undefined when it can.
 */
function numpyMissing(): string | undefined {
  try {
    // One thread for numpy's BLAS: the import must not depend on what else the machine runs.
    execFileSync('python3', ['-c', 'import numpy'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, OPENBLAS_NUM_THREADS: '1' },
    });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return stderr ? `${String(error)}: ${stderr}` : String(error);
  }
}
const missing = numpyMissing();
const python = missing === undefined;
if (!python && process.env.CI !== undefined) {
  throw new Error(
    `numpy.test.ts: python3 with numpy is missing under CI; it is needed for the round trips with numpy (${missing})`,
  );
}

const CODES: Partial<Record<ArrayDType, string>> = {
  float16: 'f2',
  float32: 'f4',
  float64: 'f8',
  int8: 'i1',
  int16: 'i2',
  int32: 'i4',
  int64: 'i8',
  uint8: 'u1',
  uint16: 'u2',
  uint32: 'u4',
  uint64: 'u8',
};
const ST: Record<ArrayDType, string> = {
  float16: 'F16',
  bfloat16: 'BF16',
  float32: 'F32',
  float64: 'F64',
  int8: 'I8',
  int16: 'I16',
  int32: 'I32',
  int64: 'I64',
  uint8: 'U8',
  uint16: 'U16',
  uint32: 'U32',
  uint64: 'U64',
};

/**
 * An array of `dtype` from random file bytes (little-endian): the expected hex is those bytes,
 * independent of nninit's writers; float16/bfloat16 data is their exact float32 widening.
 */
function fromFileBytes(dtype: ArrayDType, shape: number[], bytes: Uint8Array): { array: NdArray; hex: string } {
  const n = shape.reduce((a, b) => a * b, 1);
  const raw = bytes.slice(0, n * BYTES[dtype]);
  const view = new DataView(raw.buffer);
  let data: ArrayData;
  if (dtype === 'float16' || dtype === 'bfloat16') {
    const bits = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const h = view.getUint16(2 * i, true);
      bits[i] = dtype === 'float16' ? halfToFloatBits(h) : (h << 16) >>> 0;
    }
    data = new Float32Array(bits.buffer);
  } else {
    const Type = {
      float32: Float32Array,
      float64: Float64Array,
      int8: Int8Array,
      int16: Int16Array,
      int32: Int32Array,
      int64: BigInt64Array,
      uint8: Uint8Array,
      uint16: Uint16Array,
      uint32: Uint32Array,
      uint64: BigUint64Array,
    }[dtype];
    data = new Type(raw.buffer, 0, n);
  }
  return { array: { dtype, shape, data } as NdArray, hex: Buffer.from(raw).toString('hex') };
}

const npyCase = fc.record({
  dtype: fc.constantFrom(...(Object.keys(CODES) as ArrayDType[])),
  shape: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }),
  byteOrder: fc.constantFrom('little' as const, 'big' as const),
  fortranOrder: fc.boolean(),
  version: fc.constantFrom(undefined, '1.0' as const, '2.0' as const, '3.0' as const),
  bytes: fc.uint8Array({ minLength: 8 * 256, maxLength: 8 * 256 }),
});

let dir = '';
let report: { checked: number; failures: string[]; written: number } = { checked: 0, failures: [], written: 0 };
let fromPy: { kind: string; file: string; name?: string; dtype: string; shape: number[]; hex: string }[] = [];

describe.skipIf(!python)('round trips with numpy (skipped: python3 with numpy not found, outside CI)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nninit-io-'));
    const cases: Record<string, unknown>[] = [];
    // .npy: 80 random cases, fixed seed.
    fc.sample(npyCase, { seed: 20261205, numRuns: 80 }).forEach((c, k) => {
      const { array, hex } = fromFileBytes(c.dtype, c.shape, c.bytes);
      const file = `ts_${k}.npy`;
      writeFileSync(
        join(dir, file),
        writeNpy(array, {
          byteOrder: c.byteOrder,
          fortranOrder: c.fortranOrder,
          ...(c.version === undefined ? {} : { version: c.version }),
        }),
      );
      const big = c.byteOrder === 'big' && BYTES[c.dtype] > 1;
      cases.push({
        kind: 'npy',
        file,
        code: CODES[c.dtype],
        shape: c.shape,
        hex,
        fortran: c.fortranOrder,
        version: c.version ?? '1.0',
        big,
      });
    });
    // Fortran-order matrices larger than one 32 x 32 transpose tile.
    const big = fc.sample(fc.uint8Array({ minLength: 70 * 45 * 8, maxLength: 70 * 45 * 8 }), {
      seed: 3,
      numRuns: 1,
    })[0];
    const tiles: [ArrayDType, number[]][] = [
      ['float64', [70, 45]],
      ['int16', [33, 97]],
      ['float16', [64, 31]],
      ['uint8', [3, 5, 70]],
    ];
    tiles.forEach(([dtype, shape], k) => {
      const { array, hex } = fromFileBytes(dtype, shape, big as Uint8Array);
      const file = `ts_tile_${k}.npy`;
      writeFileSync(join(dir, file), writeNpy(array, { fortranOrder: true }));
      cases.push({ kind: 'npy', file, code: CODES[dtype], shape, hex, fortran: true, version: '1.0', big: false });
    });
    // .npz: every numpy dtype, stored (in memory) and deflated (streamed to a file); the
    // float64 member has a non-ASCII name, which zip marks as UTF-8 for Python's zipfile.
    const seedBytes = fc.sample(fc.uint8Array({ minLength: 256, maxLength: 256 }), { seed: 7, numRuns: 12 });
    const members = (Object.keys(CODES) as ArrayDType[]).map((dtype, k) => ({
      name: dtype === 'float64' ? 'é/日本' : `m_${dtype}`,
      ...fromFileBytes(dtype, [2, 3], seedBytes[k] as Uint8Array),
    }));
    writeFileSync(join(dir, 'ts_stored.npz'), writeNpz(new Map(members.map((m) => [m.name, m.array]))));
    await writeChunks(
      join(dir, 'ts_deflated.npz'),
      npzChunks(
        members.map((m) => ({ name: m.name, dtype: m.array.dtype, shape: m.array.shape, data: () => m.array.data })),
        { compress: true },
      ),
    );
    for (const file of ['ts_stored.npz', 'ts_deflated.npz']) {
      for (const m of members)
        cases.push({ kind: 'npz', file, name: m.name, code: CODES[m.array.dtype], shape: [2, 3], hex: m.hex });
    }
    // safetensors: every dtype, bfloat16 included, with metadata.
    const tensors = (Object.keys(ST) as ArrayDType[]).map((dtype, k) => ({
      name: `t.${dtype}`,
      ...fromFileBytes(dtype, k % 3 === 0 ? [] : [k, 2], seedBytes[k] as Uint8Array),
    }));
    const metadata = { format: 'pt', note: 'written by nninit' };
    writeFileSync(
      join(dir, 'ts.safetensors'),
      writeSafetensors(new Map(tensors.map((t) => [t.name, t.array])), { metadata }),
    );
    for (const t of tensors)
      cases.push({
        kind: 'safetensors',
        file: 'ts.safetensors',
        name: t.name,
        st: ST[t.array.dtype],
        shape: [...t.array.shape],
        hex: t.hex,
        metadata,
      });
    writeFileSync(join(dir, 'from_ts.json'), JSON.stringify(cases));
    mkdirSync(join(dir, 'py'));
    const script = fileURLToPath(new URL('./helpers/roundtrip.py', import.meta.url));
    report = JSON.parse(execFileSync('python3', [script, dir], { encoding: 'utf8' }));
    fromPy = JSON.parse(readFileSync(join(dir, 'from_py.json'), 'utf8'));
  }, 60_000);
  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('numpy.load and a plain safetensors parser read every file nninit wrote, bits equal', () => {
    expect(report.failures).toEqual([]);
    expect(report.checked).toBe(80 + 4 + 2 * 11 + 12);
  });

  it('nninit reads every .npy numpy wrote (all dtypes, byte orders, orders, versions), bits equal', () => {
    const npy = fromPy.filter((c) => c.kind === 'npy');
    expect(npy.length).toBe(11 * 2 * 2 * 3 + 4);
    for (const c of npy) {
      expect(summary(readNpy(readFileSync(join(dir, c.file)))), c.file).toEqual({
        dtype: c.dtype,
        shape: c.shape,
        hex: c.hex,
      });
    }
  });

  it('nninit reads every member of the .npz archives numpy wrote (stored and deflated), bits equal', async () => {
    const npz = fromPy.filter((c) => c.kind === 'npz');
    expect(npz.length).toBe(22);
    for (const c of npz) {
      const bytes = readFileSync(join(dir, c.file));
      const expected = { dtype: c.dtype, shape: c.shape, hex: c.hex };
      expect(summary(readNpz(bytes).get(c.name as string) as NdArray), `${c.file} ${c.name}`).toEqual(expected);
      const file = await openNpz(new Blob([bytes]));
      expect(hexOf((await file.read(c.name as string)).data)).toBe(c.hex);
    }
  });
});
