/**
 * The candidate a mistyped `word` most likely meant, or undefined when none is close: the "did
 * you mean" rule of every nninit message. Words are compared in lower case without `_` and `-`,
 * so `test_size` finds `testSize` and `beta_1` finds `beta1`. An empty word has no match. In order:
 *
 * 1. a candidate equal to the word so compared;
 * 2. the first candidate that extends it (`kaiming` → `kaiming_normal`);
 * 3. the candidate nearest in Levenshtein distance (insertions, deletions and substitutions each
 *    cost 1; Levenshtein 1966), if that distance is at most max(1, ⌊length/3⌋) of the word; the
 *    earlier candidate on a tie.
 *
 * @example
 * ```ts
 * nearest('sead', ['rng', 'seed', 'dtype']);        // 'seed'
 * nearest('test_size', ['testSize', 'shuffle']);    // 'testSize'
 * nearest('kaiming', ['he', 'kaiming_normal']);     // 'kaiming_normal'
 * nearest('momentum', ['learningRate']);            // undefined
 * ```
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const key = normalize(word);
  if (key === '') return undefined;
  const keys = candidates.map(normalize);
  const equal = keys.indexOf(key);
  if (equal >= 0) return candidates[equal];
  const extension = keys.findIndex((k) => k.startsWith(key));
  if (extension >= 0) return candidates[extension];
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  keys.forEach((k, i) => {
    const d = levenshtein(key, k);
    if (d < bestDistance) [best, bestDistance] = [candidates[i], d];
  });
  return best;
}

/** ` (did you mean "seed"?)` when {@link nearest} finds a candidate, else the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = nearest(word, candidates);
  return guess === undefined ? '' : ` (did you mean ${JSON.stringify(guess)}?)`;
}

function normalize(word: string): string {
  return word.toLowerCase().replace(/[_-]/g, '');
}

/** The edit distance, by the two-row dynamic programme (Wagner & Fischer 1974). */
function levenshtein(a: string, b: string): number {
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
