import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openChromium, skipBrowserTests } from '@nninit/internal/testing/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { captureIo } from './helpers/captureIo.js';

/**
 * Each command's HTML report, opened from disk in headless Chromium: every plot must render
 * (an <svg> with a real size and visible marks), the page must log no error and request nothing
 * but itself (its Content-Security-Policy forbids the rest), and a screenshot is saved to
 * .vitest/ (the test's output directory, kept by turbo).
 *
 * CI must run them: `.ci/run` installs Debian's Chromium, and with CI set a missing Chromium
 * fails the run. On a developer's machine without Chromium they are skipped, with a warning that
 * says how to install it, so the README's test command works with only Node and npm.
 */
const dir = mkdtempSync(join(tmpdir(), 'nninit-demo-browser-'));
const shots = fileURLToPath(new URL('../.vitest/', import.meta.url));
const skip = skipBrowserTests();
let browser: Awaited<ReturnType<typeof openChromium>> | undefined;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(skip)('in headless Chromium', () => {
  beforeAll(async () => {
    browser = await openChromium();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const reports: [string, string[]][] = [
    ['compare', ['--iterations', '500', '--report', 'compare.html']],
    ['deep', ['deep', '--layers', '6', '--width', '24', '--iterations', '20', '--report', 'deep.html']],
    [
      'verify',
      [
        'verify',
        '--runs',
        '1',
        '--init',
        'he,glorot_uniform,zeros,orthogonal,sparse,identity',
        '--report',
        'verify.html',
      ],
    ],
  ];

  describe.each(reports)('the %s report in headless Chromium', (name, argv) => {
    it('renders every plot, with no console error and no request but the file itself', async () => {
      expect(await run(argv, captureIo(dir).io)).toBe(0);
      const file = join(dir, `${name}.html`);
      const expectedPlots = readFileSync(file, 'utf8').match(/<svg /g)?.length ?? 0;
      expect(expectedPlots).toBeGreaterThan(0);

      const page = await browser!.context.newPage();
      const problems: string[] = [],
        requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      const plots = await page.$$eval('svg[data-plot]', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const marks = [
            ...svg.querySelectorAll('path.series, path.density, rect.bar, rect.cell, circle.point, line.point-mass'),
          ] as unknown as { getBBox(): { width: number; height: number } }[];
          const visible = marks.filter((m) => {
            const b = m.getBBox();
            return b.width > 0 || b.height > 0;
          });
          return {
            kind: svg.getAttribute('data-plot'),
            width: box.width,
            height: box.height,
            marks: marks.length,
            visible: visible.length,
            title: svg.querySelector('.plot-title')?.textContent ?? '',
          };
        }),
      );
      expect(plots).toHaveLength(expectedPlots);
      for (const p of plots) {
        expect(p.width, p.title).toBeGreaterThan(100);
        expect(p.height, p.title).toBeGreaterThan(100);
        expect(p.visible, `${p.title}: visible marks`).toBeGreaterThan(0);
        expect(p.title.length, 'every plot has a visible title').toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);

      const shot = join(shots, `report-${name}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(20_000);
      await page.close();
    }, 120_000);
  });

  describe('the Content-Security-Policy', () => {
    it('blocks a request the page might make, and the checks above would see the attempt', async () => {
      const file = join(dir, 'leaky.html');
      writeFileSync(
        file,
        readFileSync(join(dir, 'compare.html'), 'utf8').replace(
          '</body>',
          '<img src="http://127.0.0.1:9/x.png"></body>',
        ),
      );
      const page = await browser!.context.newPage();
      const problems: string[] = [],
        requests: string[] = [],
        responses: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('request', (r) => requests.push(r.url()));
      page.on('response', (r) => responses.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(requests).toEqual([pathToFileURL(file).href, 'http://127.0.0.1:9/x.png']); // the attempt is visible…
      expect(responses).toEqual([pathToFileURL(file).href]); // …and never reaches the network
      expect(problems.join('\n')).toMatch(/Content Security Policy/);
      await page.close();
    });
  });
});

describe('without Chromium', () => {
  it('opening it fails, saying how to install it', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-chromium-here');
    try {
      await expect(openChromium()).rejects.toThrow(
        `Chromium not found at ${join(dir, 'no-chromium-here')}. Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.`,
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
