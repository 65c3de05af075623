import type { Dialect } from './Dialect.js';
import { KERAS_DIALECT } from './kerasDialect.js';
import { PYTORCH_DIALECT } from './pytorchDialect.js';
import { TFJS_DIALECT } from './tfjsDialect.js';

/**
 * Every dialect spelling, PyTorch's then Keras's then TensorFlow.js's: the single list from which
 * the spellings' types, the `dialects` table and the name resolution are derived.
 */
export const DIALECTS = [...PYTORCH_DIALECT, ...KERAS_DIALECT, ...TFJS_DIALECT] as const;

/** One of the registered dialect entries, with its literal spelling and parameter types. */
export type RegisteredDialect = (typeof DIALECTS)[number];

/** Spelling → entry. */
export const BY_SPELLING: ReadonlyMap<string, Dialect> = new Map(
  (DIALECTS as readonly Dialect[]).map((d) => [d.spelling, d] as const),
);

/** Every dialect spelling, in the table's order. */
export const DIALECT_SPELLINGS: readonly string[] = DIALECTS.map((d) => d.spelling);
