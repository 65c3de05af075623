import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { philox, PHILOX_KERNEL, RandomState } from '@nninit/rng';
import { openChromium, skipBrowserTests } from './helpers/chromium.js';

/**
 * @nninit/rng as a browser gets it: compiled by tsc, served from localhost, imported by a page in
 * headless Chromium. Its main entry must load without Node built-ins (FillPool lives in
 * @nninit/rng/parallel), run the WebAssembly SIMD kernel, and give the same bits as Node.
 */
const skip = skipBrowserTests();
const built = mkdtempSync(join(tmpdir(), 'nninit-rng-browser-'));
const page = `<!doctype html><meta charset="utf-8"><script type="module">
  import { philox, PHILOX_KERNEL, RandomState } from './index.js';
  const normals = new Float64Array(3000); philox(42).fillNormal(normals);
  const uniforms = new Float32Array(100); philox(-7).fillUniform(uniforms);
  const truncated = new Float64Array(100); philox(5).fork('layer1').fillTruncatedNormal(truncated, -2, 2);
  globalThis.result = { kernel: PHILOX_KERNEL, normals: [...normals], uniforms: [...uniforms], truncated: [...truncated], randn: [...new RandomState(3).randn(1001)] };
</script>`;
let server: Server | undefined;

/** The same draws in Node, from the workspace sources. */
function nodeResult(): Record<string, unknown> {
  const normals = new Float64Array(3000); philox(42).fillNormal(normals);
  const uniforms = new Float32Array(100); philox(-7).fillUniform(uniforms);
  const truncated = new Float64Array(100); philox(5).fork('layer1').fillTruncatedNormal(truncated, -2, 2);
  return { kernel: PHILOX_KERNEL, normals: [...normals], uniforms: [...uniforms], truncated: [...truncated], randn: [...new RandomState(3).randn(1001)] };
}

describe.skipIf(skip)('@nninit/rng in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof openChromium>> | undefined;
  beforeAll(async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const project = fileURLToPath(new URL('../../../packages/rng/tsconfig.build.json', import.meta.url));
    execFileSync(process.execPath, [tsc, '-p', project, '--outDir', built, '--sourceMap', 'false', '--declaration', 'false']);
    writeFileSync(join(built, 'index.html'), page);
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
    server = createServer((request, response) => {
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
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    browser = await openChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(built, { recursive: true, force: true });
  });

  it('loads the main entry and draws the same bits as Node, with the WebAssembly SIMD kernel', async () => {
    const tab = await browser!.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const { port } = server!.address() as AddressInfo;
    await tab.goto(`http://127.0.0.1:${port}/index.html`);
    const result = await tab.waitForFunction(() => (globalThis as unknown as { result?: unknown }).result).then((h) => h.jsonValue());
    expect(errors, errors.join("\n")).toEqual([]);
    expect(result).toEqual(nodeResult());
    expect((result as { kernel: string }).kernel).toBe('wasm-simd');
    await tab.close();
  }, 60_000);
});
