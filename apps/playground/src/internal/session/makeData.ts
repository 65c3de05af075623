import type { RandomSource } from '@nninit/rng';
import { type Dataset, makeBlobs, makeCircles, makeMoons, makeSpirals, makeXor } from '@nninit/train';
import type { DatasetName } from '../state/PlaygroundState.js';

/** Classes of each data set: 2 gives a sigmoid output and binary cross-entropy, 3 softmax. */
export const CLASSES: Readonly<Record<DatasetName, number>> = Object.freeze({
  circles: 2,
  moons: 2,
  spirals: 3,
  xor: 2,
  blobs: 3,
});

/**
 * `nSamples` examples of a data set with its noise: circles (scikit-learn `make_circles`, the
 * course notebook's with noise 0.05), moons (`make_moons`), spirals (CS231n, angle noise in
 * radians), XOR (uniform in [−1, 1)², Gaussian noise), blobs (three fixed centres, noise is
 * the clusters' std, the demo's centres).
 */
export function makeData(name: DatasetName, nSamples: number, noise: number, rng: RandomSource): Dataset<'float64'> {
  switch (name) {
    case 'circles':
      return makeCircles({ nSamples, noise, rng });
    case 'moons':
      return makeMoons({ nSamples, noise, rng });
    case 'spirals':
      return makeSpirals({ nSamples, nClasses: 3, noise, rng });
    case 'xor':
      return makeXor({ nSamples, noise, rng });
    case 'blobs': {
      const centers = [
        [-1.5, -1],
        [1.5, -1],
        [0, 1.5],
      ];
      const { x, y } = makeBlobs({ nSamples, centers, clusterStd: Math.max(noise, 1e-9), rng });
      return { x, y };
    }
  }
}
