import type { initializers } from '@tensorflow/tfjs-layers';
import * as tfl from '@tensorflow/tfjs-layers';

/** The instance type of tfjs-layers' `Initializer` (its class is not exported, only its factories). */
export type TfjsInitializer = ReturnType<typeof initializers.zeros>;

/**
 * tfjs-layers' `Initializer` base class, the one its `getInitializer` checks with `instanceof`.
 * The package exports only factories, and deep-importing `dist/initializers.js` would load a
 * second copy of the class (Node resolves the package's `main`, the CJS bundle), so the base is
 * taken from a built-in initializer: `Zeros` extends `Initializer` directly
 * (tfjs-layers 4.22 `src/initializers.ts`).
 */
export const InitializerBase = Object.getPrototypeOf(
  tfl.initializers.zeros().constructor,
) as abstract new () => TfjsInitializer;
