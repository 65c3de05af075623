/**
 * The losses {@link train} minimizes, by name, each tied to an output activation:
 *
 * | name                    | output    | per example                          | reference |
 * |-------------------------|-----------|--------------------------------------|-----------|
 * | `binary_cross_entropy`  | `sigmoid` | −[y log σ(z) + (1−y) log(1−σ(z))]    | the notebook's `compute_loss`, from logits |
 * | `softmax_cross_entropy` | `softmax` | log Σₖ e^{zₖ} − z_y                  | Bridle 1990 |
 * | `mean_squared_error`    | any but softmax | (f(z) − y)², mean over outputs | |
 *
 * The cross-entropies are computed from the logits z, stably (see {@link binaryCrossEntropy}).
 *
 * @example
 * ```ts
 * const loss: Loss = 'binary_cross_entropy';
 * ```
 */
export type Loss = 'binary_cross_entropy' | 'softmax_cross_entropy' | 'mean_squared_error';
