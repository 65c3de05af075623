import { isAbsolute, resolve } from 'node:path';

/**
 * The absolute path a user meant by `path`. Relative paths are resolved against the directory
 * the user typed the command in. That is `process.cwd()`, except under the package's own
 * `start` script (what `pnpm nninit …` at the repository root runs): `pnpm --filter` runs it
 * in packages/cli, and records the user's directory in `INIT_CWD`. Only that case uses
 * `INIT_CWD`: an installed `npx nninit` may run under some other package's script, where
 * `INIT_CWD` is that script's directory, not necessarily the user's.
 *
 * @example
 * ```ts
 * resolveUserPath('w.npy', { INIT_CWD: '/home/me', npm_lifecycle_event: 'start', npm_package_name: '@nninit/cli' });
 * // '/home/me/w.npy'
 * ```
 */
export function resolveUserPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  if (isAbsolute(path)) return path;
  const ownStartScript =
    env['npm_lifecycle_event'] === 'start' && env['npm_package_name'] === '@nninit/cli' && env['INIT_CWD'];
  return ownStartScript ? resolve(env['INIT_CWD'] as string, path) : resolve(path);
}
