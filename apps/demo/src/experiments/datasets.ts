import type { RandomSource } from '@nninit/rng';
import { type Dataset, makeBlobs, makeCircles, makeMoons, makeSpirals, makeXor } from '@nninit/train';
import type { DatasetName } from './DatasetName.js';

/** How the demo makes one data set: its number of classes, a description, and a generator. */
interface DatasetRecipe {
  /** 2: binary labels, a sigmoid output and binary cross-entropy; more: softmax. */
  readonly classes: number;
  readonly description: string;
  readonly make: (nSamples: number, rng: RandomSource) => Dataset<'float64'>;
}

/**
 * Every data set of `--dataset`, with the parameters the demo uses. `circles` is the course
 * notebook's (`make_circles(noise=.05)`); `blobs` has fixed centres so that a training and a
 * test set drawn from different streams come from the same three clusters.
 *
 * @example
 * ```ts
 * Object.keys(datasets);     // ['circles', 'moons', 'spirals', 'xor', 'blobs']
 * datasets.spirals.classes;  // 3
 * ```
 */
export const datasets: Readonly<Record<DatasetName, DatasetRecipe>> = Object.freeze({
  circles: {
    classes: 2,
    description: 'two concentric circles (scikit-learn make_circles, noise 0.05)',
    make: (nSamples, rng) => makeCircles({ nSamples, noise: 0.05, rng }),
  },
  moons: {
    classes: 2,
    description: 'two interleaving half circles (scikit-learn make_moons, noise 0.2)',
    make: (nSamples, rng) => makeMoons({ nSamples, noise: 0.2, rng }),
  },
  spirals: {
    classes: 3,
    description: 'three interleaved spiral arms (CS231n, angle noise 0.2)',
    make: (nSamples, rng) => makeSpirals({ nSamples, nClasses: 3, noise: 0.2, rng }),
  },
  xor: {
    classes: 2,
    description: 'points uniform in [−1, 1)², label 1 where the coordinates have opposite signs',
    make: (nSamples, rng) => makeXor({ nSamples, rng }),
  },
  blobs: {
    classes: 3,
    description: 'three Gaussian blobs, std 0.6, centres (−1.5, −1), (1.5, −1), (0, 1.5)',
    make: (nSamples, rng) => {
      const { x, y } = makeBlobs({
        nSamples,
        centers: [
          [-1.5, -1],
          [1.5, -1],
          [0, 1.5],
        ],
        clusterStd: 0.6,
        rng,
      });
      return { x, y };
    },
  },
});
