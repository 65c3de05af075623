/**
 * The demo's commands: `compare` (the default), `deep`, `verify`, `theory`, `audit-tfjs`, `lsuv`, `zero` and `mup`.
 *
 * @example
 * ```ts
 * const name: CommandName = 'verify';
 * ```
 */
export type CommandName = 'compare' | 'deep' | 'verify' | 'theory' | 'audit-tfjs' | 'lsuv' | 'zero' | 'mup';
