import { describe, expect, it } from 'vitest';
import { createStyle } from '../src/terminal/createStyle.js';
import { formatTable } from '../src/terminal/formatTable.js';
import { ProgressBar } from '../src/terminal/ProgressBar.js';
import { trainingProgress } from '../src/terminal/trainingProgress.js';
import { visibleLength } from '../src/terminal/visibleLength.js';
import { captureIo } from './helpers/captureIo.js';

describe('terminal output', () => {
  it('createStyle: ANSI codes with colour, the text unchanged without (the @example)', () => {
    expect(createStyle(true).red('FAIL')).toBe('\x1b[31mFAIL\x1b[39m');
    expect(createStyle(false).red('FAIL')).toBe('FAIL');
    const plain = createStyle(false);
    for (const f of [plain.bold, plain.dim, plain.green, plain.red, plain.yellow]) expect(f('x')).toBe('x');
  });

  it('visibleLength ignores escape codes and counts code points (the @example)', () => {
    expect(visibleLength('\x1b[31mFAIL\x1b[39m')).toBe(4);
    expect(visibleLength('σ × 10')).toBe(6);
    expect(visibleLength(createStyle(true).bold(createStyle(true).green('ok')))).toBe(2);
  });

  it('formatTable aligns columns, right-aligning numbers, whatever the colours (the @example)', () => {
    expect(
      formatTable(
        ['init', 'acc'],
        [
          ['zeros', '0.5'],
          ['he', '0.9933'],
        ],
        ['l', 'r'],
      ),
    ).toBe('init      acc\n─────  ──────\nzeros     0.5\nhe     0.9933\n');
    const s = createStyle(true);
    const coloured = formatTable(
      ['a', 'b'],
      [
        [s.red('x'), '1'],
        ['yy', s.green('22')],
      ],
      ['l', 'r'],
    ).split('\n');
    expect(coloured.map(visibleLength).slice(0, 4)).toEqual([6, 6, 6, 6]);
  });

  it('ProgressBar redraws one line in place and ends it when finished (the @example)', () => {
    let screen = '';
    const bar = new ProgressBar(
      (t) => {
        screen += t;
      },
      'he',
      60,
      0,
    );
    bar.update(0.5, 'cost 0.41');
    expect(screen).toBe(`\rhe  ${'█'.repeat(19)}${'░'.repeat(19)}   50%  cost 0.41\x1b[K`);
    bar.finish('cost 0.07');
    expect(screen.endsWith('\n')).toBe(true);
    expect(screen.split('\n')).toHaveLength(2);
    expect(screen).toMatch(/100% {2}cost 0\.07 {2}\d+\.\d s\x1b\[K\n$/);
  });

  it('ProgressBar throttles redraws to its interval', () => {
    let writes = 0;
    const bar = new ProgressBar(
      () => {
        writes++;
      },
      'x',
      80,
      60_000,
    );
    for (let i = 0; i < 1000; i++) bar.update(i / 1000, '');
    expect(writes).toBe(1);
  });

  it('trainingProgress: nothing off a terminal (the @example), one finished bar per run on one', () => {
    expect(trainingProgress(captureIo('/').io, 10)).toBeUndefined();
    const { io, err, out } = captureIo('/', { progress: true, columns: 80 });
    const report = trainingProgress(io, 6)!;
    for (const run of [0, 1]) {
      for (let it = 0; it < 1000; it += 100)
        report({ run, label: run === 0 ? 'zeros' : 'he', iteration: it, iterations: 1000, cost: 0.5 });
      report({
        run,
        label: run === 0 ? 'zeros' : 'he',
        iteration: 1000,
        iterations: 1000,
        cost: run === 0 ? 0.69 : NaN,
      });
    }
    const lines = err().split('\n');
    expect(lines).toHaveLength(3); // two finished lines and the empty rest
    expect(lines[0]).toMatch(/^\r.*\rzeros {3}█+ {2}100% {2}cost 0\.6900 {2}\d+\.\d s\x1b\[K$/);
    expect(lines[1]).toMatch(/\rhe {6}█+ {2}100% {2}diverged/);
    expect(out()).toBe('');
  });
});
