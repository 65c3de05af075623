import { readFile } from 'node:fs/promises';
import { INIT_USAGE, parseInitArguments } from '../init/parseInitArguments.js';
import { readInitSpec, SpecError } from '../init/readInitSpec.js';
import { writeShard } from '../init/writeShard.js';
import { resolveUserPath } from '../resolveUserPath.js';
import { UsageError } from '../UsageError.js';

/**
 * `nninit init SPEC.json --out DIR [--seed S] [--shard i/N]`: writes shard i of N (1/1 by
 * default) of the initial weights a spec describes, as Hugging Face-style sharded safetensors
 * with `model.safetensors.index.json`. `--seed` overrides the spec's seed; one of them is
 * required. Relative paths are the user's, also under `pnpm nninit` ({@link resolveUserPath}).
 * Exit status 0 on success, 2 on a usage, spec or file error.
 */
export async function initCommand(argv: readonly string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`nninit init: ${line}\n`);
  try {
    const args = parseInitArguments(argv);
    let text: string;
    try {
      text = await readFile(resolveUserPath(args.spec), 'utf8');
    } catch (error) {
      throw new SpecError(`cannot read the spec (${(error as Error).message})`);
    }
    let spec: ReturnType<typeof readInitSpec>;
    try {
      spec = readInitSpec(text);
    } catch (error) {
      if (error instanceof SpecError) throw new SpecError(`${args.spec}: ${error.message}`);
      throw error;
    }
    const seed = args.seed ?? spec.seed;
    if (seed === undefined) throw new SpecError('a seed must be given, by --seed S or "seed" in the spec');
    const summary = await writeShard(spec, resolveUserPath(args.out), seed, args.index, args.count, process.stderr);
    say(`shard ${args.index}/${args.count}: ${summary.tensors} tensors, ${summary.bytes} bytes in ${summary.file}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(`${INIT_USAGE}\n`);
    say((error as Error).message.replace(/^nninit init: /, ''));
    return 2;
  }
}
