/**
 * An activation φ for the mean-field maps: a name, leaky ReLU with its negative slope `a`, or any
 * function with its derivative.
 *
 * | name         | φ(x)                                   | expectations                        |
 * |--------------|----------------------------------------|-------------------------------------|
 * | `relu`       | max(0, x)                              | closed form (arc-cosine kernel)     |
 * | `leaky_relu` | x if x > 0, else a·x (a = 0.01)        | closed form                         |
 * | `linear`     | x                                      | closed form                         |
 * | `erf`        | erf(x)                                 | closed form (arcsine kernel)        |
 * | `tanh`       | tanh x                                 | quadrature                          |
 * | `sigmoid`    | 1 / (1 + e⁻ˣ)                          | quadrature                          |
 * | `gelu`       | x·Φ(x) (exact, not the tanh form)      | quadrature                          |
 * | `selu`       | λx if x > 0, else λα(eˣ − 1)           | quadrature, split at the kink       |
 * | `{ fn, derivative }` | any φ and φ′, finite everywhere | quadrature                          |
 *
 * SELU's constants are Klambauer et al.'s (2017): α = 1.6732632423543772,
 * λ = 1.0507009873554805. GELU is Hendrycks & Gimpel's (2016) x·Φ(x).
 *
 * @see Cho & Saul 2009 (the arc-cosine kernel); Williams 1997 (the erf kernel).
 * @example
 * ```ts
 * const a: MeanFieldActivation = { name: 'leaky_relu', a: 0.2 };
 * const b: MeanFieldActivation = { fn: Math.tanh, derivative: (x) => 1 / Math.cosh(x) ** 2 };
 * ```
 */
export type MeanFieldActivation =
  | 'relu'
  | 'leaky_relu'
  | 'tanh'
  | 'sigmoid'
  | 'erf'
  | 'selu'
  | 'gelu'
  | 'linear'
  | { readonly name: 'leaky_relu'; readonly a?: number }
  | { readonly fn: (x: number) => number; readonly derivative: (x: number) => number };
