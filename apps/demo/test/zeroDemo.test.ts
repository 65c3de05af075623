import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { philox } from '@nninit/rng';
import { MLP } from '@nninit/train';
import { afterAll, describe, expect, it } from 'vitest';
import type { ZeroRun } from '../src/experiments/runZero.js';
import { unitClasses } from '../src/experiments/unitClasses.js';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';

// `pnpm demo zero`, in-process, once: ZerO (Zhao, Schäfer & Anandkumar 2022) breaks the symmetry
// of a [2, 8, 1] tanh network with no randomness, where zeros cannot. Deterministic (the circles
// data and fixed weights; He from the notebook's weight stream), so the counts are exact and the
// loss thresholds have wide margins (measured at step 2900: zeros 0.6931, partial identity 0.614,
// ZerO 0.361, He 0.094).
const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-zero-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { io, out, err } = captureIo(dir);
const status = await run(['zero', '--json', '--report', 'zero.html'], io);
const result = JSON.parse(out()) as { runs: ZeroRun[] };
const byLabel = (label: string): ZeroRun => result.runs.find((r) => r.label === label) as ZeroRun;

describe('unitClasses', () => {
  it('counts classes of identical hidden units: 1 for zeros, 8 for 8 random units, 0 without a hidden layer', () => {
    expect(unitClasses(new MLP({ sizes: [2, 8, 1], output: 'sigmoid', initialization: 'zeros' }))).toBe(1);
    expect(unitClasses(new MLP({ sizes: [2, 8, 1], output: 'sigmoid', initialization: 'he', rng: philox(1) }))).toBe(8);
    expect(unitClasses(new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'he', rng: philox(1) }))).toBe(0);
  });
});

describe('pnpm demo zero', () => {
  it('exits 0 with JSON on stdout, four starts', () => {
    expect(status).toBe(0);
    expect(err()).toBe(`report: ${join(dir, 'zero.html')}\n`);
    expect(result.runs.map((r) => r.label)).toEqual(['zeros', 'partial identity', 'ZerO', 'He (random)']);
  });

  it('zeros: one class of identical units before and after training, all dead, the loss at ln 2', () => {
    const zeros = byLabel('zeros');
    expect([zeros.classesBefore, zeros.classesAfter, zeros.deadUnits]).toEqual([1, 1, 8]);
    expect(Math.abs(zeros.costs.at(-1)! - Math.LN2)).toBeLessThan(1e-6);
    expect(zeros.trainAccuracy).toBe(0.5);
  });

  it('ZerO: distinct units from a deterministic start, none dead, and it trains (loss below 0.5, accuracy above 90 %)', () => {
    const zero = byLabel('ZerO');
    // H_8's top-left 8 × 2 block has two distinct rows, and I_{1×8} singles out unit 0: 3 classes.
    expect([zero.classesBefore, zero.classesAfter, zero.deadUnits]).toEqual([3, 3, 0]);
    expect(zero.costs.at(-1)).toBeLessThan(0.5);
    expect(zero.trainAccuracy).toBeGreaterThan(0.9);
  });

  it('partial identity: 6 units with no weights never move; He: 8 distinct units', () => {
    const eye = byLabel('partial identity');
    expect([eye.classesBefore, eye.classesAfter, eye.deadUnits]).toEqual([3, 3, 6]);
    expect(eye.trainAccuracy).toBeLessThan(byLabel('ZerO').trainAccuracy);
    const he = byLabel('He (random)');
    expect([he.classesBefore, he.classesAfter, he.deadUnits]).toEqual([8, 8, 0]);
  });

  it('writes the report: the unit table and the loss curves', () => {
    const html = readFileSync(join(dir, 'zero.html'), 'utf8');
    expect(html).toContain('id="units"');
    expect(html).toContain('<td>ZerO</td><td>3 → 3</td><td>0</td>');
    expect(html.match(/<svg/g)).toHaveLength(1);
  });
});
