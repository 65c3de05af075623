/**
 * A hidden layer's activation function, by name (Keras-style snake_case) or with its parameter:
 *
 * | name         | f(z)                      | f′ from the output a = f(z)    |
 * |--------------|---------------------------|--------------------------------|
 * | `relu`       | max(0, z)                 | 1 if a > 0, else 0             |
 * | `leaky_relu` | z if z > 0, else α·z      | 1 if a > 0, else α (α = 0.01)  |
 * | `tanh`       | tanh z                    | 1 − a²                         |
 * | `sigmoid`    | 1 / (1 + e⁻ᶻ)             | a·(1 − a)                      |
 * | `linear`     | z                         | 1                              |
 *
 * At z = 0 the ReLU derivative is taken as 0, as the course notebook's `np.int64(a > 0)` does.
 * Every derivative is a function of the output, so training stores activations only.
 *
 * @see Nair & Hinton 2010 (ReLU); Maas, Hannun & Ng 2013 (leaky ReLU, α = 0.01).
 * @example
 * ```ts
 * const hidden: Activation = { name: 'leaky_relu', alpha: 0.2 };
 * ```
 */
export type Activation =
  | 'relu'
  | 'leaky_relu'
  | 'tanh'
  | 'sigmoid'
  | 'linear'
  | { readonly name: 'leaky_relu'; readonly alpha?: number };

/**
 * The output layer's activation: any {@link Activation}, or `softmax` (eᶻᵏ / Σⱼ eᶻʲ over the
 * outputs of one example). The binary and softmax cross-entropies take the output layer's
 * pre-activations (logits) and apply the sigmoid or softmax themselves, stably.
 *
 * @example
 * ```ts
 * const output: OutputActivation = 'sigmoid';
 * ```
 */
export type OutputActivation = Activation | 'softmax';
