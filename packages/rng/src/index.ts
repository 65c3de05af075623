export type { RandomSource } from './RandomSource.js';
