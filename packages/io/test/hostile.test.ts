import { expectCleanOutcome, hostileOptions, hostileValue } from '@nninit/internal/testing';
import {
  fromNpy,
  fromTensor,
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
  toNpy,
  toTensor,
  writeNpy,
  writeNpz,
  writeSafetensors,
} from '@nninit/io';
import { openFile } from '@nninit/io/node';
import { Tensor } from '@nninit/tensor';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_DTYPES, ndArray } from './helpers/arbitraries.js';
import { golden } from './helpers/data.js';

// Every public function, on hostile arguments and on corrupted files, returns a finite,
// well-formed result or throws (rejects with) a TypeError or RangeError whose message starts
// with its name; never a hang, another error class, or an allocation a tiny file asked for.
// Results may hold NaN and ±Infinity when the file does (the formats store them), so the
// readers' results are checked for shape, not finiteness.
const SEED = 20261205;
const RUNS = 200;
let inputs = 0;
afterAll(() => console.log(`hostile.test.ts: ${inputs} inputs tried`));

/** expectCleanOutcome for functions whose results may hold the file's NaNs: only the error contract. */
function expectClean(fn: string, call: () => unknown): void {
  inputs++;
  expectCleanOutcome(fn, () => {
    call();
    return undefined;
  });
}

async function expectCleanAsync(fn: string | RegExp, call: () => Promise<unknown>): Promise<void> {
  inputs++;
  try {
    await call();
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError)) {
      throw new Error(`${String(fn)}: rejected with ${(error as Error)?.name}: ${(error as Error)?.message}`);
    }
    const ok = typeof fn === 'string' ? error.message.startsWith(`${fn}: `) : fn.test(error.message);
    if (!ok) throw new Error(`${String(fn)}: rejected with a message not naming it: ${error.message}`);
  }
}

const good: Record<string, Uint8Array> = {
  npy: golden('npy/f8_be_F.npy'),
  npyV3: golden('npy/v3_f4.npy'),
  stored: golden('npz/stored.npz'),
  deflated: golden('npz/deflated.npz'),
  safetensors: golden('safetensors/all.safetensors'),
};

/** A valid file with a few corruptions: byte changes, 32-bit fields set to extremes, cuts, insertions. */
const corrupted = fc
  .tuple(
    fc.constantFrom(...Object.values(good)),
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
        fc.record({
          kind: fc.constant('u32' as const),
          at: fc.nat(),
          value: fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff, 2 ** 31, 64),
        }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), value: fc.constant(0) }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([file, edits]) => {
    let bytes = file.slice();
    for (const e of edits) {
      const at = bytes.length === 0 ? 0 : e.at % bytes.length;
      if (e.kind === 'set') bytes[at] = e.value;
      else if (e.kind === 'u32' && at + 4 <= bytes.length) new DataView(bytes.buffer).setUint32(at, e.value, true);
      else if (e.kind === 'cut') bytes = bytes.slice(0, at);
      else if (e.kind === 'insert') bytes = new Uint8Array([...bytes.subarray(0, at), e.value, ...bytes.subarray(at)]);
    }
    return bytes;
  });

