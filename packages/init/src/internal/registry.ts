import type { Definition } from './Definition.js';
import { CONSTANT } from './definitions/constantDefinition.js';
import { DELTA_ORTHOGONAL } from './definitions/deltaOrthogonalDefinition.js';
import { DIRAC } from './definitions/diracDefinition.js';
import { GLOROT_NORMAL } from './definitions/glorotNormalDefinition.js';
import { GLOROT_UNIFORM } from './definitions/glorotUniformDefinition.js';
import { HE_NORMAL } from './definitions/heNormalDefinition.js';
import { HE_UNIFORM } from './definitions/heUniformDefinition.js';
import { IDENTITY } from './definitions/identityDefinition.js';
import { LAYER_PRESETS } from './definitions/layerPresetDefinitions.js';
import { LECUN_NORMAL } from './definitions/lecunNormalDefinition.js';
import { LECUN_UNIFORM } from './definitions/lecunUniformDefinition.js';
import { NORMAL } from './definitions/normalDefinition.js';
import { ONES } from './definitions/onesDefinition.js';
import { ORTHOGONAL } from './definitions/orthogonalDefinition.js';
import { RANDOM } from './definitions/randomDefinition.js';
import { SPARSE } from './definitions/sparseDefinition.js';
import { TRUNCATED_NORMAL } from './definitions/truncatedNormalDefinition.js';
import { UNIFORM } from './definitions/uniformDefinition.js';
import { VARIANCE_SCALING } from './definitions/varianceScalingDefinition.js';
import { ZERO_INIT } from './definitions/zeroInitDefinition.js';
import { ZEROS } from './definitions/zerosDefinition.js';

/**
 * Every initializer, in the order of the README's table (constants, plain distributions,
 * fan-scaled, structured, then the frameworks' layer presets). The single list: the public names, parameter types, registry, counts
 * and conformance subjects are all derived from it, so adding an initializer is its definition
 * file and one line here.
 */
export const DEFINITIONS = [
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
  ZERO_INIT,
  SPARSE,
  DELTA_ORTHOGONAL,
  ...LAYER_PRESETS,
] as const;

/** One of the registry's definitions, with its literal name and parameter types. */
export type RegisteredDefinition = (typeof DEFINITIONS)[number];

/** Name or alias → definition. */
export const BY_NAME: ReadonlyMap<string, Definition> = new Map(
  (DEFINITIONS as readonly Definition[]).flatMap((d) => [d.name, ...d.aliases].map((n) => [n, d] as const)),
);

/** Every accepted name, canonical names first then aliases. */
export const ALL_NAMES: readonly string[] = [
  ...DEFINITIONS.map((d) => d.name),
  ...DEFINITIONS.flatMap((d): readonly string[] => d.aliases),
];
