import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openChromium, skipBrowserTests } from '@nninit/internal/testing/chromium';
import { philox, type RandomSource } from '@nninit/rng';
import { adam, MLP, makeMoons, makeSpirals, momentum, probeLayers, train } from '@nninit/train';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PlaygroundHandle } from '../src/internal/PlaygroundHandle.js';
import { serveFolder } from './helpers/serveFolder.js';

/**
 * The built page in headless Chromium, served as any static host serves it (and once from
 * file://): the requirements of the playground, each asserted on what the page shows.
 */
const skip = skipBrowserTests();

type Handle = { __playground?: PlaygroundHandle };

async function open(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as Handle).__playground?.latest() !== undefined, undefined, {
    timeout: 60_000,
  });
  return errors;
}

const latest = (page: Page) =>
  page.evaluate(() => {
    const s = (globalThis as Handle).__playground!.latest()!;
    return {
      iteration: s.iteration,
      trainLoss: s.trainLoss,
      testAccuracy: s.testAccuracy,
      identical: s.layers.map((l) => l.identicalUnits),
      weights: s.layers.map((l) => [l.weights.lo, l.weights.hi, ...l.weights.counts]),
      declared: s.layers.map((l) => l.declared.label),
    };
  });

describe.skipIf(skip)('the playground in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof openChromium>> | undefined;
  let served: Awaited<ReturnType<typeof serveFolder>> | undefined;
  const dir = inject('buildDir');
  beforeAll(async () => {
    served = await serveFolder(dir);
    browser = await openChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('loads with no console errors, draws every view, and puts the whole state in the URL', async () => {
    const page = await browser!.context.newPage();
    const errors = await open(page, served!.url);
    // The Plot views render one per frame, each at its own bounded rate, in no fixed order: wait
    // for all of them (a view that never draws times the test out), then check.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('#weights svg').length === 3 &&
        document.querySelectorAll('#loss svg').length > 0 &&
        document.querySelectorAll('#variance svg').length > 0,
    );
    expect(errors, errors.join('\n')).toEqual([]);
    expect(await page.locator('#loss svg').count()).toBeGreaterThan(0);
    expect(await page.locator('#variance svg').count()).toBeGreaterThan(0);
    expect(page.url()).toContain('dataset=circles&noise=0.05&train=300&test=100&hidden=10%2C5');
    expect(await page.locator('#init option').first().textContent()).toBe('zeros');
    await page.close();
  });

  it('a link with a bad value says which, and runs the defaults instead', async () => {
    const page = await browser!.context.newPage();
    await open(page, `${served!.url}?dataset=bogus&seed=3`);
    expect(await page.locator('#error').textContent()).toBe(
      'parseState: dataset must be one of circles, moons, spirals, xor, blobs, got "bogus"',
    );
    expect((await page.evaluate(() => (globalThis as Handle).__playground!.state())).dataset).toBe('circles');
    await page.close();
  });

  it('changing the initializer changes the weight histograms and their declared density', async () => {
    const page = await browser!.context.newPage();
    await open(page, served!.url);
    const before = await latest(page);
    // He on W2 [5, 10]: σ = √(2/10); random with scale 1: N(0, 1).
    expect(before.declared[1]).toBe('N(0, 0.447²)');
    await page.selectOption('#init', 'random');
    await page.waitForFunction(() => (globalThis as Handle).__playground!.state().init === 'random');
    await page.waitForFunction(
      () => (globalThis as Handle).__playground!.latest()?.layers[1]?.declared.label === 'N(0, 1.00²)',
    );
    const after = await latest(page);
    expect(after.weights[1]).not.toEqual(before.weights[1]);
    await page.waitForFunction(() =>
      document.querySelectorAll('#weights > *')[1]?.textContent?.includes('N(0, 1.00²)'),
    );
    await page.close();
  });

  it('zeros: after training, the page says every hidden unit of each layer is still identical', async () => {
    const page = await browser!.context.newPage();
    await open(page, `${served!.url}?init=zeros&at=300`);
    const s = await latest(page);
    expect(s.iteration).toBe(300);
    expect(s.identical).toEqual([true, true, false]);
    expect(await page.locator('#identical').getAttribute('data-layers')).toBe('1,2');
    expect(await page.locator('#identical').textContent()).toContain('layer 1 (10 units)');
    await page.close();
  });

  it('He on circles reaches 95 % test accuracy within 60 s of pressing Play (Adam, η = 0.01)', async () => {
    const page = await browser!.context.newPage();
    await open(page, `${served!.url}?optimizer=adam&lr=0.01`);
    await page.click('#play');
    // What the page shows: the accuracy element's value, once a rendered frame reaches 95 %.
    const shown = await page.waitForFunction(
      () => {
        const e = document.getElementById('accuracy');
        return Number(e?.dataset.test ?? 0) >= 0.95 ? e?.textContent : false;
      },
      undefined,
      { timeout: 60_000 },
    );
    expect(await shown.jsonValue()).toMatch(/ \/ (9[5-9]|100)\.\d %$/);
    await page.close();
  });

  // Every floating-point function the trainer calls (exp, log, log1p, tanh, pow) is nninit's own
  // port of fdlibm, so a run gives the same bits in Chromium as in Node: checked for a binary
  // run (sigmoid, binary cross-entropy, momentum) and a three-class one (softmax, Adam).
  const reproductions = [
    {
      title: 'moons, tanh, momentum, mini-batches',
      query:
        'dataset=moons&noise=0.2&train=120&test=40&hidden=8,8&activation=tanh&init=glorot_uniform&optimizer=momentum&lr=0.1&batch=30&seed=11',
      at: 240, // whole epochs: 4 batches of 30
      data: (rng: RandomSource) => makeMoons({ nSamples: 120, noise: 0.2, rng }),
      classes: 2,
      optimizer: () => momentum({ learningRate: 0.1 }),
      batchSize: 30,
    },
    {
      title: 'spirals (three classes, softmax), relu, Adam, full batch',
      query:
        'dataset=spirals&noise=0.2&train=150&test=30&hidden=16,16&activation=relu&init=he_normal&optimizer=adam&lr=0.01&batch=0&seed=5',
      at: 300,
      data: (rng: RandomSource) => makeSpirals({ nSamples: 150, nClasses: 3, noise: 0.2, rng }),
      classes: 3,
      optimizer: () => adam({ learningRate: 0.01 }),
      batchSize: 0,
    },
  ];

  it.each(reproductions)(
    'a URL with state reproduces, bit for bit, the loss Node computes for the same configuration: $title',
    async ({ query, at, data, classes, optimizer, batchSize }) => {
      const page = await browser!.context.newPage();
      await open(page, `${served!.url}?${query}&at=${at}`);
      const shown = await page.locator('#trainLoss').getAttribute('data-value');
      // Node: one train() call of `at` iterations, the streams forked from philox(seed) as documented.
      const seed = Number(new URLSearchParams(query).get('seed'));
      const hidden = (new URLSearchParams(query).get('hidden') as string).split(',').map(Number);
      const root = philox(seed);
      const set = data(root.fork('train'));
      const binary = classes === 2;
      const params = new URLSearchParams(query);
      const model = new MLP({
        sizes: [2, ...hidden, binary ? 1 : classes],
        activation: params.get('activation') as 'tanh' | 'relu',
        output: binary ? 'sigmoid' : 'softmax',
        initialization: params.get('init') as 'glorot_uniform' | 'he_normal',
        rng: root.fork('weights'),
      });
      const loss = binary ? 'binary_cross_entropy' : 'softmax_cross_entropy';
      train(model, set, {
        loss,
        optimizer: optimizer(),
        iterations: at,
        ...(batchSize > 0 ? { batchSize, rng: root.fork('batches') } : {}),
      });
      const cost = probeLayers(model, set, { loss }).cost;
      expect(shown).toBe(String(cost));
      await page.close();
    },
  );

  it('is keyboard-operable: Tab reaches every control in order, Enter on Step trains, Space plays and pauses', async () => {
    const page = await browser!.context.newPage();
    await open(page, served!.url);
    const order: string[] = [];
    for (let i = 0; i < 25 && !order.includes('reset'); i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order.slice(0, 4)).toEqual(['dataset', 'noise', 'nTrain', 'nTest']);
    for (const id of [
      'depth',
      'width',
      'hidden',
      'activation',
      'init',
      'optimizer',
      'lr',
      'batch',
      'seed',
      'play',
      'step',
    ]) {
      expect(order).toContain(id);
    }
    const labelled = await page.evaluate(
      () =>
        [...document.querySelectorAll('#controls input, #controls select')].filter(
          (e) => (e as HTMLInputElement).labels?.length === 0,
        ).length,
    );
    expect(labelled).toBe(0);
    await page.focus('#step');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (globalThis as Handle).__playground!.latest()?.iteration === 1);
    await page.keyboard.press('ArrowDown'); // nothing; focus stays on a button
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press(' ');
    await page.waitForFunction(() => (globalThis as Handle).__playground!.playing());
    expect(await page.locator('#play').textContent()).toBe('Pause');
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !(globalThis as Handle).__playground!.playing());
    await page.close();
  });

  it('opens from file:// (one classic script, the worker inlined) and trains', async () => {
    const page = await browser!.context.newPage();
    const errors = await open(page, `file://${join(dir, 'index.html')}?at=20`);
    expect(errors, errors.join('\n')).toEqual([]);
    expect((await latest(page)).iteration).toBe(20);
    await page.close();
  });

  it('takes a screenshot, to a temporary file (docs/playground.png changes only by `pnpm screenshot`)', async () => {
    const page = await browser!.context.newPage();
    await open(page, `${served!.url}?at=2000`);
    await page.waitForFunction(() => document.querySelectorAll('#weights svg').length === 3);
    const folder = mkdtempSync(join(tmpdir(), 'nninit-playground-shot-'));
    try {
      const file = join(folder, 'playground.png');
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(20_000);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await page.close();
  });
});
