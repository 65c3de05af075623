import type { NdArray } from '../NdArray.js';
import { decodeData } from './codec.js';
import { BY_NAME, BY_SAFETENSORS } from './dtypes.js';
import type { SafetensorsEntry } from './safetensorsHeader.js';

/** The array of one entry from its bytes; a RangeError for a dtype nninit does not read. */
export function decodeSafetensor(fn: string, entry: SafetensorsEntry, bytes: Uint8Array, adopt = false): NdArray {
  const info = entry.dtype === undefined ? undefined : BY_NAME.get(entry.dtype);
  if (info === undefined) {
    throw new RangeError(
      `${fn}: tensor ${JSON.stringify(entry.name)} has dtype ${entry.fileDType}, which nninit does not read; supported: ${[...BY_SAFETENSORS.keys()].join(' ')}`,
    );
  }
  let size = 1;
  for (const d of entry.shape) size *= d;
  return {
    dtype: info.name,
    shape: entry.shape,
    data: decodeData(fn, bytes, info, size, entry.shape, true, false, adopt),
  } as NdArray;
}
