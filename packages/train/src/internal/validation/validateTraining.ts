import { formatValue } from '@nninit/internal';
import type { RandomSource } from '@nninit/rng';
import type { DType, Tensor } from '@nninit/tensor';
import type { Loss } from '../../losses/Loss.js';
import type { MLP } from '../../model/MLP.js';
import type { Optimizer } from '../../optim/Optimizer.js';
import type { TrainOptions } from '../../training/TrainOptions.js';
import { validateInteger, validateRandomSource } from './scalars.js';
import { type CheckedData, validateDataset } from './validateDataset.js';

const LOSSES = { binary_cross_entropy: 'bce', softmax_cross_entropy: 'softmax', mean_squared_error: 'mse' } as const;

/** A model and data set that fit together, validated once before training. */
export interface CheckedTraining<D extends DType> extends CheckedData<D> {
  loss: 'bce' | 'softmax' | 'mse';
  /** Rows of the targets inside the engine (softmax: one label row). */
  targetRows: number;
}

/**
 * Validates that `data` suits `model` and `loss`: finite values, x's columns = the model's
 * inputs, the loss matching the output activation, and labels in the loss's domain.
 */
export function validateModelData<D extends DType>(
  fn: string,
  model: MLP<D>,
  data: unknown,
  lossName: unknown,
): CheckedTraining<D> {
  validateModel(fn, model);
  if (typeof lossName !== 'string' || !(lossName in LOSSES)) {
    throw new TypeError(
      `${fn}: loss must be 'binary_cross_entropy', 'softmax_cross_entropy' or 'mean_squared_error', got ${formatValue(lossName)}`,
    );
  }
  const loss = LOSSES[lossName as Loss];
  const d = validateDataset<D>(fn, data);
  validateInputs(fn, model, d.x);
  const outputs = model.sizes[model.sizes.length - 1] as number;
  const out = model.activations[model.activations.length - 1];
  const outName = typeof out === 'string' ? out : out?.name;
  const need = loss === 'bce' ? 'sigmoid' : loss === 'softmax' ? 'softmax' : undefined;
  if (need !== undefined ? outName !== need : outName === 'softmax') {
    throw new TypeError(
      `${fn}: loss ${formatValue(lossName)} needs ${need === undefined ? 'an output activation other than softmax' : `output: '${need}'`}, got output ${formatValue(outName)}`,
    );
  }
  // Softmax takes one class label per example; the other losses one target per output.
  const want = loss === 'softmax' ? 1 : outputs;
  if (d.outputs !== want || (loss === 'softmax' && d.y.shape.length !== 1)) {
    const shapes =
      loss === 'softmax' ? `[${d.n}] (class labels)` : want === 1 ? `[${d.n}] or [${d.n}, 1]` : `[${d.n}, ${want}]`;
    throw new RangeError(
      `${fn}: data.y must have shape ${shapes} for a model with ${outputs} output${outputs === 1 ? '' : 's'}, got [${d.y.shape.join(',')}]`,
    );
  }
  d.y.data.forEach((v, i) => {
    const ok =
      loss === 'bce' ? v === 0 || v === 1 : loss === 'softmax' ? Number.isInteger(v) && v >= 0 && v < outputs : true;
    if (!ok) {
      const domain = loss === 'bce' ? 'labels 0 or 1' : `class labels 0 … ${outputs - 1}`;
      throw new RangeError(`${fn}: data.y must hold ${domain} for ${lossName}, got ${v} at flat index ${i}`);
    }
  });
  return { ...d, loss, targetRows: want };
}

/**
 * Validates that `model` is an MLP, structurally: widths (≥ 2, positive integers), one weight
 * tensor [nₗ, nₗ₋₁] and one bias tensor [nₗ] of the model's dtype per layer, one activation per
 * layer. A look-alike that passes can be trained, probed and predicted with safely.
 */
export function validateModel(fn: string, model: unknown): void {
  const m = model as Partial<MLP> | null;
  const fail = (): never => {
    throw new TypeError(`${fn}: model must be an MLP, got ${formatValue(model)}`);
  };
  if (m === null || typeof m !== 'object') fail();
  const { sizes, weights, biases, activations, dtype } = m as Partial<MLP<DType>>;
  if (!Array.isArray(sizes) || !Array.isArray(weights) || !Array.isArray(biases) || !Array.isArray(activations)) fail();
  const s = sizes as readonly unknown[];
  const depth = s.length - 1;
  if (depth < 1 || !s.every((v) => Number.isSafeInteger(v) && (v as number) >= 1)) fail();
  if ((weights as unknown[]).length !== depth || (biases as unknown[]).length !== depth) fail();
  if ((activations as unknown[]).length !== depth || (dtype !== 'float32' && dtype !== 'float64')) fail();
  const Data = dtype === 'float32' ? Float32Array : Float64Array;
  for (let l = 0; l < depth; l++) {
    const w = (weights as unknown[])[l] as { data?: unknown; shape?: unknown } | null;
    const b = (biases as unknown[])[l] as { data?: unknown; shape?: unknown } | null;
    const rows = s[l + 1] as number,
      cols = s[l] as number;
    if (!(w?.data instanceof Data) || w.data.length !== rows * cols) fail();
    if (!(b?.data instanceof Data) || b.data.length !== rows) fail();
  }
}

/** Validates x [n, features] against the model: same dtype, one column per input. */
export function validateInputs<D extends DType>(fn: string, model: MLP<D>, x: Tensor<D>, param = 'data.x'): void {
  const inputs = model.sizes[0] as number;
  if (x.dtype !== model.dtype)
    throw new TypeError(`${fn}: ${param}.dtype must be the model's ${model.dtype}, got ${x.dtype}`);
  if (x.shape[1] !== inputs)
    throw new RangeError(
      `${fn}: ${param} must have ${inputs} column${inputs === 1 ? '' : 's'} (the model's inputs), got ${x.shape[1]}`,
    );
}

/** The loop's settings, validated; `rng` only when mini-batches need shuffling. */
export function validateTrainOptions(
  fn: string,
  o: Partial<TrainOptions>,
  n: number,
): {
  optimizer: Optimizer;
  iterations: number;
  batchSize: number;
  rng: RandomSource | undefined;
  recordEvery: number;
  onProgress: ((p: { iteration: number; cost: number; elapsed: number }) => void) | undefined;
} {
  const optimizer = o.optimizer;
  if (optimizer === null || typeof optimizer !== 'object' || typeof optimizer.step !== 'function') {
    throw new TypeError(
      `${fn}: optimizer must be an Optimizer (gradientDescent, momentum or adam), got ${formatValue(optimizer)}`,
    );
  }
  const iterations = validateInteger(fn, 'iterations', o.iterations, 0);
  const batchSize = validateInteger(fn, 'batchSize', o.batchSize ?? n, 1);
  if (batchSize > n) throw new RangeError(`${fn}: batchSize must be at most the ${n} examples, got ${batchSize}`);
  const rng = batchSize < n ? validateRandomSource(fn, 'rng', o.rng) : undefined;
  const recordEvery = validateInteger(fn, 'recordEvery', o.recordEvery ?? 1, 1);
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') {
    throw new TypeError(`${fn}: onProgress must be a function, got ${formatValue(o.onProgress)}`);
  }
  return { optimizer, iterations, batchSize, rng, recordEvery, onProgress: o.onProgress };
}
