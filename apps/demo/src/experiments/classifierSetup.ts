import type { Loss, OutputActivation } from '@nninit/train';

/**
 * The output layer and loss for a classifier of `classes` classes: one sigmoid unit with
 * binary cross-entropy for two (the notebook's), k softmax units with softmax cross-entropy
 * otherwise.
 *
 * @example
 * ```ts
 * classifierSetup(2); // { outputs: 1, output: 'sigmoid', loss: 'binary_cross_entropy' }
 * classifierSetup(3); // { outputs: 3, output: 'softmax', loss: 'softmax_cross_entropy' }
 * ```
 */
export function classifierSetup(classes: number): { outputs: number; output: OutputActivation; loss: Loss } {
  return classes === 2
    ? { outputs: 1, output: 'sigmoid', loss: 'binary_cross_entropy' }
    : { outputs: classes, output: 'softmax', loss: 'softmax_cross_entropy' };
}
