import type { DType } from '@nninit/tensor';
import type { Dataset } from '../datasets/Dataset.js';
import { Engine } from '../internal/engine/Engine.js';
import { permutation } from '../internal/random/permutation.js';
import { firstStep } from '../internal/training/firstStep.js';
import { throwIfDiverged } from '../internal/training/throwIfDiverged.js';
import { validateOptionsObject } from '../internal/validation/scalars.js';
import { validateFinite } from '../internal/validation/validateDataset.js';
import { validateModelData, validateTrainOptions } from '../internal/validation/validateTraining.js';
import type { MLP } from '../model/MLP.js';
import { DivergenceError } from './DivergenceError.js';
import type { TrainOptions, TrainResult } from './TrainOptions.js';

/**
 * Trains `model` in place on `data`: `iterations` updates, each a forward pass, the loss and its
 * gradient, backpropagation and an optimizer step, the course notebook's loop:
 *
 * for t = 0 … T−1: a = forward(x_B); cost_t = loss(a, y_B); ∇ = backward(); θ ← optimizer(θ, ∇)
 *
 * Full batch by default (B = every example, the notebook); with `batchSize` < n, each epoch
 * visits the examples in a fresh order from `rng` (a permutation, then consecutive batches, the
 * last one smaller). Deterministic: same model, data, options and seeds, same bits. Buffers are
 * allocated once (with mini-batches, one permutation per epoch); the cost's logarithms are only
 * computed at recorded iterations.
 *
 * @example
 * ```ts
 * const data = makeCircles({ nSamples: 300, noise: 0.05, rng: new RandomState(1) });
 * const model = new MLP({ sizes: [2, 10, 5, 1], output: 'sigmoid', initialization: 'he', rng: new RandomState(3) });
 * const { costs } = train(model, data, { loss: 'binary_cross_entropy', optimizer: gradientDescent({ learningRate: 0.01 }), iterations: 15000, recordEvery: 1000 });
 * costs[0];  // 0.8830537463419756  (the notebook printed 0.8830537463419761)
 * costs[1];  // 0.687982591972806   (0.6879825919728063)
 * costs[14]; // 0.07357895962677372 (0.07357895962677366)
 * ```
 * @throws TypeError for a wrong kind of argument (model, data, loss, optimizer, callback), a loss
 *   that does not suit the output activation, or a dtype mismatch.
 * @throws RangeError for NaN or infinite data, mismatched x/y shapes, labels outside the loss's
 *   domain (0/1, or class indices), iterations < 0, a batch size outside [1, n], recordEvery < 1,
 *   an unknown option key, a workspace too large to allocate, or an optimizer already used on
 *   another model.
 * @throws RangeError for a model whose parameters are already NaN or infinite.
 * @throws DivergenceError when an update makes a parameter NaN or infinite, or a recorded cost
 *   is infinite, naming the iteration and what diverged (`W1[0]`, `b2[3]` or `cost`); the model
 *   keeps that iteration's parameters (clone it first to keep a copy).
 */
export function train<D extends DType>(model: MLP<D>, data: Dataset<D>, options: TrainOptions): TrainResult {
  const fn = 'train';
  const o = validateOptionsObject(fn, options, [
    'loss',
    'optimizer',
    'iterations',
    'batchSize',
    'rng',
    'recordEvery',
    'onProgress',
  ]);
  const checked = validateModelData<D>(fn, model, data, o.loss);
  const { optimizer, iterations, batchSize, rng, recordEvery, onProgress } = validateTrainOptions(fn, o, checked.n);
  const { x, y, n, loss, targetRows } = checked;
  // A parameter that is already NaN or infinite is the caller's (set by hand, or an earlier
  // divergence kept), not this run's divergence: refuse it before the first update.
  model.weights.forEach((w, l) => validateFinite(fn, `model.weights[${l}]`, w));
  model.biases.forEach((b, l) => validateFinite(fn, `model.biases[${l}]`, b));

  const engine = new Engine(fn, model, batchSize, targetRows);
  const parameters = model.weights.flatMap((w, l) => [w.data, (model.biases[l] as typeof w).data]);
  const gradients = engine.gradW.flatMap((g, l) => [g, engine.gradB[l] as typeof g]);
  const batches = Math.ceil(n / batchSize);
  let order: Int32Array | undefined;
  if (rng === undefined) engine.load(x.data, y.data, undefined, 0, n);

  const iterationsOut: number[] = [],
    costs: number[] = [];
  const start = performance.now();
  for (let t = 0; t < iterations; t++) {
    if (rng !== undefined) {
      const b = t % batches;
      if (b === 0) order = permutation(rng, n);
      engine.load(x.data, y.data, order, b * batchSize, Math.min(batchSize, n - b * batchSize));
    }
    engine.forward();
    const record = t % recordEvery === 0;
    const cost = engine.outputGradient(loss, record);
    // Finite parameters can still give an infinite cost (targets or logits so large the loss
    // overflows): stop here, before an update from that cost, rather than record it.
    if (record && !Number.isFinite(cost)) throw new DivergenceError(t, 'cost', cost);
    engine.backward();
    if (t === 0) firstStep(fn, optimizer, parameters, gradients);
    else optimizer.step(parameters, gradients);
    throwIfDiverged(parameters, t);
    if (record) {
      iterationsOut.push(t);
      costs.push(cost);
      onProgress?.({ iteration: t, cost, elapsed: performance.now() - start });
    }
  }
  return { iterations: iterationsOut, costs, elapsed: performance.now() - start };
}
