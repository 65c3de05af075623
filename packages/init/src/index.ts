export type { ConformanceSubject } from './ConformanceSubject.js';
export { calculateGain, type Nonlinearity } from './calculateGain.js';
export { computeFans, type Fans } from './computeFans.js';
export { conformanceSubjects } from './conformanceSubjects.js';
export { deltaOrthogonal } from './deltaOrthogonal.js';
export { describeDistribution } from './describeDistribution.js';
export { type DialectInfo, dialects, type Framework } from './dialects.js';
export { dirac } from './dirac.js';
export { glorotNormal } from './glorotNormal.js';
export { glorotUniform } from './glorotUniform.js';
export { heNormal } from './heNormal.js';
export { heUniform } from './heUniform.js';
export type { IidDistribution, InitDistribution, StructuredDistribution } from './InitDistribution.js';
export type {
  AnyParameters,
  CanonicalInitializerName,
  DialectSpelling,
  Initialization,
  InitializationObject,
  InitializerName,
  ParametersOf,
} from './Initialization.js';
export type {
  ConstantParameters,
  DiracParameters,
  GainParameters,
  HeParameters,
  NoParameters,
  NormalParameters,
  RandomParameters,
  SparseParameters,
  TruncatedNormalParameters,
  UniformParameters,
  VarianceScalingParameters,
} from './InitializerParameters.js';
export type { InitOptions, Layout } from './InitOptions.js';
export type { InitSlice } from './InitSlice.js';
export { identity } from './identity.js';
export { initialize } from './initialize.js';
export { type InitializeIntoOptions, initializeInto } from './initializeInto.js';
export { initializeParallel } from './initializeParallel.js';
export { initializerNames } from './initializerNames.js';
export { type InitializerInfo, initializers } from './initializers.js';
export { lecunNormal } from './lecunNormal.js';
export { lecunUniform } from './lecunUniform.js';
export { orthogonal } from './orthogonal.js';
export { randomNormal } from './randomNormal.js';
export { randomTruncatedNormal } from './randomTruncatedNormal.js';
export { randomUniform } from './randomUniform.js';
export { sparse } from './sparse.js';
export { type ValidatedInitialization, validateInitialization } from './validateInitialization.js';
export { varianceScaling } from './varianceScaling.js';
export { zeroInit } from './zeroInit.js';
