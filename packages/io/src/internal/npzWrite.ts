import { fail, validateOptions } from '@nninit/internal';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ArrayData } from '../NdArray.js';
import { encodeData } from './codec.js';
import { formatNpyHeader } from './npyHeader.js';
import { type CheckedSource, validateSources } from './sources.js';

/** Options of the `.npz` writers. */
export interface WriteNpzOptions {
  /** Deflate each member, as `np.savez_compressed` does; default false (stored, as `np.savez`). */
  readonly compress?: boolean;
}

/**
 * The largest archive written: fflate writes no zip64 records, so offsets and sizes must fit in
 * 32 bits. numpy reads archives with or without zip64. Over this, write safetensors.
 */
export const MAX_NPZ_BYTES = 0xffffffff;

/** Validates the sources and options and makes each member's `.npy` header. */
export function planNpz(
  fn: string,
  sources: unknown,
  options: WriteNpzOptions | undefined,
): { checked: CheckedSource[]; headers: Uint8Array[]; compress: boolean } {
  const { compress } = validateOptions(fn, options, ['compress']);
  if (compress !== undefined && typeof compress !== 'boolean') {
    throw fail(TypeError, fn, 'options.compress', 'a boolean', compress);
  }
  const checked = validateSources(fn, sources);
  const headers = checked.map((s, i) => {
    if (s.info.npy === undefined) {
      throw fail(
        RangeError,
        fn,
        `sources[${i}].dtype`,
        'a dtype numpy has (numpy has no bfloat16; write it to safetensors)',
        s.info.name,
      );
    }
    return formatNpyHeader(`${s.info.bytes === 1 ? '|' : '<'}${s.info.npy}`, false, s.shape, undefined);
  });
  let bound = 22;
  for (const [i, s] of checked.entries()) {
    const member = (headers[i] as Uint8Array).length + s.size * s.info.bytes;
    // Deflate's worst case adds 5 bytes per 16 KiB stored block; local and central headers, two
    // copies of the name (at most 3 UTF-8 bytes per UTF-16 unit) and a data descriptor.
    bound += member + (compress === true ? 5 * Math.ceil(member / 16384) + 5 : 0) + 92 + 2 * (3 * s.name.length + 4);
  }
  if (bound > MAX_NPZ_BYTES) {
    throw new RangeError(
      `${fn}: sources must fit in a 4 GiB .npz (fflate writes no zip64), got up to ${bound} bytes; write safetensors instead`,
    );
  }
  return { checked, headers, compress: compress === true };
}

/**
 * fflate's streaming `Zip`, fed one member at a time: each call returns the chunks fflate made
 * (synchronously) for that member. Member `<name>.npy`, stored or deflated; member times are
 * 1980-01-01 (the zip epoch), so equal arrays give equal bytes.
 */
export function npzWriter(fn: string, compress: boolean) {
  const pending: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error !== null) failure = error;
    else pending.push(chunk);
  });
  const drain = (): Uint8Array[] => {
    if (failure !== undefined) throw new RangeError(`${fn}: fflate could not write the archive: ${failure.message}`);
    return pending.splice(0, pending.length);
  };
  return {
    member(source: CheckedSource, header: Uint8Array, data: ArrayData): Uint8Array[] {
      const file = compress
        ? new ZipDeflate(`${source.name}.npy`, { level: 6 })
        : new ZipPassThrough(`${source.name}.npy`);
      // Constructed in local time, so the DOS date fflate derives from local fields is 1980-01-01 everywhere.
      file.mtime = new Date(1980, 0, 1);
      zip.add(file);
      file.push(header, false);
      file.push(encodeData(fn, data, source.info, source.shape, true, false), true);
      return drain();
    },
    end(): Uint8Array[] {
      zip.end();
      return drain();
    },
  };
}
