export type { RandomSource } from './RandomSource.js';
export { philox4x32 } from './philox4x32.js';
export { philox } from './philox.js';
export { PhiloxSource } from './PhiloxSource.js';
export { seedToKey } from './seedToKey.js';
export { RandomState } from './RandomState.js';
export { STREAM_LAYOUT_VERSION } from './streamLayout.js';
