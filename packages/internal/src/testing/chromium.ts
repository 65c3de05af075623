import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's chromium unless CHROMIUM_PATH says otherwise (turbo passes CHROMIUM_PATH through). */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether this run skips the browser tests: never in CI (`.ci/run` installs Chromium, and a
 * missing one must fail the run), and elsewhere only when Chromium is missing — with a warning
 * saying how to install it, so the README's test command works with only Node and npm.
 */
export function skipBrowserTests(): boolean {
  const required = Boolean(process.env.CI) && process.env.CI !== 'false';
  const skip = !required && !existsSync(chromiumPath());
  if (skip) {
    console.warn(
      `Skipping the browser tests: no Chromium at ${chromiumPath()}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return skip;
}

/** The flags of docs/design.md: headless, no sandbox (containers), no GPU, and nothing that talks to the network. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts headless Chromium with a fresh, temporary profile (`--user-data-dir`, which
 * playwright-core takes as launchPersistentContext's first argument) and returns its context
 * and a `close` that also deletes the profile. Throws — never skips — when the executable is
 * missing, saying how to install it.
 */
export async function openChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium executable.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'nninit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: chromiumFlags,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
