/**
 * A file-system error in words, without the temporary path Node puts in its message:
 * `no such file or directory` for ENOENT, `permission denied` for EACCES, and so on; the code
 * itself for others, or the message of an error without a code.
 *
 * @example
 * ```ts
 * ioReason(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: 'ENOSPC' })); // 'no space left on device (ENOSPC)'
 * ```
 */
export function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error instanceof Error ? error.message : String(error);
  const words = REASONS[code];
  return words === undefined ? code : `${words} (${code})`;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a component of the path is not a directory',
  EEXIST: 'the file exists',
  EIO: 'input/output error',
  EINVAL: 'invalid argument',
  ENAMETOOLONG: 'the file name is too long',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EXDEV: 'cross-device link',
};
