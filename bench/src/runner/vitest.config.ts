import { mergeConfig } from 'vitest/config';
import { nninitProject } from '../../../vitest.shared.js';

/** The packages' shared vitest settings, running only the timing probe. */
export default mergeConfig(nninitProject, { test: { include: ['src/runner/*.probe.ts'], reporters: ['dot'] } });
