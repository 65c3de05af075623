/**
 * The demo's commands: `compare` (the default), `deep`, `verify` and `audit-tfjs`.
 *
 * @example
 * ```ts
 * const name: CommandName = 'verify';
 * ```
 */
export type CommandName = 'compare' | 'deep' | 'verify' | 'audit-tfjs';
