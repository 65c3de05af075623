import { didYouMean, nearest } from '@nninit/internal';
import { describe, expect, it } from 'vitest';

describe('nearest', () => {
  it.each([
    ['sead', ['rng', 'seed', 'dtype'], 'seed'],
    ['test_size', ['testSize', 'shuffle'], 'testSize'],
    ['recordevery', ['recordEvery'], 'recordEvery'],
    ['beta_1', ['beta1', 'beta2'], 'beta1'],
    ['kaiming', ['he', 'kaiming_normal'], 'kaiming_normal'],
    ['tranposeB', ['transposeA', 'transposeB', 'accumulation'], 'transposeB'],
    ['axes', ['axis', 'keepDims'], 'axis'],
    ['alterative', ['alternative', 'method'], 'alternative'],
    ['activaton', ['activation', 'widths'], 'activation'],
    ['momentum', ['learningRate'], undefined],
    ['qqqq', ['zeros', 'ones'], undefined],
    ['', ['a'], undefined],
  ] as [string, string[], string | undefined][])('%s among %o → %s', (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });

  it('allows one edit per three letters, at least one', () => {
    expect(nearest('ab', ['xy'])).toBeUndefined();
    expect(nearest('ab', ['ax'])).toBe('ax');
    expect(nearest('abcdef', ['abxyef'])).toBe('abxyef'); // 2 edits, 6 letters
    expect(nearest('abcdef', ['axyzef'])).toBeUndefined(); // 3 edits
  });

  it('breaks ties by order', () => {
    expect(nearest('cat', ['bat', 'hat'])).toBe('bat');
  });

  it('formats the hint', () => {
    expect(didYouMean('sead', ['seed'])).toBe(' (did you mean "seed"?)');
    expect(didYouMean('zzzz', ['seed'])).toBe('');
  });
});
