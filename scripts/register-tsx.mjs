// Runs TypeScript sources directly on Node 20 with tsx (esbuild; it transpiles only, type
// checking is `tsc --noEmit`): `node --conditions=@nninit/source --import <this file> file.ts`.
// Scripts use this file rather than `--import tsx` because rng's FillPool hands its flags to its
// worker threads, and only tsx's API registration (below) also takes effect inside a worker.
// The demo, which starts no workers, uses `--import tsx` directly.
import { register } from 'tsx/esm/api';

register();
