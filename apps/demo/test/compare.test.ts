import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';

const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Published {
  costs: (number | null)[];
  trainAccuracy: number;
  testAccuracy: number;
}
const published = JSON.parse(
  readFileSync(new URL('./data/notebook-published.json', import.meta.url), 'utf8'),
) as Record<'zeros' | 'random' | 'he', Published>;
const relative = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

interface JsonResult {
  runs: {
    initialization: string;
    trainAccuracy: number;
    testAccuracy: number;
    costs: { iteration: number; cost: number }[];
    seconds: number;
  }[];
}

describe('compare --json: the notebook, against its published numbers', () => {
  // The full experiment (3 × 15000 iterations), computed once per test run by the global setup.
  const { status, out, err: errors, written } = inject('sharedExperiments').notebookJson;
  const result = JSON.parse(out) as JsonResult;

  it('prints only the JSON, in the documented schema, with costs every 1000 iterations', () => {
    expect(status).toBe(0);
    expect(errors).toBe('');
    expect(Object.keys(result)).toEqual(['runs']);
    expect(result.runs.map((r) => r.initialization)).toEqual(['zeros', 'random:scale=10', 'he']);
    for (const r of result.runs) {
      expect(Object.keys(r)).toEqual(['initialization', 'trainAccuracy', 'testAccuracy', 'costs', 'seconds']);
      expect(r.costs.map((c) => c.iteration)).toEqual(Array.from({ length: 15 }, (_, i) => 1000 * i));
      for (const c of r.costs) expect(Object.keys(c)).toEqual(['iteration', 'cost']);
      expect(r.seconds).toBeGreaterThan(0); // a duration, whatever the machine's load: not asserted further
    }
    expect(written).toEqual([]); // --no-report: nothing written
  });

  it('reproduces every published accuracy exactly', () => {
    const [zeros, random, he] = result.runs;
    expect([zeros!.trainAccuracy, zeros!.testAccuracy]).toEqual([
      published.zeros.trainAccuracy,
      published.zeros.testAccuracy,
    ]);
    expect([random!.trainAccuracy, random!.testAccuracy]).toEqual([
      published.random.trainAccuracy,
      published.random.testAccuracy,
    ]);
    expect([he!.trainAccuracy, he!.testAccuracy]).toEqual([published.he.trainAccuracy, published.he.testAccuracy]);
  });

  it('zeros and he: every published cost to 1e-9 relative (the same arithmetic, in another order)', () => {
    result.runs[0]!.costs.forEach((c, i) =>
      expect(relative(c.cost, published.zeros.costs[i]!), `zeros ${c.iteration}`).toBeLessThan(1e-12),
    );
    result.runs[2]!.costs.forEach((c, i) =>
      expect(relative(c.cost, published.he.costs[i]!), `he ${c.iteration}`).toBeLessThan(1e-9),
    );
  });

  it('random×10: a finite cost where the notebook printed inf, then its costs within 2 %, its final cost within 0.1 %', () => {
    // ×10 weights saturate the sigmoid: the notebook's np.log(0) printed inf; the trainer's loss from
    // logits gives the finite value, 1773.59. The run passes through saturated units whose fate
    // depends on the last bits of each sum, so published runs of the notebook itself differ from
    // one another and from numpy on this machine by up to ~1.5 % mid-training (iteration 7000)
    // while ending at the same cost and the same accuracies.
    const costs = result.runs[1]!.costs;
    expect(published.random.costs[0]).toBeNull();
    expect(costs[0]!.cost).toBeGreaterThan(1000);
    expect(Number.isFinite(costs[0]!.cost)).toBe(true);
    costs
      .slice(1)
      .forEach((c, i) =>
        expect(relative(c.cost, published.random.costs[i + 1]!), `random ${c.iteration}`).toBeLessThan(0.02),
      );
    expect(relative(costs[14]!.cost, published.random.costs[14]!)).toBeLessThan(1e-3);
  });
});

