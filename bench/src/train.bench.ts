import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { RandomState } from '@nninit/rng';
import type { DType } from '@nninit/tensor';
import { gradientDescent, MLP, makeCircles, train } from '@nninit/train';
import { printTable } from './printTable.js';
import { runPython } from './runPython.js';

const iterations = 15000,
  recordEvery = 1000,
  learningRate = 0.01,
  rounds = 3;
/** The goal: nninit's loop at least 1.5× as fast as numpy's tuned loop, in both dtypes (wall and CPU time). */
const GOAL = 1.5;

/** Wall-clock and process CPU seconds of one run, and its recorded costs. */
type Run = { seconds: number; cpu: number; costs: readonly number[] };
/** The best wall time and the best CPU time of two runs (the costs are the same in every run). */
const better = (a: Run | undefined, b: Run): Run =>
  a === undefined ? b : { seconds: Math.min(a.seconds, b.seconds), cpu: Math.min(a.cpu, b.cpu), costs: b.costs };

/** Wall-clock and CPU seconds and the recorded costs of one run of our trainer on the notebook's problem. */
function ours(dtype: DType): Run {
  const data = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1), dtype });
  const model = new MLP({
    sizes: [2, 10, 5, 1],
    output: 'sigmoid',
    initialization: 'he',
    rng: new RandomState(3),
    dtype,
  });
  const cpu = process.cpuUsage();
  const { elapsed, costs } = train(model, data, {
    loss: 'binary_cross_entropy',
    optimizer: gradientDescent({ learningRate }),
    iterations,
    recordEvery,
  });
  const used = process.cpuUsage(cpu);
  return { seconds: elapsed / 1000, cpu: (used.user + used.system) / 1e6, costs };
}

/**
 * The same loop in tfjs-core (cpu backend, float32 only): features × examples as the notebook,
 * manual gradients with tf ops inside tf.tidy, parameters updated with assign. One run: it takes
 * tens of seconds.
 */
function tfjs(x: Float32Array, y: Float32Array, m: number): { seconds: number; costs: number[] } {
  const rs = new RandomState(3);
  const sizes = [2, 10, 5, 1];
  const W = sizes.slice(1).map((n, l) =>
    tf.variable(
      tf.tensor2d(
        Float32Array.from(rs.randn(n * sizes[l]!), (v) => v * Math.sqrt(2 / sizes[l]!)),
        [n, sizes[l]!],
      ),
    ),
  );
  const b = sizes.slice(1).map((n) => tf.variable(tf.zeros([n, 1])));
  const X = tf.transpose(tf.tensor2d(x, [m, 2])),
    Y = tf.tensor2d(y, [1, m]);
  const costs: number[] = [];
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    tf.tidy(() => {
      const a1 = tf.relu(tf.add(tf.matMul(W[0]!, X), b[0]!));
      const a2 = tf.relu(tf.add(tf.matMul(W[1]!, a1), b[1]!));
      const z3 = tf.add(tf.matMul(W[2]!, a2), b[2]!);
      if (i % recordEvery === 0) costs.push(tf.losses.sigmoidCrossEntropy(Y, z3).dataSync()[0]!);
      const dz3 = tf.div(tf.sub(tf.sigmoid(z3), Y), m);
      const dz2 = tf.mul(tf.matMul(W[2]!, dz3, true, false), tf.step(a2));
      const dz1 = tf.mul(tf.matMul(W[1]!, dz2, true, false), tf.step(a1));
      const grads = [
        [dz1, X],
        [dz2, a1],
        [dz3, a2],
      ] as const;
      grads.forEach(([dz, a], l) => {
        W[l]!.assign(tf.sub(W[l]!, tf.mul(learningRate, tf.matMul(dz, a, false, true))));
        b[l]!.assign(tf.sub(b[l]!, tf.mul(learningRate, tf.sum(dz, 1, true))));
      });
    });
  }
  const seconds = (performance.now() - start) / 1000;
  [...W, ...b, X, Y].forEach((t) => t.dispose());
  return { seconds, costs };
}

