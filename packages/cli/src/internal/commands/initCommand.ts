/** `nninit init`: not yet written. */
export async function initCommand(_argv: readonly string[]): Promise<number> {
  process.stderr.write('nninit init: not yet written\n');
  return 2;
}
