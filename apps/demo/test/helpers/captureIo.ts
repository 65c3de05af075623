import type { Io } from '../../src/Io.js';

/** An {@link Io} that records what a command writes, for in-process end-to-end tests. */
export function captureIo(cwd: string, overrides: Partial<Io> = {}): { io: Io; out: () => string; err: () => string } {
  let out = '',
    err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    color: false,
    progress: false,
    columns: 100,
    cwd,
    ...overrides,
  };
  return { io, out: () => out, err: () => err };
}
