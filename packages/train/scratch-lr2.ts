import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import { adam, MLP, mup, train } from '@nninit/train';

const N = 256;
const xs = new Float64Array(2 * N);
philox(1).fillUniform(xs);
for (let i = 0; i < xs.length; i++) xs[i] = 2 * xs[i]! - 1;
const ys = new Float64Array(N);
for (let i = 0; i < N; i++) ys[i] = Math.sin(Math.PI * xs[2 * i]!) * Math.cos(Math.PI * xs[2 * i + 1]!);
const data = { x: new Tensor(xs, [N, 2]), y: new Tensor(ys, [N, 1]) };
const lrs = [-12, -11, -10, -9, -8, -7, -6, -5, -4, -3, -2].map((k) => 2 ** k);
const SP = { name: 'variance_scaling', scale: 2, mode: 'fan_in', distribution: 'untruncated_normal' } as const;
const t0 = performance.now();
const STEPS = Number(process.argv[2] ?? 50);
for (const w of [64, 1024]) {
  const p = mup({ baseWidths: [2, 64, 1], widths: [2, w, 1], optimizer: 'adam' });
  for (const param of ['mup', 'sp']) {
    const losses = lrs.map((lr) => {
      const model = new MLP({
        sizes: p.sizes,
        initialization: param === 'mup' ? p.initialization : SP,
        rng: philox(5),
      });
      const opt = adam({
        learningRate: lr,
        ...(param === 'mup' ? { learningRateMultipliers: p.learningRateMultipliers } : {}),
      });
      try {
        const r = train(model, data, { loss: 'mean_squared_error', optimizer: opt, iterations: STEPS, recordEvery: 1 });
        return r.costs.slice(-5).reduce((a, b) => a + b) / 5;
      } catch {
        return Infinity;
      }
    });
    const best = losses.indexOf(Math.min(...losses));
    console.log(
      w,
      param,
      'best',
      Math.log2(lrs[best]!),
      losses.map((l) => l.toFixed(3)).join(' '),
      ((performance.now() - t0) / 1000).toFixed(1),
      's',
    );
  }
}
