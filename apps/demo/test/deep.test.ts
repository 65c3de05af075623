import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';

const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-deep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface DeepJson {
  runs: {
    initialization: string;
    initialCost: number | null;
    finalCost: number | null;
    trainAccuracy: number | null;
    seconds: number;
    layers: {
      layer: number;
      activationStd: number | null;
      gradientStd: number | null;
      trainedActivationStd: number | null;
    }[];
    costs: { iteration: number; cost: number | null }[];
  }[];
}

describe('deep, end to end on a small network', () => {
  it("--json: every layer's activation and gradient std for each initialization, and the loss at every step", async () => {
    const { io, out, err } = captureIo(dir);
    expect(
      await run(['deep', '--layers', '8', '--width', '40', '--iterations', '15', '--json', '--no-report'], io),
    ).toBe(0);
    expect(err()).toBe('');
    const { runs } = JSON.parse(out()) as DeepJson;
    expect(runs.map((r) => r.initialization)).toEqual(['zeros', 'random:scale=0.01', 'random:scale=1', 'xavier', 'he']);
    for (const r of runs) {
      expect(r.layers.map((l) => l.layer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(r.costs.map((c) => c.iteration)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    }
    const hidden = (label: string, key: 'activationStd' | 'gradientStd') =>
      runs
        .find((r) => r.initialization === label)!
        .layers.slice(0, 8)
        .map((l) => l[key] as number);
    expect(hidden('zeros', 'activationStd').every((v) => v === 0)).toBe(true);
    // The He et al. picture: per ReLU layer of 40, std × √(½·40·Var[w]).
    const growth = (label: string) => {
      const a = hidden(label, 'activationStd');
      return (a[7]! / a[1]!) ** (1 / 6);
    };
    expect(growth('random:scale=0.01')).toBeCloseTo(Math.sqrt(0.5 * 40 * 1e-4), 1); // 0.045: vanishing
    expect(growth('random:scale=1')).toBeGreaterThan(3); // √20 ≈ 4.5: exploding
    expect(growth('xavier')).toBeLessThan(0.85); // √½ ≈ 0.71: halving the variance
    expect(growth('he')).toBeGreaterThan(0.8); // 1: flat
    expect(growth('he')).toBeLessThan(1.25);
    const g = hidden('random:scale=0.01', 'gradientStd');
    expect(g[0]! / g[7]!).toBeLessThan(1e-4); // the gradient vanishes going back
    const zeros = runs[0]!;
    expect(zeros.layers[0]).toEqual({ layer: 1, activationStd: 0, gradientStd: 0, trainedActivationStd: 0 }); // the deepJson @example
    expect(zeros.initialCost).toBeCloseTo(Math.LN2, 12);
    expect(Math.abs(zeros.finalCost! - Math.LN2)).toBeLessThan(0.01); // only the output bias can learn
  });

  it('prints a table with the first, middle and last layer, and writes its report', async () => {
    const { io, out } = captureIo(dir);
    expect(
      await run(
        ['deep', '--layers', '4', '--width', '8', '--iterations', '3', '--init', 'he,zeros', '--report', 'deep.html'],
        io,
      ),
    ).toBe(0);
    const lines = out().split('\n');
    expect(lines[0]).toBe(
      'nninit deep: how the signal crosses 4 ReLU layers of 8 units, and whether the network learns',
    );
    const header = lines.find((l) => l.startsWith('initialization'))!;
    expect(header.split(/\s{2,}/)).toEqual([
      'initialization',
      'act std L1',
      'act std L2',
      'act std L4',
      'grad std L1',
      'grad std L2',
      'grad std L4',
      'loss before → after',
      'train acc',
      'time',
    ]);
    expect(
      lines
        .find((l) => l.startsWith('zeros'))!
        .split(/\s{2,}/)
        .slice(1, 7),
    ).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(out()).toContain(`report: ${join(dir, 'deep.html')}`);
    expect(readFileSync(join(dir, 'deep.html'), 'utf8')).toContain('nninit deep — a 4-layer ReLU network');
  });
});
