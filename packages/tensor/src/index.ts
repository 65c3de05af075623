export type { DType, DataOf, NestedArray } from './DType.js';
export { Tensor } from './Tensor.js';
export { tensor } from './create/tensor.js';
export { zeros } from './create/zeros.js';
export { ones } from './create/ones.js';
export { full } from './create/full.js';
export { eye } from './create/eye.js';
export { matmul, type MatmulOptions } from './ops/matmul.js';