/**
 * `pnpm bench train`: 15000 iterations of the course notebook's network (layers 2-10-5-1, He
 * init, 300 points of make_circles, full-batch gradient descent at 0.01, cost every 1000) with
 * @nninit/train, numpy (one BLAS thread; a tuned loop and the notebook's own code) and
 * tfjs-core's cpu backend, in one run, with ratios (> 1: nninit faster). Set
 * NNINIT_BENCH_SKIP_TFJS=1 to skip the slow tfjs run.
 */
export async function run(): Promise<void> {
  await tf.setBackend('cpu');
  const data = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) });
  const args = JSON.stringify({
    x: data.x.toArray(),
    y: data.y.toArray(),
    iterations,
    recordEvery,
    learningRate,
    repeats: 1,
  });
  // Rounds alternate numpy and nninit, so a burst of load from elsewhere hits both; best of each.
  const best = new Map<string, Run>();
  const keep = (key: string, run: Run): void => void best.set(key, better(best.get(key), run));
  ours('float64');
  ours('float32'); // warm the JIT up
  for (let round = 0; round < rounds; round++) {
    for (const r of runPython<{ variant: string; dtype: DType; seconds: number; cpu: number; costs: number[] }[]>(
      'train.py',
      [args],
    ))
      keep(`${r.variant} ${r.dtype}`, r);
    for (const dtype of ['float64', 'float32'] as const) keep(`nninit ${dtype}`, ours(dtype));
  }
  const rows: string[][] = [];
  for (const dtype of ['float64', 'float32'] as const) {
    const mine = best.get(`nninit ${dtype}`)!;
    const np = best.get(`tuned ${dtype}`)!;
    const notebook = best.get(`notebook ${dtype}`);
    const skip = dtype === 'float64' || process.env['NNINIT_BENCH_SKIP_TFJS'] === '1';
    const t = skip ? undefined : tfjs(Float32Array.from(data.x.data), Float32Array.from(data.y.data), 300);
    const s = (v: number | undefined): string => (v === undefined ? 'n/a' : v.toFixed(3));
    const ratio = (v: number | undefined): string => (v === undefined ? 'n/a' : `${(v / mine.seconds).toFixed(2)}x`);
    const last = (c: readonly number[] | undefined): string =>
      c === undefined ? 'n/a' : c[c.length - 1]!.toPrecision(10);
    rows.push([
      dtype,
      s(mine.seconds),
      s(np.seconds),
      s(notebook?.seconds),
      s(t?.seconds),
      ratio(np.seconds),
      ratio(notebook?.seconds),
      ratio(t?.seconds),
      s(mine.cpu),
      s(np.cpu),
      `${(np.cpu / mine.cpu).toFixed(2)}x`,
      np.seconds / mine.seconds >= GOAL && np.cpu / mine.cpu >= GOAL ? 'met' : 'missed',
      last(mine.costs),
      last(np.costs),
      last(t?.costs),
    ]);
  }
  printTable(
    `train: ${iterations} iterations of the notebook's 2-10-5-1 network on 300 points, He init (seconds, lower is better; ÷x = x time / nninit time)`,
    [
      'dtype',
      'nninit',
      'numpy',
      'numpy (notebook code)',
      'tfjs-cpu',
      '÷numpy',
      '÷notebook',
      '÷tfjs',
      'CPU nninit',
      'CPU numpy',
      '÷numpy CPU',
      `goal ${GOAL}x`,
      'cost@14000 nninit',
      'numpy',
      'tfjs',
    ],
    rows,
  );
  console.log(
    [
      '',
      `Best of ${rounds} rounds, each running numpy then nninit (after a warm-up). numpy: OpenBLAS with one thread; "numpy" is a tuned loop`,
      '(in-place updates, cost only at recorded iterations, like nninit), "notebook code" the course\'s init_utils as',
      'written (cost at every iteration, new arrays per update), float64 only. tfjs-cpu: one run, float32 only.',
      'CPU: process CPU seconds of the same runs (best of the rounds), the measure a loaded machine disturbs least.',
    ].join('\n'),
  );
}
