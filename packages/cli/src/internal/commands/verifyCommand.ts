import { UsageError } from '../UsageError.js';
import { certifyTensors } from '../verify/certifyTensors.js';
import { formatVerifyTable } from '../verify/formatVerifyTable.js';
import { openTensorFile } from '../verify/openTensorFile.js';
import { parseVerifyArguments } from '../verify/parseVerifyArguments.js';
import { verifyJunit } from '../verify/verifyJunit.js';
import { verifyUsage } from '../verify/verifyUsage.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

/**
 * `nninit verify FILE --expect INIT [--tensor NAME]… [--layout torch|keras] [--alpha A] [--json]
 * [--junit F]`: certifies each selected tensor of a .npy, .npz or safetensors file against the
 * distribution INIT declares for its shape. Prints a table (or JSON with `--json`) to stdout and
 * writes `--junit` atomically; errors go to stderr.
 *
 * @returns 0 when every tensor passed, 1 when one failed, 2 for a usage or file error (nothing
 *   is written then).
 * @example
 * ```ts
 * await verifyCommand(['w.npy', '--expect', 'kaiming_uniform_:a=2.236']); // 0 for torch.nn.Linear's weight
 * ```
 */
export async function verifyCommand(argv: readonly string[]): Promise<number> {
  try {
    const args = parseVerifyArguments(argv);
    if (args.help) {
      process.stdout.write(verifyUsage);
      return 0;
    }
    const file = await openTensorFile(args.file);
    const unknown = args.tensors.filter((t) => !file.names.includes(t));
    if (unknown.length > 0) {
      const list =
        file.names.length <= 20 ? file.names.map((n) => JSON.stringify(n)).join(', ') : `${file.names.length} names`;
      throw new UsageError(
        `nninit verify: --tensor must name a tensor of ${JSON.stringify(args.file)} (${list}), got ${unknown.map((t) => JSON.stringify(t)).join(', ')}`,
      );
    }
    const names = args.tensors.length > 0 ? [...new Set(args.tensors)] : file.names;
    if (names.length === 0) throw new UsageError(`nninit verify: ${JSON.stringify(args.file)} holds no tensors`);
    const report = await certifyTensors(file, names, args.expect, args.layout, args.alpha, args.fileText).catch(
      (error: unknown) => {
        // A checkpoint mixes weights, biases and counters (BatchNorm's int64 num_batches_tracked):
        // one INIT rarely fits them all, and the fix is to select tensors, not to change INIT.
        if (error instanceof UsageError && args.tensors.length === 0 && names.length > 1) {
          throw new UsageError(
            `${error.message} (without --tensor every tensor of the file is certified against INIT; --tensor NAME selects the ones INIT is meant for)`,
          );
        }
        throw error;
      },
    );
    if (args.junit !== undefined) writeFileAtomic('nninit verify', '--junit', args.junit, verifyJunit(report));
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyTable(report));
    return report.verdict === 'pass' ? 0 : 1;
  } catch (error) {
    // Usage errors, and the RangeErrors and TypeErrors of @nninit/io and @nninit/init for a file
    // or an expectation they reject, all carry a message that names the problem.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message.startsWith('nninit verify') ? message : `nninit verify: ${message}`}\n`);
    return 2;
  }
}
