/**
 * The suggestion for a mistyped `word`: the first candidate that starts with it (`'kaiming'` →
 * `'kaiming_normal'`), otherwise the candidate closest by Levenshtein distance (insertions,
 * deletions and substitutions each cost 1; Levenshtein 1966), the first one on a tie.
 */
export function nearest(word: string, candidates: readonly string[]): string {
  const extension = word === '' ? undefined : candidates.find((c) => c.startsWith(word));
  if (extension !== undefined) return extension;
  let best = candidates[0] as string;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** The edit distance, by the two-row dynamic programme (Wagner & Fischer 1974). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
