// Runs TypeScript sources directly on Node 20 (ESM): `node --conditions=@nninit/source
// --import <this file> src/main.ts`. Type checking is `tsc --noEmit`; ts-node only transpiles
// ("transpileOnly" in tsconfig.base.json).
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register('ts-node/esm', pathToFileURL('./'));
