import { fail, validateShape } from '@nninit/internal';
import type { ArrayData, ArraySource, ArrayStreamSource, NdArray } from '../NdArray.js';
import type { DTypeInfo } from './dtypes.js';
import { validateArrayData, validateArrayDType, validateArrayName, validateNdArray } from './validateArray.js';

/** A validated {@link ArraySource}: its dtype's facts and size known, its data not yet produced. */
export interface CheckedSource {
  readonly name: string;
  readonly info: DTypeInfo;
  readonly shape: readonly number[];
  readonly size: number;
  readonly data: ArraySource['data'];
  /** An {@link ArrayStreamSource}'s pieces, when it has no `data`. */
  readonly chunks?: ArrayStreamSource['chunks'];
}

/**
 * Validates every source up front (names unique and non-empty, dtypes, shapes, given data).
 * With `streamed`, a source may give `chunks` (an {@link ArrayStreamSource}) instead of `data`.
 */
export function validateSources(fn: string, sources: unknown, streamed = false): CheckedSource[] {
  if (!Array.isArray(sources))
    throw fail(TypeError, fn, 'sources', 'an array of { name, dtype, shape, data }', sources);
  const seen = new Set<string>();
  return sources.map((s: unknown, i) => {
    const param = `sources[${i}]`;
    if (typeof s !== 'object' || s === null)
      throw fail(TypeError, fn, param, 'an object { name, dtype, shape, data }', s);
    const { name, dtype, shape, data } = s as Partial<ArraySource>;
    const { chunks } = s as Partial<ArrayStreamSource>;
    validateArrayName(fn, `${param}.name`, name);
    if (seen.has(name as string)) throw fail(RangeError, fn, `${param}.name`, 'unique', name);
    seen.add(name as string);
    const info = validateArrayDType(fn, `${param}.dtype`, dtype);
    const size = validateShape(fn, `${param}.shape`, shape);
    if (streamed && chunks !== undefined) {
      if (typeof chunks !== 'function') {
        throw fail(TypeError, fn, `${param}.chunks`, 'a function returning an iterable of typed arrays', chunks);
      }
      if (data !== undefined) throw fail(TypeError, fn, `${param}.data`, 'absent when chunks is given', data);
    } else if (typeof data !== 'function') validateArrayData(fn, `${param}.data`, info, data, size);
    const checked = {
      name: name as string,
      info,
      shape: [...(shape as number[])],
      size,
      data: data as ArraySource['data'],
    };
    return chunks === undefined ? checked : { ...checked, chunks: chunks as ArrayStreamSource['chunks'] };
  });
}

/** The sources of a record or Map of arrays, in its order. */
export function sourcesOf(fn: string, param: string, arrays: unknown): ArraySource[] {
  const entries =
    arrays instanceof Map
      ? [...arrays.entries()]
      : typeof arrays === 'object' && arrays !== null && !Array.isArray(arrays) && !ArrayBuffer.isView(arrays)
        ? Object.entries(arrays)
        : undefined;
  if (entries === undefined) throw fail(TypeError, fn, param, 'an object or Map of arrays by name', arrays);
  return entries.map(([name, array]) => {
    validateNdArray(fn, `${param}[${JSON.stringify(name)}]`, array);
    const a = array as NdArray;
    return { name: String(name), dtype: a.dtype, shape: a.shape, data: a.data };
  });
}

/** The source's data: given, or produced now (and checked against the declared dtype and size). */
export async function produce(fn: string, index: number, source: CheckedSource): Promise<ArrayData> {
  if (typeof source.data !== 'function') return source.data;
  const data = await source.data();
  return validateArrayData(fn, `sources[${index}].data()`, source.info, data, source.size);
}
