/**
 * The candidate closest to `name` in edit distance (Levenshtein: insertions, deletions and
 * substitutions each cost 1), if it is within a third of the name's length (at least 1), for
 * "did you mean …?" hints. Ties go to the earlier candidate.
 *
 * @example
 * ```ts
 * nearestName('hee', ['zeros', 'random', 'he']);   // 'he'
 * nearestName('qqqqqq', ['zeros', 'random', 'he']); // undefined
 * ```
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined,
    bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
