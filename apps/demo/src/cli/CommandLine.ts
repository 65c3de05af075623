import type { AuditTfjsOptions } from './AuditTfjsOptions.js';
import type { CommandName } from './CommandName.js';
import type { CompareOptions } from './CompareOptions.js';
import type { DeepOptions } from './DeepOptions.js';
import type { MupCommandOptions } from './MupCommandOptions.js';
import type { OutputOptions } from './OutputOptions.js';
import type { TheoryOptions } from './TheoryOptions.js';
import type { VerifyOptions } from './VerifyOptions.js';

/**
 * A parsed command line: a command with its validated options, or a request for help.
 *
 * @example
 * ```ts
 * const line: CommandLine = { command: 'help', topic: 'deep' };
 * ```
 */
export type CommandLine =
  | { readonly command: 'help'; readonly topic: CommandName | undefined }
  | { readonly command: 'compare'; readonly options: CompareOptions }
  | { readonly command: 'deep'; readonly options: DeepOptions }
  | { readonly command: 'verify'; readonly options: VerifyOptions }
  | { readonly command: 'audit-tfjs'; readonly options: AuditTfjsOptions }
  | { readonly command: 'theory'; readonly options: TheoryOptions }
  | { readonly command: 'lsuv' | 'zero'; readonly options: OutputOptions }
  | { readonly command: 'mup'; readonly options: MupCommandOptions };
