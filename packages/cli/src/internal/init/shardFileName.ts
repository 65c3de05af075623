/** The largest shard count the Hugging Face names (five digits) can spell. */
export const MAX_SHARDS = 99_999;

/**
 * The file of shard `index` (1-based) of `count`, named as Hugging Face names shards
 * (`model-00001-of-00003.safetensors`, huggingface_hub `serialization/_base.py`).
 */
export function shardFileName(index: number, count: number): string {
  const five = (n: number) => String(n).padStart(5, '0');
  return `model-${five(index)}-of-${five(count)}.safetensors`;
}
