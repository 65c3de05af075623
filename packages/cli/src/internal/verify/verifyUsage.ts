/**
 * `nninit verify --help`.
 *
 * @example
 * ```ts
 * verifyUsage.startsWith('usage: nninit verify FILE'); // true
 * ```
 */
export const verifyUsage = `usage: nninit verify FILE --expect INIT [--tensor NAME]… [--layout torch|keras] [--alpha A] [--json] [--junit F]

Certifies each tensor of FILE (.npy, .npz or safetensors, recognized by its first bytes)
against the distribution INIT declares for that tensor's shape, with exact tests (KS, variance)
and Holm's correction across every check of every tensor.

  --expect INIT     NAME or NAME:key=value,… with initialize's names, parameters and dialects:
                    he_normal, glorot_uniform:gain=2, kaiming_uniform_:a=2.236, torch.linear,
                    HeNormal (Keras), heNormal (tfjs), …
  --tensor NAME     certify only this tensor (repeatable; default: every tensor of the file)
  --layout L        torch: [out, in, ...kernel] (default); keras: [...kernel, in, out]
  --alpha A         family-wise significance level in (0, 1) (default 1e-6)
  --json            print the report as JSON instead of a table
  --junit F         also write the report as JUnit XML to F

Exit status: 0 every tensor passed, 1 a tensor failed, 2 a usage or file error.
`;
