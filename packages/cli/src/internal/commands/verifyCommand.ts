/** `nninit verify`: not yet written. */
export async function verifyCommand(_argv: readonly string[]): Promise<number> {
  process.stderr.write('nninit verify: not yet written\n');
  return 2;
}
