import { fail, validateShape } from '@nninit/internal';
import type { ArrayData, ArraySource, NdArray } from '../NdArray.js';
import type { DTypeInfo } from './dtypes.js';
import { validateArrayData, validateArrayDType, validateArrayName, validateNdArray } from './validateArray.js';

/** A validated {@link ArraySource}: its dtype's facts and size known, its data not yet produced. */
export interface CheckedSource {
  readonly name: string;
  readonly info: DTypeInfo;
  readonly shape: readonly number[];
  readonly size: number;
  readonly data: ArraySource['data'];
}

/** Validates every source up front (names unique and non-empty, dtypes, shapes, given data). */
export function validateSources(fn: string, sources: unknown): CheckedSource[] {
  if (!Array.isArray(sources))
    throw fail(TypeError, fn, 'sources', 'an array of { name, dtype, shape, data }', sources);
  const seen = new Set<string>();
  return sources.map((s: unknown, i) => {
    const param = `sources[${i}]`;
    if (typeof s !== 'object' || s === null)
      throw fail(TypeError, fn, param, 'an object { name, dtype, shape, data }', s);
    const { name, dtype, shape, data } = s as Partial<ArraySource>;
    validateArrayName(fn, `${param}.name`, name);
    if (seen.has(name as string)) throw fail(RangeError, fn, `${param}.name`, 'unique', name);
    seen.add(name as string);
    const info = validateArrayDType(fn, `${param}.dtype`, dtype);
    const size = validateShape(fn, `${param}.shape`, shape);
    if (typeof data !== 'function') validateArrayData(fn, `${param}.data`, info, data, size);
    return { name: name as string, info, shape: [...(shape as number[])], size, data: data as ArraySource['data'] };
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
