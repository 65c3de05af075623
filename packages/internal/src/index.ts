export { allocate, MAX_BYTE_LENGTH, type TypedArrayConstructor, validateByteLength } from './allocate.js';
export { fail } from './fail.js';
export { formatChoices, formatValue } from './formatValue.js';
export { LARGEST_FINITE } from './LARGEST_FINITE.js';
export { didYouMean, nearest } from './nearest.js';
export { type FloatDType, validateDType } from './validateDType.js';
export { describeDomain, type NumberDomain, validateNumber } from './validateNumber.js';
export { validateOptions } from './validateOptions.js';
export { validateShape } from './validateShape.js';
