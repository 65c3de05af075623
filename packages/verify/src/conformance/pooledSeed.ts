/**
 * The seed of the k-th pooled draw of a harness case: seed + k, wrapped modulo 2³² when the
 * case seed is a 32-bit seed, so a sampler that accepts uint32 seeds is never handed 2³² or more
 * (fast-check likes to generate seeds next to 2³² − 1).
 *
 * @example
 * pooledSeed(4294967295, 2); // 1
 * pooledSeed(2 ** 40, 2); // 1099511627778
 */
export function pooledSeed(seed: number, k: number): number {
  return seed >= 0 && seed <= 0xffff_ffff ? (seed + k) % 0x1_0000_0000 : seed + k;
}
