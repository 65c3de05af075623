import { validateOptions } from '@nninit/internal';
import type { NpyHeader } from './internal/npyHeader.js';
import { decodeNpy, readNpyHeaderFrom } from './internal/npyRead.js';
import { readExactly, toSource } from './internal/source.js';
import { validateMaxHeaderSize } from './internal/validateMaxHeaderSize.js';
import type { ArrayDType, NdArray } from './NdArray.js';
import type { RandomAccessSource } from './RandomAccessSource.js';
import type { ReadNpyOptions } from './readNpy.js';

/** A `.npy` file whose header has been read and validated: {@link openNpy}'s result. */
export interface NpyFile {
  readonly version: '1.0' | '2.0' | '3.0';
  readonly dtype: ArrayDType;
  readonly shape: readonly number[];
  readonly byteOrder: 'little' | 'big';
  readonly fortranOrder: boolean;
  /** Reads the data (one slice of the Blob) and decodes it as {@link readNpy} does. */
  read(): Promise<NdArray>;
}

/**
 * Opens a `.npy` file given as a Blob (a browser `File`), a file on disk (`openFile` of
 * `@nninit/io/node`), any {@link RandomAccessSource}, or bytes: reads and validates only its header, so the dtype and shape are known before
 * the data is read. Same format and checks as {@link readNpy}.
 *
 * @example
 * ```ts
 * const file = await openNpy(blob);
 * file.shape;              // [256, 128]
 * const a = await file.read();
 * ```
 * @throws (rejects with) the errors of {@link readNpy}, named `openNpy`.
 */
export async function openNpy(
  source: Blob | Uint8Array | ArrayBuffer | RandomAccessSource,
  options?: ReadNpyOptions,
): Promise<NpyFile> {
  const fn = 'openNpy';
  const { maxHeaderSize } = validateOptions(fn, options, ['maxHeaderSize']);
  const max = validateMaxHeaderSize(fn, maxHeaderSize);
  const bytes = toSource(fn, 'source', source);
  const header: NpyHeader = await readNpyHeaderFrom(fn, 'source', bytes, max);
  return {
    version: header.version,
    dtype: header.dtype,
    shape: header.shape,
    byteOrder: header.byteOrder,
    fortranOrder: header.fortranOrder,
    read: async () =>
      decodeNpy(
        fn,
        header,
        await readExactly(fn, 'source', bytes, header.dataOffset, header.dataLength, 'its data'),
        bytes.fresh,
      ),
  };
}
