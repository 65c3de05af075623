/**
 * Refreshes docs/playground.png, the README's picture: builds the page into a temporary folder,
 * serves it on 127.0.0.1, trains the notebook's network for 6,000 iterations (Play, then Pause) in
 * headless Chromium and saves a full-page screenshot. Run it only to change the picture
 * (`pnpm --filter @nninit/playground screenshot`); the tests write theirs to a temporary file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openChromium } from '@nninit/internal/testing/chromium';
import { build } from 'vite';
import type { PlaygroundHandle } from '../src/internal/PlaygroundHandle.js';
import { serveFolder } from '../test/helpers/serveFolder.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'nninit-playground-'));
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const served = await serveFolder(outDir);
const browser = await openChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(served.url);
  await page.waitForFunction(() => document.querySelectorAll('#init option').length > 0);
  await page.click('#play');
  await page.waitForFunction(
    () =>
      ((globalThis as unknown as { __playground?: PlaygroundHandle }).__playground?.latest()?.iteration ?? 0) >= 6000,
    undefined,
    { timeout: 120_000 },
  );
  await page.click('#play');
  await page.waitForFunction(() => document.querySelectorAll('#weights > *').length === 3);
  await page.waitForTimeout(500);
  const path = join(root, 'docs', 'playground.png');
  await page.screenshot({ path, fullPage: true });
  console.log(`wrote ${path}`);
} finally {
  await browser.close();
  await served.close();
  rmSync(outDir, { recursive: true, force: true });
}
