export { CRITICAL_TOLERANCE } from './CRITICAL_TOLERANCE.js';
export { criticalWeightStd } from './criticalWeightStd.js';
export type { MeanFieldActivation } from './MeanFieldActivation.js';
export { type MeanField, meanField } from './meanField.js';
export { type PhaseDiagram, phaseDiagram } from './phaseDiagram.js';
export { varianceMap } from './varianceMap.js';
