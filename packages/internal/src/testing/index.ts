export { expectCleanOutcome, nonFinite } from './expectCleanOutcome.js';
export { hostileNumber, hostileOptions, hostileValue } from './hostile.js';
export { instantiateWasm } from './instantiateWasm.js';
export { type PackAndInstallOptions, packAndInstall } from './packAndInstall.js';
export { wasmBinary, wasmText } from './wasmText.js';
export { PACK_LOCK, withPackLock } from './withPackLock.js';
