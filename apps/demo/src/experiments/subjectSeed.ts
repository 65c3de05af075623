/**
 * The fast-check seed of one subject's cases: the suite's seed plus a 32-bit FNV-1a hash of the
 * subject's title, so each subject gets its own cases, and the same ones whether the whole
 * suite runs or only `--init` that initializer.
 *
 * @see G. Fowler, L. C. Noll, K.-P. Vo, "FNV hash" (the 32-bit FNV-1a variant).
 * @example
 * ```ts
 * subjectSeed(42, 'xavier') === subjectSeed(42, 'xavier'); // true
 * subjectSeed(42, 'xavier') === subjectSeed(43, 'xavier'); // false
 * ```
 */
export function subjectSeed(seed: number, title: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(title)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return (hash + seed) % 2 ** 31;
}
