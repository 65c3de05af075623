import { type DType, matmul, Tensor } from '@nninit/tensor';
import { singularValues } from '../internal/linalg/singularValues.js';
import { activate, derivative, resolveActivation } from '../internal/model/activations.js';
import { validateFeatures } from '../internal/validation/validateDataset.js';
import { validateInputs, validateModel } from '../internal/validation/validateTraining.js';
import type { MLP } from '../model/MLP.js';

/** The largest min(fan) for which the Jacobian's SVD is computed: its cost grows as width³. */
const MAX_WIDTH = 2048;

/**
 * The singular values, descending, of the MLP's input–output Jacobian at one input x:
 * J = ∂z⁽ᴸ⁾/∂x = W⁽ᴸ⁾·D⁽ᴸ⁻¹⁾·W⁽ᴸ⁻¹⁾ ⋯ D⁽¹⁾·W⁽¹⁾, with D⁽ˡ⁾ = diag f′(z⁽ˡ⁾) and z⁽ᴸ⁾ the output
 * layer's pre-activations (before any output activation). Pennington, Schoenholz & Ganguli
 * (2017) show that at criticality (χ₁ = 1) the whole spectrum stays near 1 with orthogonal
 * weights and tanh at small q* ("dynamical isometry"), while Gaussian weights, or ReLU, spread it
 * with depth.
 *
 * Exact, not estimated: J is formed by L − 1 matrix products (@nninit/tensor's `matmul`, float64)
 * and its singular values come from the one-sided Jacobi method (plane rotations that
 * orthogonalize J's columns; their final norms are the singular values, accurate relative to
 * each value, small ones included). min(n₀, n_L) values; the cost grows as width³, so each
 * width is limited to 2048.
 *
 * @see J. Pennington, S. S. Schoenholz, S. Ganguli, "Resurrecting the sigmoid in deep learning
 *   through dynamical isometry: theory and practice", NeurIPS 2017.
 * @example
 * ```ts
 * const model = new MLP({ sizes: [2, 2], initialization: 'identity', output: 'linear' });
 * jacobianSingularValues(model, tensor([[0.5, -1]])); // Float64Array [1, 1]
 * ```
 * @throws TypeError or RangeError for a model that is not an MLP, an x that is not one finite row
 *   of the model's inputs in its dtype, or a layer wider than 2048.
 */
export function jacobianSingularValues<D extends DType>(model: MLP<D>, x: Tensor<D>): Float64Array {
  const fn = 'jacobianSingularValues';
  validateModel(fn, model);
  const input = validateFeatures<D>(fn, 'x', x);
  validateInputs(fn, model, input, 'x');
  if (input.shape[0] !== 1) throw new RangeError(`${fn}: x must have 1 row (one input), got ${input.shape[0]}`);
  const sizes = model.sizes;
  for (const [l, n] of sizes.entries()) {
    if (n > MAX_WIDTH)
      throw new RangeError(`${fn}: model.sizes[${l}] must be at most ${MAX_WIDTH} for an exact SVD, got ${n}`);
  }
  const L = model.weights.length;
  const w64 = (l: number): Float64Array => Float64Array.from(model.weights[l]!.data);
  // Forward pass for z⁽ˡ⁾, and J built layer by layer: M ← W⁽ˡ⁾·D⁽ˡ⁻¹⁾·M.
  let h = Float64Array.from(input.data);
  let jac = new Tensor(w64(0), [sizes[1] as number, sizes[0] as number]);
  for (let l = 0; l < L; l++) {
    const rows = sizes[l + 1] as number,
      cols = sizes[l] as number,
      w = w64(l),
      b = model.biases[l]!.data;
    const z = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let s = b[i] as number;
      for (let j = 0; j < cols; j++) s += (w[i * cols + j] as number) * (h[j] as number);
      z[i] = s;
    }
    if (l === L - 1) break;
    const { code, alpha } = resolveActivation(fn, `model.activations[${l}]`, model.activations[l], false);
    const n0 = sizes[0] as number;
    h = z.map((v) => activate(v, code, alpha));
    const scaled = Float64Array.from(jac.data);
    for (let i = 0; i < rows; i++) {
      const d = derivative(h[i] as number, code, alpha);
      for (let j = 0; j < n0; j++) scaled[i * n0 + j]! *= d;
    }
    jac = matmul(new Tensor(w64(l + 1), [sizes[l + 2] as number, rows]), new Tensor(scaled, [rows, n0]));
  }
  const out = sizes[L] as number;
  for (const v of jac.data) {
    if (!Number.isFinite(v)) throw new RangeError(`${fn}: x must give a finite Jacobian through the model, got ${v}`);
  }
  return singularValues(jac.data as Float64Array, out, sizes[0] as number);
}
