export { openFile } from './node/openFile.js';
export { writeChunks } from './node/writeChunks.js';
