import { type Initialization, initialize, type Layout } from '@nninit/init';
import { philox } from '@nninit/rng';
import { describe, expect, it } from 'vitest';
import { PieceBuffer } from '../src/internal/init/PieceBuffer.js';
import type { SpecTensor } from '../src/internal/init/readInitSpec.js';
import { tensorChunks } from '../src/internal/init/tensorChunks.js';

// Requirement: a large tensor streams to its file in pieces whose concatenation is the whole
// initialize call, bit for bit, while memory holds one piece (one buffer, refilled).

const spec = (
  shape: number[],
  init: Initialization,
  dtype: 'float32' | 'float64' = 'float32',
  layout: Layout = 'torch',
): SpecTensor => ({
  name: 'w',
  shape,
  init,
  dtype,
  layout,
  bytes: shape.reduce((a, b) => a * b, 1) * (dtype === 'float32' ? 4 : 8),
});

/** The pieces, copied as they come (the generator refills one buffer), and their buffers. */
function collect(t: SpecTensor, chunkElements: number, pieceBuffer = new PieceBuffer()) {
  const pieces: (Float32Array | Float64Array)[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for (const piece of tensorChunks(t, philox(5).fork('w'), pieceBuffer, chunkElements)) {
    buffers.add(piece.buffer);
    pieces.push(piece.slice());
  }
  const Type = t.dtype === 'float32' ? Float32Array : Float64Array;
  const all = new Type(pieces.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    all.set(p, at);
    at += p.length;
  }
  return { pieces, buffers, all };
}

describe('tensorChunks', () => {
  const cases: [string, SpecTensor, number, number][] = [
    ['he_normal, rows that do not divide evenly', spec([103, 40], 'he_normal'), 400, 11],
    ['truncated_normal in float64', spec([50, 7, 3], { name: 'truncated_normal', std: 2 }, 'float64'), 100, 13],
    ['glorot_uniform in the keras layout', spec([3, 3, 16, 8], 'glorot_uniform', 'float32', 'keras'), 384, 3],
    ['identity, deterministic', spec([64, 64], 'identity'), 1000, 5],
  ];
  for (const [what, t, chunkElements, count] of cases) {
    it(`gives ${what} in ${count} pieces through one buffer, equal to the whole call`, () => {
      const { pieces, buffers, all } = collect(t, chunkElements);
      expect(pieces).toHaveLength(count);
      expect(buffers.size).toBe(1);
      for (const p of pieces) expect(p.length).toBeLessThanOrEqual(chunkElements);
      const whole = initialize(t.shape, t.init, { rng: philox(5).fork('w'), dtype: t.dtype, layout: t.layout }).data;
      expect(all).toEqual(whole);
      // Not vacuous: another stream's tensor differs.
      if (what !== 'identity, deterministic') {
        expect(all).not.toEqual(
          initialize(t.shape, t.init, { rng: philox(6).fork('w'), dtype: t.dtype, layout: t.layout }).data,
        );
      }
    });
  }

  it('makes orthogonal, which init does not slice, whole', () => {
    const t = spec([40, 40], 'orthogonal');
    const { pieces, all } = collect(t, 100);
    expect(pieces).toHaveLength(1);
    expect(all).toEqual(initialize([40, 40], 'orthogonal', { rng: philox(5).fork('w') }).data);
  });

  it('makes the tensors of a shard in one shared buffer, small ones whole in it', () => {
    const shared = new PieceBuffer();
    const a = collect(spec([103, 40], 'he_normal'), 400, shared);
    const b = collect(spec([50, 7, 3], { name: 'truncated_normal', std: 2 }, 'float64'), 100, shared);
    const c = collect(spec([8, 8], 'glorot_normal'), 400, shared);
    expect(c.pieces).toHaveLength(1);
    expect(c.all).toEqual(initialize([8, 8], 'glorot_normal', { rng: philox(5).fork('w') }).data);
    expect(new Set([...a.buffers, ...b.buffers, ...c.buffers]).size).toBe(1);
  });
});
