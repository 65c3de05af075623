import { defineProject, mergeConfig } from 'vitest/config';
import { nninitProject } from '../../vitest.shared.js';

export default mergeConfig(
  nninitProject,
  defineProject({
    // vitest loads global setup files in its own Vite environment, which the shared config's
    // `ssr.resolve.conditions` does not reach: without this, the setup's imports of workspace
    // packages resolve to their dist/ (absent on a clean checkout), not their sources.
    environments: { __vitest__: { resolve: { conditions: ['@nninit/source'] } } },
    // The experiments several files check are computed once per run, not once per file.
    test: { globalSetup: ['test/helpers/sharedExperiments.ts'] },
  }),
);
