/**
 * A distribution as plain data, the form an initializer library can declare without importing
 * verify (e.g. @nninit/init's `describeDistribution`). {@link toDistribution} turns it into a
 * {@link Distribution}; `checkSamples`, `checkConformance` and the matchers accept it directly.
 * The truncated normal is spelled 'truncatedNormal' or 'truncated_normal' (Keras style); its
 * bounds are absolute and `std` is the parent normal's. 'sphereCoordinate' is one coordinate of
 * a uniform point on the sphere of `radius` (default 1) in R^`dimension`, the law of an entry of
 * a Haar-random orthogonal matrix times its gain.
 *
 * @example
 * const spec: DistributionSpec = { family: 'normal', mean: 0, std: 0.125 };
 * toDistribution(spec).variance; // 0.015625
 */
export type DistributionSpec =
  | { readonly family: 'normal'; readonly mean: number; readonly std: number }
  | { readonly family: 'uniform'; readonly low: number; readonly high: number }
  | {
      readonly family: 'truncatedNormal' | 'truncated_normal';
      readonly mean: number;
      readonly std: number;
      readonly low: number;
      readonly high: number;
    }
  | { readonly family: 'constant'; readonly value: number }
  | { readonly family: 'sphereCoordinate'; readonly dimension: number; readonly radius?: number };
