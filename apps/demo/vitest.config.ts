import { defineProject, mergeConfig } from 'vitest/config';
import { nninitProject } from '../../vitest.shared.js';

export default mergeConfig(
  nninitProject,
  defineProject({
    // The experiments several files check are computed once per run, not once per file.
    test: { globalSetup: ['test/helpers/sharedExperiments.ts'] },
  }),
);
