import { CONSTANT, ONES, ZEROS } from '../definitions/constantDefinitions.js';
import { DIRAC, IDENTITY } from '../definitions/deterministicDefinitions.js';
import { NORMAL, RANDOM, TRUNCATED_NORMAL, UNIFORM } from '../definitions/distributionDefinitions.js';
import { DELTA_ORTHOGONAL, ORTHOGONAL } from '../definitions/orthogonalDefinitions.js';
import {
  GLOROT_NORMAL,
  GLOROT_UNIFORM,
  HE_NORMAL,
  HE_UNIFORM,
  LECUN_NORMAL,
  LECUN_UNIFORM,
  VARIANCE_SCALING,
} from '../definitions/scaledDefinitions.js';
import { SPARSE } from '../definitions/sparseDefinition.js';
import type { Definition } from './Definition.js';

/** Every initializer, in the order the README's table lists them. @internal */
export const DEFINITIONS: readonly Definition[] = [
  ZEROS,
  ONES,
  CONSTANT,
  RANDOM,
  NORMAL,
  UNIFORM,
  TRUNCATED_NORMAL,
  HE_NORMAL,
  HE_UNIFORM,
  GLOROT_NORMAL,
  GLOROT_UNIFORM,
  LECUN_NORMAL,
  LECUN_UNIFORM,
  VARIANCE_SCALING,
  ORTHOGONAL,
  IDENTITY,
  DIRAC,
  SPARSE,
  DELTA_ORTHOGONAL,
];

/** Name or alias → definition. @internal */
export const BY_NAME: ReadonlyMap<string, Definition> = new Map(
  DEFINITIONS.flatMap((d) => [d.name, ...d.aliases].map((n) => [n, d] as const)),
);

/** Every accepted name, canonical names first then aliases. @internal */
export const ALL_NAMES: readonly string[] = [
  ...DEFINITIONS.map((d) => d.name),
  ...DEFINITIONS.flatMap((d) => d.aliases),
];
