import { describe, expect, it } from 'vitest';
import { Progress } from '../src/internal/init/Progress.js';

/** A stream that records what is written, a terminal or not, and a clock the test moves. */
function fake(isTTY: boolean) {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream;
  let now = 0;
  return { written, stream, clock: () => now, tick: (ms: number) => (now += ms) };
}

describe('Progress', () => {
  it('redraws one line in place on a terminal, at most every 100 ms, and ends it', () => {
    const { written, stream, clock, tick } = fake(true);
    const p = new Progress(stream, 'model-00001-of-00002.safetensors', 4e9, clock);
    tick(100);
    p.advance(1e9);
    tick(50);
    p.advance(1e9); // within 100 ms of the last draw: not drawn
    tick(50);
    p.advance(1e9);
    tick(100);
    p.advance(1e9);
    p.finish();
    expect(written).toHaveLength(5);
    expect(written[0]).toBe(
      `\rmodel-00001-of-00002.safetensors [${'#'.repeat(8)}${'.'.repeat(22)}]  25% 1.00/4.00 GB 10.00 GB/s`,
    );
    expect(written[1]).toMatch(/\[#{23}\.{7}\] {2}75% 3\.00\/4\.00 GB 15\.00 GB\/s$/);
    expect(written[3]).toMatch(/\[#{30}\] 100% 4\.00\/4\.00 GB 13\.33 GB\/s$/);
    expect(written[4]).toBe('\n');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const { written, stream, clock, tick } = fake(false);
    const p = new Progress(stream, 'x', 10, clock);
    tick(1000);
    p.advance(10);
    p.finish();
    expect(written).toEqual([]);
  });
});