describe('compare, end to end on small settings', () => {
  it('prints the settings and a table, and writes the report where asked', async () => {
    const { io, out, err } = captureIo(dir);
    expect(await run(['--iterations', '300', '--report', 'small.html'], io)).toBe(0);
    const lines = out().split('\n');
    expect(lines[0]).toBe('nninit compare: the deeplearning.ai "Initialization" notebook');
    expect(out()).toContain('network   2 → 10 → 5 → 1, ReLU hidden layers, sigmoid output');
    const header = lines.findIndex((l) => l.startsWith('initialization'));
    expect(lines[header]).toMatch(/^initialization\s+final cost\s+train accuracy\s+test accuracy\s+time$/);
    expect(lines[header + 2]).toMatch(/^zeros\s+0\.693147\s+50\.00 %\s+50\.00 %\s+\d+\.\d s$/);
    expect(lines[header + 4]).toMatch(/^he\s+0\.\d+\s+\d+\.\d\d %\s+\d+\.\d\d %\s+\d+\.\d s$/);
    expect(out()).toContain(`report: ${join(dir, 'small.html')}`);
    expect(err()).toBe('');
    expect(out()).not.toMatch(/\x1b|\r/); // no colours, no progress bars off a terminal
    expect(readFileSync(join(dir, 'small.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('on a terminal: progress bars on stderr, colours on stdout, the same table', async () => {
    const { io, out, err } = captureIo(dir, { progress: true, color: true });
    expect(await run(['--iterations', '200', '--no-report'], io)).toBe(0);
    expect(err().match(/100%/g)).toHaveLength(3); // one finished bar per run
    expect(err()).toContain('\r');
    expect(out()).toContain('\x1b[1mnninit compare\x1b[22m');
    expect(out()).toContain('\x1b[32m'); // the best test accuracy in green
  });

  it('--json keeps stdout pure JSON on a terminal too, and notes the report on stderr', async () => {
    const { io, out, err } = captureIo(dir, { progress: true, color: true });
    expect(await run(['--iterations', '100', '--json', '--report', 'j.html'], io)).toBe(0);
    expect(() => JSON.parse(out())).not.toThrow();
    expect(err()).toBe(`report: ${join(dir, 'j.html')}\n`);
  });

  it('varies the experiment: spirals (3 classes, softmax), other widths, a Philox seed', async () => {
    const spirals =
      '--dataset spirals --layers 16,8 --iterations 200 --lr 0.5 --seed 3 --init he,xavier --json --no-report'.split(
        ' ',
      );
    const { io, out } = captureIo(dir);
    expect(await run(spirals, io)).toBe(0);
    const runs = (
      JSON.parse(out()) as { runs: { initialization: string; trainAccuracy: number; costs: { cost: number }[] }[] }
    ).runs;
    expect(runs.map((r) => r.initialization)).toEqual(['he', 'xavier']);
    expect(runs[0]!.costs[0]!.cost).toBeCloseTo(Math.log(3), 0); // softmax over 3 classes starts near ln 3
    for (const r of runs) expect(r.trainAccuracy).toBeGreaterThan(1 / 3);
    const again = captureIo(dir);
    await run(spirals, again.io);
    const strip = (s: string) => s.replace(/"seconds": [\d.e-]+/g, '');
    expect(strip(again.out())).toBe(strip(out())); // same seed, same bits
  });

  it('shows a divergence instead of crashing: null accuracies and where it happened', async () => {
    const { io, out } = captureIo(dir);
    expect(await run(['--lr', '1e305', '--iterations', '50', '--json', '--no-report'], io)).toBe(0);
    const runs = (
      JSON.parse(out()) as {
        runs: {
          initialization: string;
          trainAccuracy: number | null;
          diverged?: { iteration: number; parameter: string };
        }[];
      }
    ).runs;
    expect(runs[0]!.diverged).toBeUndefined(); // zeros: every gradient but the output bias's is 0
    expect(runs[2]!.trainAccuracy).toBeNull();
    expect(runs[2]!.diverged).toEqual({ iteration: 1, parameter: expect.stringMatching(/^([Wb]\d+\[\d+\]|cost)$/) });
  });
});

describe('bad command lines', () => {
  it.each([
    [['--init', 'hee'], 'error: --init: unknown initializer "hee" (did you mean "he"?); `--help` lists them'],
    [['--layers', '0'], 'error: --layers must be positive integers (at most 4096) separated by commas, got "0"'],
    [['--dataset', 'mnist'], 'error: --dataset must be one of circles, moons, spirals, xor, blobs, got "mnist"'],
    [
      ['--report', 'missing/dir/r.html'],
      `error: --report: cannot write ${join(dir, 'missing/dir/r.html')}: directory ${join(dir, 'missing/dir')} does not exist`,
    ],
    [['deep', '--report', '.'], `error: --report: cannot write ${dir}: it is a directory`],
    [['--report', 'a.html', '--report', 'b.html'], 'error: --report given twice; give it once'],
    [['--iteratons', '10'], 'error: unknown option --iteratons (did you mean "--iterations"?)'],
    [['verify', '--junit', 'same.xml', '--report', 'same.xml'], 'error: --junit and --report must be different files'],
  ])('%j: exit status 2, a one-line error, the usage, nothing written', async (argv, message) => {
    const before = readdirSync(dir);
    const { io, out, err } = captureIo(dir);
    expect(await run(argv, io)).toBe(2);
    const lines = err().split('\n');
    expect(lines[0]).toBe(message);
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^usage: pnpm demo/);
    expect(out()).toBe('');
    expect(readdirSync(dir)).toEqual(before);
  });

  it('an output directory that takes no new file (/proc) fails at once with status 2, before any work', async () => {
    // As root, /proc passes the permission check, yet no file can be created in it; as another
    // user the permission check already refuses it. Either way: one line, the usage, no stack.
    const { io, out, err } = captureIo(dir, { progress: true });
    expect(await run(['--report', '/proc/x.html'], io)).toBe(2); // the full experiment, were it to start
    const lines = err().split('\n');
    expect(lines[0]).toMatch(/^error: --report: cannot write \/proc\/x\.html: [^\n]+$/);
    expect(lines[2]).toMatch(/^usage: pnpm demo/);
    expect(err()).not.toMatch(/\n\s+at |%/); // no stack trace, and no progress bar: nothing ran
    expect(out()).toBe('');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const { io, out, err } = captureIo(dir);
    expect(await run(['deep', '--help'], io)).toBe(0);
    expect(out().split('\n')[0]).toBe('usage: pnpm demo deep [options]');
    expect(err()).toBe('');
    expect(existsSync(join(dir, 'nninit-report.html'))).toBe(false);
  });
});
