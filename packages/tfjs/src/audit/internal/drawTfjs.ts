import { tidy } from '@tensorflow/tfjs-core';
import type { initializers } from '@tensorflow/tfjs-layers';

/** A tfjs-layers initializer, as the factories under `tf.initializers` return it. */
export type TfjsInitializer = ReturnType<typeof initializers.ones>;

/**
 * One float32 draw of a tfjs initializer: `init.apply(shape, 'float32')` on whatever backend is
 * active, read synchronously and copied out, with every intermediate tensor disposed (tidy).
 */
export function drawTfjs(init: TfjsInitializer, shape: readonly number[]): Float32Array {
  return tidy(() =>
    init
      .apply([...shape], 'float32')
      .dataSync<'float32'>()
      .slice(),
  );
}
