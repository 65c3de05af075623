import { defineProject, mergeConfig } from 'vitest/config';
import { nninitProject } from '../../vitest.shared.js';

export default mergeConfig(
  nninitProject,
  defineProject({
    environments: { __vitest__: { resolve: { conditions: ['@nninit/source'] } } },
    // The build is made once per run, in a temporary folder, and shared by the bundle and
    // browser tests (it never touches dist/).
    test: { globalSetup: ['test/helpers/buildOnce.ts'] },
  }),
);
