import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/**
 * The bundle budget: 250 kB of gzipped JavaScript for the whole page, worker included. The page
 * carries Observable Plot with the parts of d3 it uses (about 60 kB gzipped on its own) and
 * nninit's rng, tensor, init and train with their WebAssembly assemblers, twice over: once in
 * the page and once in the inlined worker (base64, which gzip mostly undoes). 250 kB is what a
 * phone on a slow 3G link (about 50 kB/s) loads in 5 s, the load time we accept for a page that
 * then runs offline; the build is well under it, so a dependency that doubles it fails here.
 */
const BUDGET = 250_000;

describe('the build', () => {
  const dir = inject('buildDir');

  it(`is a static folder: index.html and its JavaScript, ${BUDGET / 1000} kB gzipped at most`, () => {
    const files = readdirSync(join(dir, 'assets'));
    const js = files.filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    const gzipped = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, 'assets', f)), { level: 9 }).length, 0);
    console.log(`bundle: ${js.length} JavaScript file(s), ${(gzipped / 1000).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThan(BUDGET);
  });

  it('loads as one classic script with relative URLs (so it opens from any path, and from file://)', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script defer src="\.\/assets\/[^"]+\.js">$/);
    expect(html).not.toMatch(/type="module"|(src|href)="\//);
  });
});
