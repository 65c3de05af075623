import type { NdArray } from '@nninit/io';

/**
 * A weights file opened by {@link openTensorFile}: its format, as its first bytes say, the
 * names of its tensors, in file order, and a reader for one tensor at a time (a large
 * checkpoint is never held in memory at once).
 *
 * @example
 * ```ts
 * const file: TensorFile = { format: 'npy', names: ['w.npy'], read: async () => array };
 * ```
 */
export interface TensorFile {
  readonly format: 'npy' | 'npz' | 'safetensors';
  readonly names: readonly string[];
  read(name: string): Promise<NdArray>;
}
