import { initialize, initializeInto } from '@nninit/init';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';
import { timeBest } from './timeBest.js';

/**
 * `pnpm bench slice`: what `options.slice` costs. He-normal float32 weights of shape
 * [4096, 4096] (64 MiB), made whole and as 8 slices of 512 rows, in the torch layout (each slice
 * one run of the Philox stream), the keras layout (runs of the torch layout, then permuted) and
 * into one reused 512-row target (`initializeInto`, as a writer streaming slices to a file would);
 * and a keras conv kernel [3, 3, 512, 512] sliced by its first kernel dimension, the worst case
 * (512·512 runs of 3 elements per slice). The anchor is numpy in the same run
 * (bench/python/slice.py): its sequential Generator made whole and in 8 chunks. Best of 3 after
 * one warm-up, in this process.
 */
const ROWS = 4096,
  COLS = 4096,
  PARTS = 8;
const REPEATS = 3;

function slices(shape: number[], parts: number, layout: 'torch' | 'keras'): () => void {
  const step = (shape[0] as number) / parts;
  return () => {
    for (let p = 0; p < parts; p++)
      initialize(shape, 'he', { seed: 1, layout, slice: { start: p * step, end: (p + 1) * step } });
  };
}

export async function run(): Promise<void> {
  const shape = [ROWS, COLS];
  const n = ROWS * COLS;
  const step = ROWS / PARTS;
  const target = new Float32Array(step * COLS).fill(0);
  const into = (): void => {
    for (let p = 0; p < PARTS; p++)
      initializeInto(target, 'he', { seed: 1, shape, slice: { start: p * step, end: (p + 1) * step } });
  };
  const conv = [3, 3, 512, 512];
  const convN = 3 * 3 * 512 * 512;
  const t = (fn: () => void): number => timeBest(fn, REPEATS);
  const whole = t(() => initialize(shape, 'he', { seed: 1 }));
  const kerasWhole = t(() => initialize(shape, 'he', { seed: 1, layout: 'keras' }));
  const convWhole = t(() => initialize(conv, 'he', { seed: 1, layout: 'keras' }));
  const numpy = runPython<{ whole: number; chunks: number }>('slice.py', [String(ROWS), String(COLS), String(PARTS)]);
  const rows: [string, number, number, number][] = [
    ['nninit initialize, whole (torch)', n, whole, whole],
    [`nninit ${PARTS} slices (torch)`, n, t(slices(shape, PARTS, 'torch')), whole],
    [`nninit ${PARTS} slices initializeInto a reused target`, n, t(into), whole],
    ['nninit initialize, whole (keras)', n, kerasWhole, kerasWhole],
    [`nninit ${PARTS} slices (keras)`, n, t(slices(shape, PARTS, 'keras')), kerasWhole],
    ['nninit keras conv [3,3,512,512], whole', convN, convWhole, convWhole],
    ['nninit keras conv [3,3,512,512], 3 slices', convN, t(slices(conv, 3, 'keras')), convWhole],
    ['numpy standard_normal(f32), whole', n, numpy.whole, numpy.whole],
    [`numpy ${PARTS} sequential chunks into one array`, n, numpy.chunks, numpy.whole],
  ];
  printTable(
    `He-normal float32 [${ROWS}, ${COLS}] whole and in ${PARTS} slices of the first dimension, best of ${REPEATS}, one thread`,
    ['implementation', 'n', 'seconds', 'ns/weight', 'vs its whole call', 'speed vs numpy whole'],
    rows.map(([name, count, seconds, reference]) => [
      name,
      count.toExponential(2),
      seconds.toFixed(3),
      ((seconds / count) * 1e9).toFixed(1),
      (seconds / reference).toFixed(2),
      (numpy.whole / n / (seconds / count)).toFixed(2),
    ]),
  );
}
