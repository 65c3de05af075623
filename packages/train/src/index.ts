export type { Dataset } from './datasets/Dataset.js';
export { makeCircles, type MakeCirclesOptions } from './datasets/makeCircles.js';
export { makeMoons, type MakeMoonsOptions } from './datasets/makeMoons.js';
export { makeBlobs, type MakeBlobsOptions } from './datasets/makeBlobs.js';
export { makeSpirals, type MakeSpiralsOptions } from './datasets/makeSpirals.js';
export { makeXor, type MakeXorOptions } from './datasets/makeXor.js';
export { trainTestSplit, type TrainTestSplitOptions } from './datasets/trainTestSplit.js';
