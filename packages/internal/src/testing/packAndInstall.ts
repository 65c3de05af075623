import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPackLock } from './withPackLock.js';

/** What {@link packAndInstall} packs and where it installs it. */
export interface PackAndInstallOptions {
  /** The repository's root folder. */
  readonly root: string;
  /** Package folders under `packages/`, in dependency order: a build reads its dependencies' built declarations. */
  readonly packages: readonly string[];
  /** An empty folder for the tarballs and the consumer project. */
  readonly work: string;
  /** More npm install arguments, such as a peer dependency's backend. */
  readonly extra?: readonly string[];
}

/**
 * Workspace packages as an npm user gets them: `pnpm pack` each one (its prepack script builds
 * dist/) while holding {@link withPackLock}, then `npm install` the tarballs into a fresh ESM
 * project in `work/app`, outside the workspace. Returns that project's folder. Run the tests
 * through pnpm, which sets `npm_execpath`.
 *
 * @example
 * ```ts
 * const app = packAndInstall({ root, packages: ['internal', 'rng'], work });
 * execFileSync(process.execPath, ['--input-type=module', '-e', "await import('@nninit/rng')"], { cwd: app });
 * ```
 */
export function packAndInstall({ root, packages, work, extra = [] }: PackAndInstallOptions): string {
  const pnpm = process.env.npm_execpath;
  if (pnpm === undefined) throw new Error('packAndInstall: run the tests through pnpm, which sets npm_execpath');
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  withPackLock(() => {
    for (const name of packages) {
      execFileSync(process.execPath, [pnpm, 'pack', '--pack-destination', tarballs], {
        cwd: join(root, 'packages', name),
        stdio: 'pipe',
      });
    }
  });
  const files = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
  if (files.length !== packages.length) {
    throw new Error(`packAndInstall: packed ${files.length} tarballs for ${packages.length} packages`);
  }
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      ...files.map((f) => join(tarballs, f)),
      ...extra,
    ],
    { cwd: app, stdio: 'pipe' },
  );
  return app;
}
