import {
  fromTensor,
  npyChunks,
  readNpy,
  readNpz,
  readSafetensors,
  toNpy,
  writeNpy,
  writeNpz,
  writeSafetensors,
} from '@nninit/io';
import { tensor } from '@nninit/tensor';
import { describe, expect, it } from 'vitest';

// The TSDoc @examples whose output is stated, run as written.
describe('TSDoc examples', () => {
  it('writeNpy: a 128-byte header, then the data', () => {
    const bytes = writeNpy({ dtype: 'float32', shape: [2], data: new Float32Array([1, 2]) });
    expect(bytes.length).toBe(136);
  });

  it('npyChunks: the header and the data apart', () => {
    const [header, data] = npyChunks({ dtype: 'float64', shape: [], data: new Float64Array([1]) });
    expect([header.length, data.length]).toEqual([128, 8]);
  });

  it('writeSafetensors and writeNpz read back', () => {
    const st = writeSafetensors(
      { w: { dtype: 'float32', shape: [2], data: new Float32Array([1, 2]) } },
      { metadata: { format: 'pt' } },
    );
    expect(readSafetensors(st).tensors.get('w')?.data).toEqual(new Float32Array([1, 2]));
    const npz = writeNpz({ w: { dtype: 'float64', shape: [2], data: new Float64Array([1, 2]) } });
    expect(readNpz(npz).get('w')?.data).toEqual(new Float64Array([1, 2]));
  });

  it('toNpy and fromTensor', () => {
    const bytes = toNpy(
      tensor(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [2, 3],
        'float32',
      ),
    );
    expect(bytes.length).toBe(152);
    expect(readNpy(bytes).shape).toEqual([2, 3]);
    const t = tensor([1.5, -2, 3.140625], [3], 'float32');
    expect(fromTensor(t).dtype).toBe('float32');
    const st = writeSafetensors({ w: fromTensor(t, 'bfloat16') });
    expect(readSafetensors(st).tensors.get('w')?.data).toEqual(new Float32Array([1.5, -2, 3.140625]));
  });
});
