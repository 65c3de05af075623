import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import ts from 'typescript';

/** A package compiled and served over HTTP on localhost; `close` stops the server and deletes the build. */
export interface ServedPackage {
  /** The URL of the test page, `index.html`, next to the package's compiled `index.js`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Compiles packages/`name` from its TypeScript sources into a temporary directory — every file
 * transpiled on its own (TypeScript's `transpileModule`, as isolatedModules allows; type checking
 * is `pnpm typecheck`'s job) — with each workspace package it imports (`@nninit/internal/wasm`…)
 * compiled next to it under `_nninit/` and the bare specifiers rewritten to relative paths, since
 * a browser without a bundler resolves no package names. Nothing is read from any `dist/`, so
 * the test passes on a clean checkout. Then adds `page` as index.html (and `extra`: file name →
 * content) and serves the directory from 127.0.0.1 on a free port: the package's code as a
 * browser runs it.
 */
export async function servePackage(
  name: string,
  page: string,
  extra: Record<string, string> = {},
): Promise<ServedPackage> {
  const built = mkdtempSync(join(tmpdir(), `nninit-${name}-browser-`));
  compileForBrowser(name, built);
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

const packagesDir = fileURLToPath(new URL('../../../../packages/', import.meta.url));

/** Transpiles packages/`name`/src into `out`, and its `@nninit/*` imports, transitively, into `out/_nninit/<package>/`. */
function compileForBrowser(name: string, out: string): void {
  const pending = [name];
  const done = new Set<string>();
  while (pending.length > 0) {
    const pkg = pending.pop() as string;
    if (done.has(pkg)) continue;
    done.add(pkg);
    const source = join(packagesDir, pkg, 'src');
    const target = pkg === name ? out : join(out, '_nninit', pkg);
    for (const file of readdirSync(source, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
      const js = ts.transpileModule(readFileSync(join(source, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
        fileName: file,
      }).outputText;
      const destination = join(target, file.replace(/\.ts$/, '.js'));
      const rewritten = js.replace(
        /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])@nninit\/([^/'"]+)((?:\/[^'"]*)?)\2/g,
        (_match, prefix: string, quote: string, dependency: string, subpath: string) => {
          pending.push(dependency);
          const entry = sourceEntry(dependency, `.${subpath}`)
            .replace(/^\.\/src\//, '')
            .replace(/\.ts$/, '.js');
          let path = relative(dirname(destination), join(out, '_nninit', dependency, entry)).replaceAll(sep, '/');
          if (!path.startsWith('.')) path = `./${path}`;
          return `${prefix}${quote}${path}${quote}`;
        },
      );
      mkdirSync(dirname(destination), { recursive: true });
      writeFileSync(destination, rewritten);
    }
  }
}

/** The `@nninit/source` file a workspace package exports at `subpath` ('.' or './wasm'). */
function sourceEntry(pkg: string, subpath: string): string {
  const manifest = JSON.parse(readFileSync(join(packagesDir, pkg, 'package.json'), 'utf8')) as {
    exports: Record<string, Record<string, string>>;
  };
  const entry = manifest.exports[subpath]?.['@nninit/source'];
  if (entry === undefined) throw new Error(`@nninit/${pkg} exports no ${subpath} with an @nninit/source condition`);
  return entry;
}

/**
 * Opens `url` in a new tab of `browser`, waits until the page sets `globalThis.result`, and returns
 * it (as JSON: −0 becomes 0, NaN null) with every page error and console error seen meanwhile.
 * A page error or console error ends the wait at once (a module that fails to load never sets
 * the result); otherwise the wait is as long as the test's, since a loaded 2-core machine
 * runs the page's matrix products several times slower than an idle one.
 */
export async function pageResult(
  browser: { context: BrowserContext },
  url: string,
): Promise<{ result: unknown; errors: string[] }> {
  const tab = await browser.context.newPage();
  const errors: string[] = [];
  let failed: () => void = () => {};
  const failure = new Promise<undefined>((resolve) => {
    failed = () => resolve(undefined);
  });
  tab.on('pageerror', (e) => {
    errors.push(e.message);
    failed();
  });
  tab.on('console', (m) => {
    if (m.type() !== 'error') return;
    errors.push(m.text());
    failed();
  });
  await tab.goto(url);
  const result: unknown = await Promise.race([
    tab
      .waitForFunction(() => (globalThis as unknown as { result?: unknown }).result, undefined, { timeout: 0 })
      .then((h) => h.jsonValue()),
    failure,
  ]);
  await tab.close();
  return { result, errors };
}
