import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import { gradientDescent, lsuv, MLP, train } from '@nninit/train';
import { printTable } from './printTable.js';

const depth = 30,
  width = 256,
  outputs = 10,
  batch = 1024,
  steps = 10,
  rounds = 2;

function gaussian(rows: number, cols: number, seed: number): Tensor<'float64'> {
  const data = new Float64Array(rows * cols);
  philox(seed).fillNormal(data);
  return new Tensor(data, [rows, cols]);
}

const network = (): MLP =>
  new MLP({
    sizes: [width, ...new Array<number>(depth - 1).fill(width), outputs],
    activation: 'relu',
    initialization: 'orthogonal',
    rng: philox(1),
  });

const seconds = (fn: () => void): number => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
};

/**
 * `pnpm bench lsuv`: LSUV (Mishkin & Matas 2016) on a 30-layer width-256 ReLU MLP with a batch of
 * 1024 standard-normal rows, against 10 full-batch gradient-descent steps of the same network on
 * the same rows (mean squared error to 10 targets), float64, in the same run. Two LSUV variants:
 * with `rng` (the orthonormal pre-initialization redrawn, 30 QR decompositions of 256 × 256, then
 * the rescaling) and without (the rescaling alone, one forward per rescaling per layer). The
 * requirement: LSUV takes less time than the 10 steps (ratio < 1). Rounds alternate the three;
 * best of each.
 */
export async function run(): Promise<void> {
  const x = gaussian(batch, width, 2);
  const y = gaussian(batch, outputs, 3);
  const best = {
    'lsuv (rng: redraw + rescale)': Infinity,
    'lsuv (rescale only)': Infinity,
    '10 training steps': Infinity,
  };
  let rescalings = 0;
  for (let round = 0; round < rounds; round++) {
    const a = network();
    best['lsuv (rng: redraw + rescale)'] = Math.min(
      best['lsuv (rng: redraw + rescale)'],
      seconds(() => lsuv(a, x, { rng: philox(4) })),
    );
    const b = network();
    best['lsuv (rescale only)'] = Math.min(
      best['lsuv (rescale only)'],
      seconds(() => {
        rescalings = lsuv(b, x).reduce((s, r) => s + r.iterations, 0);
      }),
    );
    const c = network();
    best['10 training steps'] = Math.min(
      best['10 training steps'],
      seconds(() =>
        train(
          c,
          { x, y },
          { loss: 'mean_squared_error', optimizer: gradientDescent({ learningRate: 1e-3 }), iterations: steps },
        ),
      ),
    );
  }
  const reference = best['10 training steps'];
  printTable(
    `LSUV vs ${steps} training steps, ${depth} × ${width} ReLU MLP, batch ${batch}, float64 (best of ${rounds})`,
    ['variant', 'seconds', 'ratio to 10 steps'],
    Object.entries(best).map(([name, s]) => [name, s.toFixed(3), (s / reference).toFixed(3)]),
  );
  console.log(
    `${depth} layers × ${width}, batch ${batch}: ${rescalings} rescalings in all (one forward of one layer each)`,
  );
}
