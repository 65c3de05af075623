export { type InitializerOptions, initializer } from './initializer.js';
export { NninitInitializer } from './NninitInitializer.js';
