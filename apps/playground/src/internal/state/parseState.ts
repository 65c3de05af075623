import {
  ACTIVATIONS,
  type ActivationName,
  DATASETS,
  type DatasetName,
  DEFAULT_STATE,
  LIMITS,
  OPTIMIZERS,
  type OptimizerName,
  type PlaygroundState,
} from './PlaygroundState.js';

const KEYS = [
  'dataset',
  'noise',
  'train',
  'test',
  'hidden',
  'activation',
  'init',
  'optimizer',
  'lr',
  'batch',
  'seed',
  'at',
] as const;

/**
 * The state a URL query holds (`?dataset=moons&hidden=10,5&init=random&p.scale=10&seed=3&at=500`),
 * missing keys taking {@link DEFAULT_STATE}'s values. Initializer parameters are `p.<name>`: a
 * number when the text is one, else the text. Anything else is an error naming the key and the
 * value, so a mistyped link fails loudly instead of silently running something else.
 *
 * @throws RangeError for an unknown key or a value outside its domain.
 */
export function parseState(query: string): PlaygroundState {
  const fn = 'parseState';
  const params = new URLSearchParams(query);
  const initParams: Record<string, number | string> = {};
  const get = (key: (typeof KEYS)[number]): string | undefined => params.get(key) ?? undefined;
  for (const key of params.keys()) {
    if (key.startsWith('p.') && key.length > 2) {
      const text = params.get(key) as string;
      const n = Number(text);
      initParams[key.slice(2)] = text.trim() !== '' && Number.isFinite(n) ? n : text;
    } else if (!(KEYS as readonly string[]).includes(key)) {
      throw new RangeError(`${fn}: query key must be one of ${KEYS.join(', ')} or p.<parameter>, got "${key}"`);
    }
  }
  const number = (
    key: (typeof KEYS)[number],
    fallback: number,
    [lo, hi]: readonly [number, number],
    integer: boolean,
  ) => {
    const text = get(key);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < lo || n > hi || (integer && !Number.isInteger(n))) {
      throw new RangeError(
        `${fn}: ${key} must be ${integer ? 'an integer' : 'a number'} in [${lo}, ${hi}], got "${text}"`,
      );
    }
    return n;
  };
  const choice = <T extends string>(key: (typeof KEYS)[number], values: readonly T[], fallback: T): T => {
    const text = get(key);
    if (text === undefined) return fallback;
    if (!(values as readonly string[]).includes(text)) {
      throw new RangeError(`${fn}: ${key} must be one of ${values.join(', ')}, got "${text}"`);
    }
    return text as T;
  };
  let hidden = DEFAULT_STATE.hidden;
  const hiddenText = get('hidden');
  if (hiddenText !== undefined) {
    const widths = hiddenText.split(',').map(Number);
    const [dLo, dHi] = LIMITS.depth,
      [wLo, wHi] = LIMITS.width;
    if (widths.length < dLo || widths.length > dHi || widths.some((w) => !Number.isInteger(w) || w < wLo || w > wHi)) {
      throw new RangeError(
        `${fn}: hidden must be ${dLo}–${dHi} comma-separated integer widths in [${wLo}, ${wHi}], got "${hiddenText}"`,
      );
    }
    hidden = widths;
  }
  const init = get('init') ?? DEFAULT_STATE.init;
  if (!/^[A-Za-z_.]+$/.test(init)) throw new RangeError(`${fn}: init must be an initializer name, got "${init}"`);
  return {
    dataset: choice<DatasetName>('dataset', DATASETS, DEFAULT_STATE.dataset),
    noise: number('noise', DEFAULT_STATE.noise, LIMITS.noise, false),
    nTrain: number('train', DEFAULT_STATE.nTrain, LIMITS.nTrain, true),
    nTest: number('test', DEFAULT_STATE.nTest, LIMITS.nTest, true),
    hidden,
    activation: choice<ActivationName>('activation', ACTIVATIONS, DEFAULT_STATE.activation),
    init,
    initParams,
    optimizer: choice<OptimizerName>('optimizer', OPTIMIZERS, DEFAULT_STATE.optimizer),
    learningRate: number('lr', DEFAULT_STATE.learningRate, LIMITS.learningRate, false),
    batchSize: number('batch', DEFAULT_STATE.batchSize, [0, LIMITS.nTrain[1]], true),
    seed: number('seed', DEFAULT_STATE.seed, [-(2 ** 53 - 1), 2 ** 53 - 1], true),
    at: number('at', DEFAULT_STATE.at, LIMITS.at, true),
  };
}
