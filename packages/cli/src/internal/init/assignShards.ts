import type { SpecTensor } from './readInitSpec.js';

/**
 * Which shard (0-based) each tensor goes to, for `count` shards: largest first (ties by name), each
 * to the shard with the fewest bytes so far (ties to the lowest index), the greedy
 * longest-processing-time rule (Graham 1969), whose largest shard is within 4/3 of the best
 * possible. A pure function of the tensors' names and sizes and `count`, so every process of a
 * sharded run computes the same assignment without talking to the others.
 */
export function assignShards(tensors: readonly SpecTensor[], count: number): Map<string, number> {
  const order = [...tensors].sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const load = new Array<number>(count).fill(0);
  const shardOf = new Map<string, number>();
  for (const t of order) {
    let best = 0;
    for (let s = 1; s < count; s++) if ((load[s] as number) < (load[best] as number)) best = s;
    load[best] = (load[best] as number) + t.bytes;
    shardOf.set(t.name, best);
  }
  return shardOf;
}
