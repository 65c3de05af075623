import { fail, validateOptions } from '@nninit/internal';
import { encodeData } from './codec.js';
import { formatSafetensorsHeader, safetensorsOrder } from './safetensorsHeader.js';
import { type CheckedSource, produce, validateSources } from './sources.js';

/** Options of the safetensors writers. */
export interface WriteSafetensorsOptions {
  /** The header's `__metadata__`: strings to strings (e.g. `{ format: 'pt' }`). */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** Validates everything and returns the header and the sources in file order. */
export function planSafetensors(
  fn: string,
  sources: unknown,
  options: WriteSafetensorsOptions | undefined,
): { header: Uint8Array; ordered: { source: CheckedSource; index: number }[] } {
  const { metadata } = validateOptions(fn, options, ['metadata']);
  if (metadata !== undefined) {
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
      throw fail(TypeError, fn, 'options.metadata', 'an object of strings', metadata);
    }
    for (const [k, v] of Object.entries(metadata)) {
      if (typeof v !== 'string') throw fail(TypeError, fn, `options.metadata[${JSON.stringify(k)}]`, 'a string', v);
    }
  }
  const checked = validateSources(fn, sources, true);
  for (const [i, s] of checked.entries()) {
    if (s.name === '__metadata__') throw fail(RangeError, fn, `sources[${i}].name`, 'not "__metadata__"', s.name);
  }
  const ordered = checked
    .map((source, index) => ({ source, index, name: source.name, bytes: source.info.bytes }))
    .sort(safetensorsOrder);
  const header = formatSafetensorsHeader(
    ordered.map(({ source }) => ({
      name: source.name,
      dtype: source.info.safetensors,
      shape: source.shape,
      byteLength: source.size * source.info.bytes,
    })),
    metadata,
  );
  return { header, ordered };
}

/** The header, then each tensor's little-endian bytes, produced one at a time. */
export async function* safetensorsStream(
  fn: string,
  sources: unknown,
  options: WriteSafetensorsOptions | undefined,
): AsyncGenerator<Uint8Array> {
  const { header, ordered } = planSafetensors(fn, sources, options);
  yield header;
  for (const { source, index } of ordered) {
    if (source.chunks === undefined) {
      const data = await produce(fn, index, source);
      yield encodeData(fn, data, source.info, source.shape, true, false);
      continue;
    }
    // C order with no transpose: each piece encodes on its own, element by element.
    const param = `sources[${index}].chunks()`;
    const total = `${source.size} elements in all (the shape's size)`;
    let count = 0;
    for await (const piece of source.chunks()) {
      if (!(piece instanceof source.info.Type)) {
        throw fail(
          TypeError,
          fn,
          `each piece of ${param}`,
          `a ${source.info.Type.name} (dtype ${source.info.name})`,
          piece,
        );
      }
      count += piece.length;
      // Checked as the pieces come, so a file is never written past its header's promise.
      if (count > source.size) throw fail(RangeError, fn, `the pieces of ${param}`, total, count);
      if (piece.length > 0) yield encodeData(fn, piece, source.info, [piece.length], true, false);
    }
    if (count !== source.size) throw fail(RangeError, fn, `the pieces of ${param}`, total, count);
  }
}
