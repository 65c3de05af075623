/**
 * Reading and writing .npy and .npz: @nninit/io side by side with numpy's np.save / np.load
 * (and np.savez) on the same arrays, in memory and through files, in one run. Throughput is
 * the array's bytes over the best wall-clock time. Goal: at least numpy's throughput for
 * float32/float64 in C order, the layout weights are stored in.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NdArray, npyChunks, openNpy, readNpy, readNpz, writeNpy, writeNpz } from '@nninit/io';
import { openFile, writeChunks } from '@nninit/io/node';
import { philox } from '@nninit/rng';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';

type Case = { label: string; dtype: 'float16' | 'float32' | 'float64'; n: number; order: 'C' | 'F'; repeats: number };
const cases: Case[] = [
  { label: 'float32 1e6 C', dtype: 'float32', n: 1_000_000, order: 'C', repeats: 15 },
  { label: 'float32 1e7 C', dtype: 'float32', n: 10_000_000, order: 'C', repeats: 7 },
  { label: 'float64 1e7 C', dtype: 'float64', n: 10_000_000, order: 'C', repeats: 7 },
  { label: 'float64 1e7 F', dtype: 'float64', n: 10_000_000, order: 'F', repeats: 5 },
  { label: 'float16 1e7 C', dtype: 'float16', n: 10_000_000, order: 'C', repeats: 5 },
];

type Anchor = Record<'save' | 'load' | 'savez' | 'loadz' | 'save_file' | 'load_file', number>;

async function timeAsync(fn: () => Promise<unknown>, repeats: number): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nninit-io-bench-'));
  try {
    const numpy = runPython<Record<string, Anchor>>('io.py', [
      dir,
      JSON.stringify(cases.map((c) => [c.label, c.dtype, c.n, c.order, c.repeats])),
    ]);
    const rows: string[][] = [];
    for (const c of cases) {
      const shape = [c.n / 1000, 1000];
      const data = c.dtype === 'float64' ? new Float64Array(c.n) : new Float32Array(c.n);
      philox(1).fillNormal(data);
      const array = { dtype: c.dtype, shape, data } as NdArray;
      const options = { fortranOrder: c.order === 'F' };
      const bytes = writeNpy(array, options);
      const npz = writeNpz({ w: array });
      const path = join(dir, `${c.label.replaceAll(' ', '_')}.ts.npy`);
      writeFileSync(path, bytes);
      const ours = {
        save: timeBest(() => writeNpy(array, options), c.repeats),
        load: timeBest(() => readNpy(bytes), c.repeats),
        savez: timeBest(() => writeNpz({ w: array }), c.repeats),
        loadz: timeBest(() => readNpz(npz), c.repeats),
        save_file: await timeAsync(() => writeChunks(path, npyChunks(array, options)), c.repeats),
        load_file: await timeAsync(async () => (await openNpy(await openFile(path))).read(), c.repeats),
      };
      // The file written last must be what numpy reads as the same array (checked once, here, cheaply).
      if (readNpy(readFileSync(path)).data.length !== c.n) throw new Error(`io.bench: ${path} is wrong`);
      const fileBytes = c.n * (c.dtype === 'float64' ? 8 : c.dtype === 'float32' ? 4 : 2);
      const gbs = (s: number): string => (fileBytes / s / 1e9).toFixed(2);
      const np = numpy[c.label] as Anchor;
      for (const op of ['save', 'load', 'savez', 'loadz', 'save_file', 'load_file'] as const) {
        rows.push([`${c.label} ${op}`, gbs(ours[op]), gbs(np[op]), `${(np[op] / ours[op]).toFixed(2)}x`]);
      }
    }
    printTable(
      'io: .npy/.npz throughput, GB/s of array data (higher is better; ÷numpy = numpy time / nninit time)',
      ['case', 'nninit', 'numpy', '÷numpy'],
      rows,
    );
    console.log(
      'save/load: in memory (writeNpy/readNpy vs np.save to BytesIO/np.load from bytes); savez/loadz: one-array stored\n' +
        'archive (writeNpz/readNpz vs np.savez/np.load[key]); *_file: to and from a file in the OS temp folder\n' +
        '(writeChunks(npyChunks) and openNpy(openFile).read() vs np.save(path)/np.load(path)). numpy on one thread.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
