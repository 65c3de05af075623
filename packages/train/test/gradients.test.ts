import { philox } from '@nninit/rng';
import { Tensor } from '@nninit/tensor';
import { type Activation, type Loss, MLP, type Optimizer, type OutputActivation, train } from '@nninit/train';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** An optimizer that records the gradients and leaves the parameters alone. */
function recorder(): Optimizer & { gradients: number[][] } {
  return {
    name: 'recorder',
    learningRate: 1,
    gradients: [],
    step(_parameters, gradients) {
      this.gradients = gradients.map((g) => Array.from(g));
    },
  };
}

const hidden = fc.constantFrom<Activation>('relu', 'tanh', 'sigmoid', 'linear', 'leaky_relu', {
  name: 'leaky_relu',
  alpha: 0.2,
});
const head = fc.constantFrom<[OutputActivation, Loss]>(
  ['sigmoid', 'binary_cross_entropy'],
  ['softmax', 'softmax_cross_entropy'],
  ['linear', 'mean_squared_error'],
  ['tanh', 'mean_squared_error'],
  ['sigmoid', 'mean_squared_error'],
);
const problem = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }),
  activation: hidden,
  head,
  n: fc.integer({ min: 1, max: 6 }),
  seed: fc.integer({ min: 0, max: 2 ** 31 }),
});

/** A model and data for the generated problem (softmax needs ≥ 2 classes, labels drawn to fit the loss). */
function build({
  sizes,
  activation,
  head: [output, loss],
  n,
  seed,
}: {
  sizes: number[];
  activation: Activation;
  head: [OutputActivation, Loss];
  n: number;
  seed: number;
}) {
  const rng = philox(seed);
  const dims = [...sizes];
  if (output === 'softmax') dims[dims.length - 1] = Math.max(2, dims[dims.length - 1]!);
  const k = dims[dims.length - 1]!;
  const model = new MLP({
    sizes: dims,
    activation,
    output,
    initialization: { name: 'normal', std: 0.8 },
    rng,
    bias: 0.1,
  });
  const x = new Float64Array(n * dims[0]!),
    u = new Float64Array(n * k);
  rng.fillNormal(x);
  rng.fillUniform(u);
  const y =
    loss === 'softmax_cross_entropy'
      ? new Tensor(
          Float64Array.from({ length: n }, (_, i) => Math.floor(u[i]! * k)),
          [n],
        )
      : loss === 'binary_cross_entropy'
        ? new Tensor(
            u.map((v) => (v < 0.5 ? 0 : 1)),
            [n, k],
          )
        : new Tensor(u, [n, k]);
  return { model, data: { x: new Tensor(x, [n, dims[0]!]), y }, loss };
}

describe('gradient check: backpropagation against central finite differences (float64)', () => {
  it('matches on random architectures, activations, losses and data', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { model, data, loss } = build(p);
        const cost = (): number => train(model, data, { loss, optimizer: recorder(), iterations: 1 }).costs[0]!;
        const grad = recorder();
        train(model, data, { loss, optimizer: grad, iterations: 1 });
        const parameters = model.weights.flatMap((w, l) => [w.data, model.biases[l]!.data]);
        const h = 1e-6;
        parameters.forEach((values, k) => {
          for (let i = 0; i < values.length; i++) {
            const keep = values[i]!;
            values[i] = keep + h;
            const up = cost();
            values[i] = keep - h;
            const down = cost();
            values[i] = keep;
            const numeric = (up - down) / (2 * h);
            const analytic = grad.gradients[k]![i]!;
            // Central differences are accurate to O(h²) plus rounding ε·L/h ≈ 1e-10; a ReLU kink
            // within h of a pre-activation breaks them, which these seeds avoid (|z| ≫ 1e-6).
            expect(Math.abs(numeric - analytic)).toBeLessThanOrEqual(1e-7 + 1e-5 * Math.abs(analytic));
          }
        });
      }),
      { seed: 20240611, numRuns: 150 },
    );
  });
});
