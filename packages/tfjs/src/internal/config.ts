import { didYouMean, fail, formatChoices } from '@nninit/internal';

/**
 * The serialized form of an nninit initializer, designed for an exact round trip through
 * tfjs-layers' save and load. `model.toJSON()` snake_cases every key and every string value
 * except values under `name` and `className`, and loading camelCases every key and every string
 * value except values under `name` (tfjs-layers 4.22 `src/utils/serialization_utils.ts`), so
 * 'he_normal' would come back as 'heNormal' and a key 'fan_in' as 'fanIn'. Hence:
 *
 * - every string (the initializer's name, each parameter's name, each string value) is the
 *   value of a key `name`, the one place where neither direction converts it;
 * - every other key is a single lower-case word (unchanged by both conversions);
 * - a non-finite number (a truncation bound of ±∞) is `{ number: { name: 'Infinity' } }`,
 *   because JSON has no ∞.
 *
 * ```json
 * { "name": "he_normal", "seed": 1, "repeat": false,
 *   "parameters": [{ "name": "mode", "value": { "name": "fan_out" } }, { "name": "param", "value": 0.2 }] }
 * ```
 */
export interface SerializedConfig {
  readonly name: string;
  readonly parameters: readonly SerializedParameter[];
  readonly seed?: number;
  readonly repeat: boolean;
}

/** One parameter: its name, and its value encoded so that no conversion touches it. */
export interface SerializedParameter {
  readonly name: string;
  readonly value: number | boolean | { readonly name: string } | { readonly number: { readonly name: string } };
}

/** The decoded configuration of an initializer. */
export interface DecodedConfig {
  readonly name: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly seed: number | undefined;
  readonly repeat: boolean;
}

const CONFIG_KEYS = ['name', 'parameters', 'seed', 'repeat'];
/** Added by tfjs-layers' deserializeKerasObject to every config it loads; not ours. */
const ADDED_ON_LOAD = 'customObjects';

/** The serialized form of a configuration (parameters in the order given). */
export function encodeConfig(config: DecodedConfig): SerializedConfig {
  const parameters = Object.entries(config.parameters).map(([name, value]) => ({ name, value: encodeValue(value) }));
  return {
    name: config.name,
    parameters,
    ...(config.seed === undefined ? {} : { seed: config.seed }),
    repeat: config.repeat,
  };
}

function encodeValue(value: unknown): SerializedParameter['value'] {
  if (typeof value === 'string') return { name: value };
  if (typeof value === 'number') return Number.isFinite(value) ? value : { number: { name: String(value) } };
  return value as boolean;
}

/**
 * Decodes a configuration read back from tfjs (after any number of save/load conversions).
 * Unknown keys are errors, except the `customObjects` that loading adds.
 */
export function decodeConfig(fn: string, config: unknown): DecodedConfig {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw fail(TypeError, fn, 'config', 'an object', config);
  }
  const c = config as Record<string, unknown>;
  for (const key of Object.keys(c)) {
    if (key !== ADDED_ON_LOAD && !CONFIG_KEYS.includes(key)) {
      throw new RangeError(
        `${fn}: each key of config must be one of ${formatChoices(CONFIG_KEYS)}, got ${JSON.stringify(key)}${didYouMean(key, CONFIG_KEYS)}`,
      );
    }
  }
  if (typeof c['name'] !== 'string') throw fail(TypeError, fn, 'config.name', 'a string', c['name']);
  const list = c['parameters'] ?? [];
  if (!Array.isArray(list)) throw fail(TypeError, fn, 'config.parameters', 'an array', list);
  const parameters: Record<string, unknown> = {};
  list.forEach((entry: unknown, i) => {
    const where = `config.parameters[${i}]`;
    const e = entry as Record<string, unknown> | null;
    if (e === null || typeof e !== 'object' || typeof e['name'] !== 'string' || !('value' in e)) {
      throw fail(TypeError, fn, where, '{ name, value }', entry);
    }
    parameters[e['name']] = decodeValue(fn, `${where}.value`, e['value']);
  });
  const seed = c['seed'] ?? undefined;
  if (seed !== undefined && !Number.isSafeInteger(seed))
    throw fail(TypeError, fn, 'config.seed', 'a safe integer', seed);
  const repeat = c['repeat'] ?? false;
  if (typeof repeat !== 'boolean') throw fail(TypeError, fn, 'config.repeat', 'a boolean', repeat);
  return { name: c['name'], parameters, seed: seed as number | undefined, repeat };
}

function decodeValue(fn: string, where: string, value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const v = value as Record<string, unknown> | null;
  if (v !== null && typeof v === 'object') {
    if (typeof v['name'] === 'string' && Object.keys(v).length === 1) return v['name'];
    const n = (v['number'] as Record<string, unknown> | undefined)?.['name'];
    if (n === 'Infinity' || n === '-Infinity' || n === 'NaN') return Number(n);
  }
  throw fail(TypeError, fn, where, 'a number, a boolean, { name } or { number: { name } }', value);
}
