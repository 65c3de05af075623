import {
  type NdArray,
  npyChunks,
  npzChunks,
  openNpy,
  openNpz,
  openSafetensors,
  readNpy,
  readNpz,
  readSafetensors,
  safetensorsChunks,
  writeNpy,
  writeNpz,
  writeSafetensors,
} from '@nninit/io';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_DTYPES, NUMPY_DTYPES, nameArb, ndArray } from './helpers/arbitraries.js';
import { summary } from './helpers/data.js';

// Properties with fixed seeds: every array nninit writes reads back with the same dtype, shape
// and bits, through every format option, in memory and from Blobs; the streaming writers give
// the same bytes as the in-memory ones.
const SEED = 20261205;

async function concat(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c.slice());
  return new Uint8Array(Buffer.concat(parts));
}

const arrays = (dtypes: typeof ALL_DTYPES) =>
  fc.uniqueArray(fc.tuple(nameArb, ndArray(dtypes)), { selector: ([n]) => n, maxLength: 6 });

describe('.npy round trips', () => {
  it('every dtype, shape, byte order, element order and version reads back bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(
        ndArray(NUMPY_DTYPES),
        fc.constantFrom('little' as const, 'big' as const),
        fc.boolean(),
        fc.constantFrom('1.0' as const, '2.0' as const, '3.0' as const),
        async (array, byteOrder, fortranOrder, version) => {
          const bytes = writeNpy(array, { byteOrder, fortranOrder, version });
          expect(bytes[6]).toBe(Number(version[0]));
          expect(summary(readNpy(bytes))).toEqual(summary(array));
          // The same bytes at an odd offset of a larger buffer (elements unaligned) read the same.
          const shifted = new Uint8Array(bytes.length + 1);
          shifted.set(bytes, 1);
          expect(summary(readNpy(shifted.subarray(1)))).toEqual(summary(array));
          const file = await openNpy(new Blob([bytes]));
          expect({ byteOrder: file.byteOrder, fortranOrder: file.fortranOrder, version: file.version }).toEqual({
            byteOrder: array.dtype.endsWith('8') && !array.dtype.endsWith('64') ? 'little' : byteOrder,
            fortranOrder,
            version,
          });
          expect(summary(await file.read())).toEqual(summary(array));
          const [header, data] = npyChunks(array, { byteOrder, fortranOrder, version });
          expect(Buffer.concat([header, data]).equals(Buffer.from(bytes))).toBe(true);
          // The data starts at a multiple of 64 bytes, as numpy aligns it.
          expect(header.length % 64).toBe(0);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('safetensors round trips', () => {
  it('any set of named arrays of any dtype, with metadata, reads back bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(
        arrays(ALL_DTYPES).filter((list) => list.every(([n]) => n !== '__metadata__')),
        fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
        async (list, metadata) => {
          const bytes = writeSafetensors(new Map(list), { metadata });
          const header = Number(new DataView(bytes.buffer).getBigUint64(0, true));
          expect(header % 8).toBe(0);
          const back = readSafetensors(bytes);
          expect({ ...back.metadata }).toEqual({ ...metadata });
          expect([...back.tensors.keys()].sort()).toEqual(list.map(([n]) => n).sort());
          for (const [name, array] of list) expect(summary(back.tensors.get(name) as NdArray)).toEqual(summary(array));
          const file = await openSafetensors(new Blob([bytes]));
          for (const [name, array] of list) expect(summary(await file.read(name))).toEqual(summary(array));
          const streamed = await concat(
            safetensorsChunks(
              list.map(([name, a]) => ({ name, dtype: a.dtype, shape: a.shape, data: async () => a.data })),
              { metadata },
            ),
          );
          expect(Buffer.from(streamed).equals(Buffer.from(bytes))).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });
});

describe('.npz round trips', () => {
  it('any set of named arrays, stored or deflated, reads back bit for bit', async () => {
    await fc.assert(
      fc.asyncProperty(
        arrays(NUMPY_DTYPES).filter((list) => list.every(([n]) => !n.endsWith('.npy'))),
        fc.boolean(),
        async (list, compress) => {
          const bytes = writeNpz(new Map(list), { compress });
          const back = readNpz(bytes);
          expect([...back.keys()]).toEqual(list.map(([n]) => n));
          for (const [name, array] of list) expect(summary(back.get(name) as NdArray)).toEqual(summary(array));
          const file = await openNpz(new Blob([bytes]));
          for (const [name, array] of list) expect(summary(await file.read(name))).toEqual(summary(array));
          const streamed = await concat(
            npzChunks(
              list.map(([name, a]) => ({ name, dtype: a.dtype, shape: a.shape, data: () => a.data })),
              { compress },
            ),
          );
          expect(Buffer.from(streamed).equals(Buffer.from(bytes))).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});
