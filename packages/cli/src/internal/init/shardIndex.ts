import type { SpecTensor } from './readInitSpec.js';
import { shardFileName } from './shardFileName.js';

/** The index file's name, as Hugging Face's loaders look for it. */
export const INDEX_FILE = 'model.safetensors.index.json';

/**
 * The text of `model.safetensors.index.json`: `{ metadata: { total_size }, weight_map }`, total_size
 * the sum of the tensors' data bytes (headers excluded), the keys sorted and indented as
 * transformers' `save_pretrained` writes them. Every shard writes this same text.
 */
export function shardIndex(
  tensors: readonly SpecTensor[],
  shardOf: ReadonlyMap<string, number>,
  count: number,
): string {
  const weightMap: Record<string, string> = {};
  for (const name of tensors.map((t) => t.name).sort()) {
    weightMap[name] = shardFileName((shardOf.get(name) as number) + 1, count);
  }
  const totalSize = tensors.reduce((sum, t) => sum + t.bytes, 0);
  return `${JSON.stringify({ metadata: { total_size: totalSize }, weight_map: weightMap }, null, 2)}\n`;
}
