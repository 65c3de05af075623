import type { MLP } from '@nninit/train';

/**
 * The number of classes of exactly identical hidden units in the first hidden layer of `model`:
 * units whose incoming weights, bias and outgoing weights are all equal. Identical units get
 * identical gradients, so gradient descent can never split a class: the count after training is
 * at most the count at the start (Goodfellow, Bengio & Courville 2016, §8.4, "break symmetry").
 *
 * @example
 * ```ts
 * unitClasses(new MLP({ sizes: [2, 8, 1], output: 'sigmoid', initialization: 'zeros' })); // 1
 * ```
 */
export function unitClasses(model: MLP): number {
  const [w1, w2] = model.weights;
  const b1 = model.biases[0];
  if (w1 === undefined || w2 === undefined || b1 === undefined) return 0;
  const [hidden, inputs] = w1.shape as [number, number];
  const outputs = w2.shape[0] as number;
  const keys = new Set<string>();
  for (let h = 0; h < hidden; h++) {
    const unit = [
      ...Array.from({ length: inputs }, (_, i) => w1.data[h * inputs + i]),
      b1.data[h],
      ...Array.from({ length: outputs }, (_, o) => w2.data[o * hidden + h]),
    ];
    keys.add(unit.join(','));
  }
  return keys.size;
}
