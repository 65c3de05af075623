/**
 * Regenerates the README's screenshots from the demo's default runs:
 * `pnpm --filter @nninit/demo screenshot` writes docs/compare-report.png (the notebook
 * comparison: cost curves and decision boundaries) and docs/deep-report.png (the 30-layer
 * signal and loss curves). It opens each report with the browser test's Chromium launcher, so
 * it needs Debian's chromium (or CHROMIUM_PATH), and takes about a minute (deep trains five
 * 30-layer networks).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openChromium } from '@nninit/internal/testing/chromium';
import { run } from '../src/run.js';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'nninit-screenshot-'));
const quiet = {
  out: () => {},
  err: (t: string) => void process.stderr.write(t),
  color: false,
  progress: process.stderr.isTTY === true,
  columns: process.stderr.columns ?? 80,
  cwd: work,
};
const shots: [string, string[], string][] = [
  ['compare-report.png', ['--report', 'compare.html'], '#boundaries'],
  ['deep-report.png', ['deep', '--report', 'deep.html'], '#loss'],
];
const browser = await openChromium();
try {
  for (const [png, argv, lastSection] of shots) {
    if ((await run(argv, quiet)) !== 0) throw new Error(`pnpm demo ${argv.join(' ')} failed`);
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(work, argv.at(-1) as string)).href);
    const box = await page.locator(lastSection).boundingBox(); // page coordinates: the page is not scrolled
    const bottom = (box?.y ?? 0) + (box?.height ?? 900);
    await page.screenshot({
      path: join(docs, png),
      clip: { x: 0, y: 0, width: 1280, height: Math.ceil(bottom) + 16 },
      fullPage: true,
    });
    await page.close();
    process.stderr.write(`wrote ${join(docs, png)}\n`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
