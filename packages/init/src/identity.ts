import { initializerFunction } from './internal/initializerFunction.js';

/**
 * Identity initialization of a 2-D weight: gain on the main diagonal, 0 elsewhere, any aspect
 * ratio. `gain` default 1, any finite number (0 gives zeros). Deterministic: needs no rng. Registry names `'identity'`, `'eye'`.
 *
 * Reference: torch.nn.init.eye_; keras.initializers.Identity; Le, Jaitly & Hinton 2015
 * (IRNN: identity recurrent weights).
 *
 * @example
 * ```ts
 * identity([2, 3], { gain: 2 }).toArray(); // [[2, 0, 0], [0, 2, 0]]
 * ```
 */
export const identity = initializerFunction('identity', 'identity');