describe('corrupted files', () => {
  it('the synchronous readers refuse or read them cleanly', () => {
    fc.assert(
      fc.property(corrupted, (bytes) => {
        expectClean('readNpy', () => readNpy(bytes));
        expectClean('readNpz', () => readNpz(bytes));
        expectClean('readSafetensors', () => readSafetensors(bytes));
        expectClean('fromNpy', () => fromNpy(bytes));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('the Blob readers refuse or read them cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(corrupted, async (bytes) => {
        const blob = new Blob([bytes]);
        await expectCleanAsync(/^openNpy: /, async () => (await openNpy(blob)).read());
        await expectCleanAsync(/^(openNpz|NpzFile\.read): /, async () => {
          const f = await openNpz(blob);
          for (const n of f.names) await f.read(n);
        });
        await expectCleanAsync(/^(openSafetensors|SafetensorsFile\.read): /, async () => {
          const f = await openSafetensors(blob);
          for (const t of f.tensors) await f.read(t.name);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('hostile arguments', () => {
  const array = (): fc.Arbitrary<unknown> =>
    fc.oneof(
      ndArray(ALL_DTYPES),
      hostileValue,
      fc.record({
        dtype: fc.oneof(fc.constantFrom(...ALL_DTYPES), hostileValue),
        shape: fc.oneof(fc.constant([2]), hostileValue),
        data: fc.oneof(fc.constant(new Float32Array(2)), hostileValue),
      }),
    );
  const npyOptions = hostileOptions(['version', 'byteOrder', 'fortranOrder'], {
    version: ['1.0', '2.0', '3.0'],
    byteOrder: ['little', 'big'],
    fortranOrder: [true, false],
  });

  it('the writers and converters', () => {
    fc.assert(
      fc.property(
        array(),
        npyOptions,
        hostileOptions(['compress'], { compress: [true, false] }),
        hostileOptions(['metadata'], { metadata: [{ a: 'b' }] }),
        hostileValue,
        (a, o, zo, so, other) => {
          expectCleanOutcome('writeNpy', () => writeNpy(a as NdArray, o));
          expectCleanOutcome('npyChunks', () => npyChunks(a as NdArray, o));
          expectCleanOutcome('writeNpz', () => writeNpz({ a: a as NdArray }, zo));
          expectCleanOutcome('writeNpz', () => writeNpz(other as never));
          expectCleanOutcome('writeSafetensors', () => writeSafetensors({ a: a as NdArray }, so));
          expectCleanOutcome('writeSafetensors', () => writeSafetensors(other as never));
          expectClean('toTensor', () => toTensor(a as NdArray));
          expectClean('fromTensor', () => fromTensor(other as Tensor, other as never));
          expectClean('fromTensor', () => fromTensor(new Tensor(new Float32Array(2)), other as never));
          expectCleanOutcome('toNpy', () => toNpy(other as Tensor));
          expectCleanOutcome('toNpy', () => toNpy(new Tensor(new Float64Array(2)), o));
          inputs += 7;
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the readers', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileValue,
        hostileOptions(['maxHeaderSize'], { maxHeaderSize: [0, 100, 10_000] }),
        async (v, o) => {
          expectClean('readNpy', () => readNpy(v as Uint8Array, o));
          expectClean('readNpy', () => readNpy(good.npy as Uint8Array, o));
          expectClean('readNpz', () => readNpz(v as Uint8Array, o));
          expectClean('readSafetensors', () => readSafetensors(v as Uint8Array));
          expectClean('fromNpy', () => fromNpy(v as Uint8Array, o));
          await expectCleanAsync('openNpy', () => openNpy(v as Blob, o));
          await expectCleanAsync('openNpz', () => openNpz(v as Blob, o));
          await expectCleanAsync('openSafetensors', () => openSafetensors(v as Blob));
          // Short hostile strings name no file in the test's working folder, so this only stats.
          await expectCleanAsync('openFile', () => openFile(v as string));
          const file = await openSafetensors(good.safetensors as Uint8Array);
          await expectCleanAsync('SafetensorsFile.read', () => file.read(v as string));
          const npz = await openNpz(good.stored as Uint8Array);
          await expectCleanAsync('NpzFile.read', () => npz.read(v as string));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the streaming writers, on hostile sources and lazy data of the wrong kind', async () => {
    const source = fc.record({
      name: fc.oneof(fc.constantFrom('a', 'b', ''), hostileValue),
      dtype: fc.oneof(fc.constantFrom(...ALL_DTYPES), hostileValue),
      shape: fc.oneof(fc.constant([2]), fc.constant([]), hostileValue),
      data: fc.oneof(
        fc.constant(new Float32Array(2)),
        hostileValue,
        hostileValue.map((v) => () => v),
        hostileValue.map((v) => async () => v),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.array(source, { maxLength: 3 }), hostileValue),
        hostileValue,
        async (sources, options) => {
          await expectCleanAsync('npzChunks', async () => {
            for await (const _ of npzChunks(sources as never, options as never));
          });
          await expectCleanAsync('safetensorsChunks', async () => {
            for await (const _ of safetensorsChunks(sources as never, options as never));
          });
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    expect(inputs).toBeGreaterThan(1000);
  });
});
