import { philox } from '@nninit/rng';
import { adam, coordinateCheck, MLP, makeBlobs, mup, train } from '@nninit/train';
import { printTable } from './printTable.js';

const steps = 4,
  rounds = 3,
  widths = [256, 1024, 2048];

const seconds = (fn: () => void): number => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
};

/**
 * `pnpm bench mup`: the cost of `coordinateCheck` (Yang et al. 2022, Tensor Programs V, App. D.1)
 * on the µP [16, n, n, 10] ReLU MLP of train's coordinate-check test and the demo (softmax
 * cross-entropy, 32 examples, 4 Adam steps), against `train` doing the same 4 steps on the same
 * model in the same run. The ratio is what recording each layer's mean |z| costs on top of
 * training: one extra forward pass (5 forwards for 4 steps, the pre-activations recomputed where
 * ReLU is fused). Rounds alternate the two; best of each.
 */
export async function run(): Promise<void> {
  const data = makeBlobs({ nSamples: 32, nFeatures: 16, centers: 10, rng: philox(1) });
  const rows = widths.map((n) => {
    const p = mup({ baseWidths: [16, 64, 64, 10], widths: [16, n, n, 10], optimizer: 'adam' });
    const model = () =>
      new MLP({ sizes: p.sizes, initialization: p.initialization, output: 'softmax', rng: philox(7) });
    const optimizer = () => adam({ learningRate: 0.01, learningRateMultipliers: p.learningRateMultipliers });
    let check = Infinity,
      plain = Infinity;
    for (let round = 0; round < rounds; round++) {
      const a = model(),
        b = model();
      check = Math.min(
        check,
        seconds(() => coordinateCheck(a, data, { loss: 'softmax_cross_entropy', optimizer: optimizer(), steps })),
      );
      plain = Math.min(
        plain,
        seconds(() => train(b, data, { loss: 'softmax_cross_entropy', optimizer: optimizer(), iterations: steps })),
      );
    }
    return [String(n), check.toFixed(3), plain.toFixed(3), (check / plain).toFixed(2)];
  });
  printTable(
    `coordinateCheck vs train, µP [16, n, n, 10] ReLU MLP, 32 examples, ${steps} Adam steps, float64 (best of ${rounds})`,
    ['width n', 'coordinateCheck s', `train ${steps} steps s`, 'ratio'],
    rows,
  );
}
