/**
 * The frame-rate harness: opens the built page (`pnpm --filter @nninit/playground build` first)
 * in headless Chromium with the notebook's network, presses Play, and counts for `--seconds`
 * (default 10): requestAnimationFrame callbacks, frames that drew a new snapshot ("rendered"),
 * the main thread's busy time per frame, and the worker's iterations per second. Prints one
 * JSON line, with the anchor: the same network trained in Node in the same run (iterations per
 * second without a page, a worker or snapshots). The goal (README): at least 30 rendered frames per second while training at least
 * 1,000 iterations per second.
 *
 * Usage: pnpm --filter @nninit/playground measure [--seconds 10] [--file] [--query "hidden=..."]
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openChromium } from '@nninit/internal/testing/chromium';
import type { PlaygroundHandle } from '../src/internal/PlaygroundHandle.js';
import { Session } from '../src/internal/session/Session.js';
import { parseState } from '../src/internal/state/parseState.js';
import { serveFolder } from '../test/helpers/serveFolder.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    file: { type: 'boolean', default: false },
    query: { type: 'string', default: '' },
  },
});
/** The anchor: the same configuration trained by the same Session in Node, in this run, for 3 s. */
function nodeIterationsPerSecond(query: string): number {
  const session = new Session(parseState(query));
  const start = performance.now();
  while (performance.now() - start < 3000) session.advanceEpochs(50);
  return Math.round((session.iteration * 1000) / (performance.now() - start));
}

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const served = values.file ? undefined : await serveFolder(dist);
const base = served ? served.url : `file://${dist}`;
const browser = await openChromium();
try {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}index.html?${values.query}`);
  await page.waitForFunction(
    () => (globalThis as unknown as { __playground?: PlaygroundHandle }).__playground?.latest() !== undefined,
  );
  await page.click('#play');
  await page.waitForTimeout(1000);
  const read = () =>
    page.evaluate(() => {
      const p = (globalThis as unknown as { __playground: PlaygroundHandle }).__playground;
      return { ...p.stats, iteration: p.latest()?.iteration ?? 0, now: performance.now() };
    });
  const a = await read();
  await page.waitForTimeout(Number(values.seconds) * 1000);
  const b = await read();
  await page.click('#play'); // pause, so that the anchor runs alone
  const anchor = nodeIterationsPerSecond(values.query);
  const s = (b.now - a.now) / 1000;
  const frames = b.frames - a.frames;
  console.log(
    JSON.stringify({
      seconds: Number(s.toFixed(2)),
      rafPerSecond: Number((frames / s).toFixed(1)),
      renderedPerSecond: Number(((b.rendered - a.rendered) / s).toFixed(1)),
      snapshotsPerSecond: Number(((b.snapshots - a.snapshots) / s).toFixed(1)),
      plotRendersPerSecond: Number(((b.plotRenders - a.plotRenders) / s).toFixed(1)),
      busyMsPerFrame: Number(((b.busy - a.busy) / frames).toFixed(2)),
      canvasMsPerRendered: Number(((b.fastMs - a.fastMs) / Math.max(1, b.rendered - a.rendered)).toFixed(2)),
      plotMsPerRender: Number(((b.plotMs - a.plotMs) / Math.max(1, b.plotRenders - a.plotRenders)).toFixed(2)),
      iterationsPerSecond: Math.round((b.iteration - a.iteration) / s),
      nodeIterationsPerSecond: anchor,
      errors,
    }),
  );
} finally {
  await browser.close();
  await served?.close();
}
