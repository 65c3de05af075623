import type { DeepActivation } from './deepActivations.js';

/**
 * How the terminal and the reports write a hidden activation: ReLU as He et al. (2015) write
 * it, tanh as is.
 *
 * @example
 * ```ts
 * activationName('relu'); // 'ReLU'
 * activationName('tanh'); // 'tanh'
 * ```
 */
export function activationName(activation: DeepActivation): string {
  return activation === 'relu' ? 'ReLU' : 'tanh';
}
