import { initializer } from '@nninit/tfjs';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { printTable } from './printTable.js';

/** tfjs-layers' Initializer instance type (the class itself is not exported). */
type Initializer = ReturnType<typeof tfl.initializers.zeros>;

/**
 * `pnpm bench tfjs`: initializing the weights of a tfjs-layers model with 1.0e7 parameters
 * (Dense 1000 → 5000 → 1000, relu; kernels [1000, 5000] and [5000, 1000], zero biases) on the cpu
 * backend, with `kernelInitializer: initializer('he_normal', { seed })` from @nninit/tfjs against
 * tfjs' own `tf.initializers.heNormal({ seed })`, alternating in the same process. The time is the
 * wall clock of building the model (tfjs builds a layer's weights when its input shape is known:
 * the initializer's `apply`, plus tfjs' variable creation, the same for both), best of `REPEATS`
 * after one warm-up. "var / target" is the first kernel's mean square over He's 2/fanIn = 2/1000:
 * tfjs' heNormal draws a truncated normal without the 0.8796 correction (tfjs-layers 4.22
 * `VarianceScaling`), so it reads ≈ 0.774.
 */
const REPEATS = 5;
const SIZES = [1000, 5000, 1000];

function build(kernelInitializer: () => Initializer): tfl.Sequential {
  return tfl.sequential({
    layers: [
      tfl.layers.dense({
        inputShape: [SIZES[0] as number],
        units: SIZES[1] as number,
        activation: 'relu',
        kernelInitializer: kernelInitializer(),
      }),
      tfl.layers.dense({ units: SIZES[2] as number, kernelInitializer: kernelInitializer() }),
    ],
  });
}

interface Measured {
  seconds: number[];
  varRatio: number;
  parameters: number;
}

function once(make: () => Initializer, into: Measured): void {
  const start = process.hrtime.bigint();
  const model = build(make);
  into.seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  const kernel = model.getWeights()[0]?.dataSync() as Float32Array;
  let sumSquares = 0;
  for (let i = 0; i < kernel.length; i++) sumSquares += (kernel[i] as number) ** 2;
  into.varRatio = sumSquares / kernel.length / (2 / (SIZES[0] as number));
  into.parameters = model.countParams();
  model.dispose();
}

export async function run(): Promise<void> {
  await tf.setBackend('cpu');
  let seed = 1;
  const cases: [string, () => Initializer][] = [
    ["nninit initializer('he_normal')", () => initializer('he_normal', { seed: seed++ })],
    ['tfjs initializers.heNormal()', () => tfl.initializers.heNormal({ seed: seed++ })],
  ];
  const measured = cases.map((): Measured => ({ seconds: [], varRatio: 0, parameters: 0 }));
  for (let r = 0; r <= REPEATS; r++) cases.forEach(([, make], c) => once(make, measured[c] as Measured));
  const best = measured.map((m) => Math.min(...m.seconds.slice(1)));
  const median = measured.map((m) => m.seconds.slice(1).sort((a, b) => a - b)[Math.floor(REPEATS / 2)] as number);
  const anchor = best[1] as number;
  printTable(
    `Building a tfjs model of ${(measured[0] as Measured).parameters.toExponential(2)} parameters (Dense ${SIZES.join(' → ')}), cpu backend, best and median of ${REPEATS} after a warm-up`,
    ['kernel initializer', 'best ms', 'median ms', 'tfjs / this', 'var / target'],
    cases.map(([name], c) => [
      name,
      ((best[c] as number) * 1e3).toFixed(0),
      ((median[c] as number) * 1e3).toFixed(0),
      (anchor / (best[c] as number)).toFixed(2),
      (measured[c] as Measured).varRatio.toFixed(3),
    ]),
  );
}
