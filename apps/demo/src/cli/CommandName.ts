/**
 * The demo's commands: `compare` (the default), `deep`, `verify` and `theory`.
 *
 * @example
 * ```ts
 * const name: CommandName = 'verify';
 * ```
 */
export type CommandName = 'compare' | 'deep' | 'verify' | 'theory';
