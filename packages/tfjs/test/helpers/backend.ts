import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';

/** Selects a tfjs backend ('cpu' or 'wasm', both loaded from node_modules) and waits until it is ready. */
export async function useBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (!(await tf.setBackend(name))) throw new Error(`the tfjs backend ${name} did not initialize`);
  await tf.ready();
}

/** The elements of a tfjs tensor, read synchronously. */
export function valuesOf(t: tf.Tensor): Float32Array {
  return t.dataSync() as Float32Array;
}
