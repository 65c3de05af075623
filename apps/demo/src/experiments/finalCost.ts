import { type Activation, binaryCrossEntropy, type Dataset, MLP, softmaxCrossEntropy } from '@nninit/train';

/**
 * The loss of a trained classifier on `data`, after its last update (`train` reports each
 * cost before that iteration's update). The losses take logits, so this evaluates a twin
 * network with the same parameters and a linear output layer: binary cross-entropy for a
 * sigmoid output, softmax cross-entropy for softmax — stable even where σ(z) rounds to 0 or 1.
 *
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 1], output: 'sigmoid', initialization: 'zeros' });
 * finalCost(model, { x: tensor([[0, 0], [1, 1]]), y: tensor([0, 1]) }); // 0.6931471805599453
 * ```
 */
export function finalCost(model: MLP, data: Dataset<'float64'>): number {
  const output = model.activations[model.activations.length - 1];
  const twin = new MLP({
    sizes: model.sizes,
    activation: model.activations.slice(0, -1) as Activation[],
    output: 'linear',
    initialization: 'zeros',
  });
  model.weights.forEach((w, l) => twin.weights[l]!.data.set(w.data));
  model.biases.forEach((b, l) => twin.biases[l]!.data.set(b.data));
  const logits = twin.forward(data.x);
  return output === 'softmax' ? softmaxCrossEntropy(logits, data.y) : binaryCrossEntropy(logits.reshape([-1]), data.y);
}
