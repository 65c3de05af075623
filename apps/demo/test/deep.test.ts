import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/experiments/loadDataset.js';
import { runDeep } from '../src/experiments/runDeep.js';
import { predictedVariance } from '../src/report/predictedVariance.js';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';

const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-deep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface DeepJson {
  activation: string;
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
    const { activation, runs } = JSON.parse(out()) as DeepJson;
    expect(activation).toBe('relu');
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

  it('--lr 1e305: finite but huge weights whose signal overflows end the run as diverged, exit 0, not a crash', async () => {
    const { io, out, err } = captureIo(dir);
    const argv = ['deep', '--lr', '1e305', '--layers', '3', '--width', '8', '--iterations', '20', '--init', 'zeros'];
    expect(await run([...argv, '--no-report'], io)).toBe(0);
    expect(err()).toBe('');
    // From zeros the first steps keep every parameter finite: only the final probe overflows.
    expect(out()).toMatch(/\nzeros +.* diverged at step 20 +— /);
    const json = captureIo(dir);
    expect(await run([...argv, '--json', '--no-report'], json.io)).toBe(0);
    const [zeros] = JSON.parse(json.out()).runs as { diverged: { parameter: string } | undefined }[];
    expect(zeros?.diverged).toEqual({ iteration: 20, parameter: 'signal' });
  });

  it('a bad --activation: exit status 2, one error line naming the option and its choices, then the usage', async () => {
    const { io, out, err } = captureIo(dir);
    expect(await run(['deep', '--activation', 'sigmoid', '--no-report'], io)).toBe(2);
    expect(out()).toBe('');
    const lines = err().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'error: --activation must be one of relu, tanh, got "sigmoid"',
      '',
      'usage: pnpm demo deep [options]',
    ]);
    expect(lines.filter((l) => l.startsWith('error'))).toHaveLength(1);
    expect(err()).toContain('--activation NAME  hidden activation: relu, tanh (default relu)');
  });

  it('--activation tanh: trains the same networks with tanh, says so in the table, the JSON and the report', async () => {
    const { io, out } = captureIo(dir);
    expect(
      await run(
        [
          'deep',
          '--activation',
          'tanh',
          '--layers',
          '4',
          '--width',
          '40',
          '--iterations',
          '3',
          '--report',
          'tanh.html',
        ],
        io,
      ),
    ).toBe(0);
    expect(out().split('\n')[0]).toBe(
      'nninit deep: how the signal crosses 4 tanh layers of 40 units, and whether the network learns',
    );
    const html = readFileSync(join(dir, 'tanh.html'), 'utf8');
    expect(html).toContain('nninit deep — a 4-layer tanh network');
    expect(html).toContain('Pre-activation variance under tanh: measured and predicted');
    expect(html).toContain('he theory'); // the predicted q-map is drawn
    const json = captureIo(dir);
    expect(
      await run(
        ['deep', '--activation=tanh', '--layers', '4', '--width', '40', '--iterations', '3', '--json', '--no-report'],
        json.io,
      ),
    ).toBe(0);
    const { activation, runs } = JSON.parse(json.out()) as DeepJson;
    expect(activation).toBe('tanh');
    // tanh is bounded: random 1.0 (σ_w² = 40) saturates at |tanh| ≤ 1 instead of exploding as under ReLU.
    const saturated = runs.find((r) => r.initialization === 'random:scale=1')!;
    for (const l of saturated.layers.slice(0, 4)) {
      expect(l.activationStd!).toBeGreaterThan(0.5);
      expect(l.activationStd!).toBeLessThan(1);
    }
  });
});

// The q-map against the measured per-layer pre-activation second moment mean(z²) at initialization.
// One network's mean(z²) at layer l is an average over `width` units of a layer whose weights are
// fresh: its relative standard deviation is at most √(2l/width) (1/√width at layer 1 for these
// nearly isotropic inputs, measured 0.152 for width 40, and √(2/width) more variance per layer after).
// Averaged over n independent seeds (data and weights) the ratio measured/predicted has standard
// deviation √(2l/(width·n)); the tolerance is 3 of those, plus 1/width for the two biases the
// prediction has under tanh's concave E[tanh²]: the O(1/width) finite-width (Jensen) bias, and
// pooling the examples' input second moments into one q⁰ (1.4 % at layer 2 for He on circles).
// Six checks at 3 σ: a family-wise false alarm rate under 2 %, with fixed seeds.
describe('predictedVariance against the measured mean(z²), small depth', () => {
  const width = 40,
    layers = 3,
    n = 60;
  const ratios = (activation: 'relu' | 'tanh', theory: 'relu' | 'tanh' = activation) => {
    const sum: Record<string, number[]> = { xavier: [0, 0, 0], he: [0, 0, 0] };
    for (let seed = 0; seed < n; seed++) {
      const data = loadDataset('circles', seed);
      const x = data.train.x.data;
      const meanSquare = x.reduce((s, v) => s + v * v, 0) / x.length;
      const options = { activation, layers, width, iterations: 1, learningRate: 1e-3, batchSize: 16 };
      const initializations = [
        { label: 'xavier', initialization: 'xavier' as const },
        { label: 'he', initialization: 'he' as const },
      ];
      for (const r of runDeep({ ...options, initializations }, data)) {
        const q = predictedVariance(theory, r.initialization, [2, width, width, width], meanSquare)!;
        r.initialSignal.slice(0, layers).forEach((s, l) => {
          sum[r.label]![l]! += (s.preActivation.std ** 2 + s.preActivation.mean ** 2) / q[l]! / n;
        });
      }
    }
    return sum;
  };
  const tolerance = (l: number) => 3 * Math.sqrt((2 * l) / (width * n)) + 1 / width;

  it.each(['tanh', 'relu'] as const)(
    '%s: He and Xavier within 3·√(2l/(width·n)) + 1/width of the q-map',
    (activation) => {
      const r = ratios(activation);
      for (const init of ['xavier', 'he'])
        r[init]!.forEach((ratio, i) =>
          expect(Math.abs(ratio - 1), `${init} layer ${i + 1}`).toBeLessThan(tolerance(i + 1)),
        );
    },
  );

  it("power: the ReLU q-map misses a tanh network's Xavier layers by far more than the tolerance", () => {
    const r = ratios('tanh', 'relu');
    expect(r.xavier![2]! - 1).toBeGreaterThan(5 * tolerance(3)); // ReLU halves q per layer, tanh ≈ keeps it
  });

  it('predictedVariance: tanh is ReLU doubled at small q and saturates at large q (the @example)', () => {
    const tanh = predictedVariance('tanh', 'glorot_normal', [2, 100, 100], 1)!;
    const relu = predictedVariance('relu', 'glorot_normal', [2, 100, 100], 1)!;
    expect(tanh[0]).toBe(relu[0]); // the first layer does not see φ
    expect(tanh[1]).toBeCloseTo(0.03644, 5);
    expect(tanh[1]! / relu[1]!).toBeGreaterThan(1.8); // E[tanh(√q z)²] ≈ q − 2q² near 0, E[relu²] = q/2
    const big = predictedVariance('tanh', { name: 'normal', std: 1 }, [2, 100, 100], 1)!;
    expect(big[1]!).toBeLessThan(100); // σ_w² = 100 times E[tanh²] < 1
  });
});
