import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openChromium, skipBrowserTests } from '@nninit/internal/testing/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mup } from '../src/commands/mup.js';
import type { Io } from '../src/Io.js';
import { OutputFile } from '../src/output/OutputFile.js';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';
import { type LayoutFault, layoutFaults } from './helpers/layoutFaults.js';

/**
 * The requirement: no text of a report's figures overflows its plot. Every report kind is
 * rendered by the demo itself and opened in headless Chromium, and the layout is read from the
 * rendered DOM (so the fonts and text metrics are the browser's, not an estimate): in every
 * `svg[data-plot]`, each title, tick label, axis label and legend label lies inside the SVG,
 * no two of them intersect, and no legend box covers text that is not its own.
 *
 * The power canary is below: a figure whose title is too long, whose legend runs off the right
 * edge and covers a tick label must be rejected with exactly those faults. (Before the plots
 * moved onto Observable Plot, this test found 50 faults in the demo's hand-laid-out SVG: verify
 * 41 — titles clipped at both sides, legends past the right edge or over the tick labels —,
 * compare 2, deep 2 (and 1 more under tanh), audit-tfjs 2, theory 2.)
 */
const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-layout-'));
const skip = skipBrowserTests();
let browser: Awaited<ReturnType<typeof openChromium>> | undefined;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every report kind, at sizes that keep the experiments short but draw every figure. */
const reports: [string, string[] | ((io: Io) => number), number][] = [
  ['compare', ['--iterations', '300', '--report', 'compare.html'], 0],
  ['deep', ['deep', '--layers', '6', '--width', '24', '--iterations', '20', '--report', 'deep.html'], 0],
  [
    'deep-tanh',
    [
      'deep',
      '--activation',
      'tanh',
      '--layers',
      '4',
      '--width',
      '16',
      '--iterations',
      '10',
      '--report',
      'deep-tanh.html',
    ],
    0,
  ],
  ['verify', ['verify', '--runs', '1', '--report', 'verify.html'], 0],
  ['audit-tfjs', ['audit-tfjs', '--samples', '4096', '--report', 'audit-tfjs.html'], 1],
  ['theory', ['theory', '--report', 'theory.html'], 0],
  ['lsuv', ['lsuv', '--report', 'lsuv.html'], 0],
  ['zero', ['zero', '--report', 'zero.html'], 0],
  // mup: its coordinate check at widths 64 to 256 (the command's own 64…4096 takes a minute),
  // which draws the same four figures.
  [
    'mup',
    (io: Io) => {
      const report = OutputFile.claim('mup', '--report', join(dir, 'mup.html'));
      return mup({ json: false, report: report.path }, io, { report }, [64, 128, 256]);
    },
    0,
  ],
];

const describeFault = (f: LayoutFault): string => `${f.kind}: ${f.text}${f.other === undefined ? '' : ` / ${f.other}`}`;

describe.skipIf(skip)('report layout in headless Chromium', () => {
  beforeAll(async () => {
    browser = await openChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function faultsOf(file: string): Promise<{ plots: number; faults: LayoutFault[] }> {
    const page = await browser!.context.newPage();
    try {
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      return await page.evaluate(layoutFaults);
    } finally {
      await page.close();
    }
  }

  it.each(reports)(
    'the %s report: every text of every plot inside its SVG, no overlaps',
    async (name, argv, status) => {
      const io = captureIo(dir).io;
      expect(typeof argv === 'function' ? argv(io) : await run(argv, io)).toBe(status);
      const { plots, faults } = await faultsOf(join(dir, `${name}.html`));
      expect(plots).toBeGreaterThan(0);
      expect(faults.map(describeFault), `${faults.length} layout faults`).toEqual([]);
    },
    180_000,
  );

  it('rejects a figure with a clipped title, a legend past the edge and a legend over a tick label (the power canary)', async () => {
    const file = join(dir, 'canary.html');
    writeFileSync(
      file,
      [
        '<!doctype html><html><body>',
        '<svg xmlns="http://www.w3.org/2000/svg" data-plot="line" width="200" height="120" viewBox="0 0 200 120" style="font: 12px sans-serif">',
        '<text class="plot-title" x="100" y="14" text-anchor="middle">A title far too long for a figure two hundred pixels wide</text>',
        '<text class="tick" x="150" y="60">800</text>',
        '<text class="tick" x="10" y="110">0</text>',
        '<g class="legend"><rect class="legend-box" x="140" y="48" width="80" height="20"/><text class="legend-label" x="145" y="62">random:scale=10</text></g>',
        '</svg>',
        '</body></html>',
      ].join(''),
    );
    const { plots, faults } = await faultsOf(file);
    expect(plots).toBe(1);
    const summary = faults.map(describeFault).sort();
    expect(summary).toEqual([
      'covered by a legend: 800',
      'outside its svg: A title far too long for a figure two hundred pixels wide',
      'outside its svg: legend box',
      'outside its svg: random:scale=10',
      'overlap: 800 / random:scale=10',
    ]);
  });
});
