import { describeDistribution, type Initialization, type Layout } from '@nninit/init';
import { formatChoices, formatValue, nearest, validateByteLength, validateShape } from '@nninit/internal';
import { pieceLength } from './pieceLength.js';
import { CHUNK_ELEMENTS } from './tensorChunks.js';

/** The element types `nninit init` writes: the dtypes @nninit/init draws in. */
export type SpecDType = 'float32' | 'float64';

/** One tensor of a spec, its defaults resolved. */
export interface SpecTensor {
  readonly name: string;
  readonly shape: readonly number[];
  readonly init: Initialization;
  readonly dtype: SpecDType;
  readonly layout: Layout;
  /** Bytes of its data in the file: size × 4 or 8. */
  readonly bytes: number;
}

/** A model's initial weights, described: `{ seed?, dtype?, layout?, tensors: [...] }`. */
export interface InitSpec {
  readonly seed: number | undefined;
  readonly tensors: readonly SpecTensor[];
}

const SPEC_KEYS = ['seed', 'dtype', 'layout', 'tensors'];
const TENSOR_KEYS = ['name', 'shape', 'init', 'dtype', 'layout'];
const DTYPES: readonly SpecDType[] = ['float32', 'float64'];
const LAYOUTS: readonly Layout[] = ['torch', 'keras'];

/** A spec error: `where` is the JSON path of the offending value. */
export class SpecError extends Error {}

/**
 * Parses and validates a spec's JSON text, strictly: an unknown key anywhere is an error naming
 * it, and every tensor's initializer is checked against its shape and dtype (by
 * `describeDistribution`, which runs initialize's validation without drawing), so a bad spec is
 * refused before any file is written.
 */
export function readInitSpec(text: string): InitSpec {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SpecError(`the spec is not JSON (${(error as Error).message})`);
  }
  const spec = object(json, 'the spec');
  checkKeys(spec, SPEC_KEYS, 'the spec');
  const seed = spec.seed === undefined ? undefined : validateSeed(spec.seed, 'seed');
  const dtype = choice(spec.dtype ?? 'float32', DTYPES, 'dtype');
  const layout = choice(spec.layout ?? 'torch', LAYOUTS, 'layout');
  if (!Array.isArray(spec.tensors) || spec.tensors.length === 0) {
    throw new SpecError(`tensors must be a non-empty array, got ${formatValue(spec.tensors)}`);
  }
  const seen = new Set<string>();
  const tensors = spec.tensors.map((t: unknown, i: number): SpecTensor => {
    const where = `tensors[${i}]`;
    const entry = object(t, where);
    checkKeys(entry, TENSOR_KEYS, where);
    const { name } = entry;
    if (typeof name !== 'string' || name === '' || name === '__metadata__') {
      throw new SpecError(
        `${where}.name must be a non-empty string other than "__metadata__", got ${formatValue(name)}`,
      );
    }
    if (seen.has(name)) throw new SpecError(`${where}.name must be unique, got ${formatValue(name)} twice`);
    seen.add(name);
    const at = `${where} (${JSON.stringify(name)})`;
    let size: number;
    try {
      size = validateShape('nninit init', `${at}.shape`, entry.shape);
    } catch (error) {
      throw new SpecError((error as Error).message.replace(/^nninit init: /, ''));
    }
    if (entry.init === undefined) throw new SpecError(`${at}.init must be given (a name or { name, ...parameters })`);
    const tensorDType = choice(entry.dtype ?? dtype, DTYPES, `${at}.dtype`);
    const tensorLayout = choice(entry.layout ?? layout, LAYOUTS, `${at}.layout`);
    const shape = entry.shape as number[];
    try {
      describeDistribution(shape, entry.init as Initialization, { dtype: tensorDType, layout: tensorLayout });
    } catch (error) {
      throw new SpecError(`${at}.init: ${(error as Error).message}`);
    }
    const bytesPerElement = tensorDType === 'float32' ? 4 : 8;
    const bytes = size * bytesPerElement;
    // The tensor is written a piece at a time; refuse here, before anything is written, a piece
    // (a single row of the first dimension, at least) that no array can hold.
    const piece = pieceLength(shape, CHUNK_ELEMENTS);
    try {
      validateByteLength(
        'nninit init',
        `${at}: shape ${JSON.stringify(shape)} is written ${piece === size ? 'whole' : `a piece of ${piece} elements at a time`}, which`,
        piece,
        bytesPerElement,
      );
    } catch (error) {
      throw new SpecError((error as Error).message.replace(/^nninit init: /, ''));
    }
    return {
      name,
      shape: [...shape],
      init: entry.init as Initialization,
      dtype: tensorDType,
      layout: tensorLayout,
      bytes,
    };
  });
  return { seed, tensors };
}

/** A seed: a safe integer, as `philox(seed)` takes. */
export function validateSeed(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new SpecError(`${where} must be a safe integer, got ${formatValue(value)}`);
  }
  return value;
}

function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SpecError(`${where} must be a JSON object, got ${formatValue(value)}`);
  }
  return value as Record<string, unknown>;
}

function checkKeys(value: Record<string, unknown>, keys: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      const near = nearest(key, keys);
      const hint = near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
      throw new SpecError(`each key of ${where} must be one of ${formatChoices(keys)}, got ${formatValue(key)}${hint}`);
    }
  }
}

function choice<T extends string>(value: unknown, choices: readonly T[], where: string): T {
  if (!choices.includes(value as T)) {
    throw new SpecError(`${where} must be one of ${formatChoices(choices)}, got ${formatValue(value)}`);
  }
  return value as T;
}
