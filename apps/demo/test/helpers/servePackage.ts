import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';

/** A package compiled and served over HTTP on localhost; `close` stops the server and deletes the build. */
export interface ServedPackage {
  /** The URL of the test page, `index.html`, next to the package's compiled `index.js`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Compiles packages/`name` with its build tsconfig (as `pnpm build` does, without maps or
 * declarations) into a temporary directory, adds `page` as index.html (and `extra`: file name →
 * content), and serves the directory
 * from 127.0.0.1 on a free port: the package exactly as a browser gets it, no bundler in between.
 */
export async function servePackage(
  name: string,
  page: string,
  extra: Record<string, string> = {},
): Promise<ServedPackage> {
  const built = mkdtempSync(join(tmpdir(), `nninit-${name}-browser-`));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const project = fileURLToPath(new URL(`../../../../packages/${name}/tsconfig.build.json`, import.meta.url));
  execFileSync(process.execPath, [
    tsc,
    '-p',
    project,
    '--outDir',
    built,
    '--sourceMap',
    'false',
    '--declaration',
    'false',
  ]);
  writeFileSync(join(built, 'index.html'), page);
  for (const [file, content] of Object.entries(extra)) writeFileSync(join(built, file), content);
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end(); // asked for by every page
    const file = normalize(join(built, path));
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(built, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new tab of `browser`, waits until the page sets `globalThis.result`, and returns
 * it (as JSON: −0 becomes 0, NaN null) with every page error and console error seen meanwhile.
 */
export async function pageResult(
  browser: { context: BrowserContext },
  url: string,
): Promise<{ result: unknown; errors: string[] }> {
  const tab = await browser.context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await tab.goto(url);
  const result: unknown = await tab
    .waitForFunction(() => (globalThis as unknown as { result?: unknown }).result)
    .then((h) => h.jsonValue());
  await tab.close();
  return { result, errors };
}
