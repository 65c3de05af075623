import { defineProject } from 'vitest/config';

/**
 * The vitest settings every package shares. Workspace packages are consumed as TypeScript source
 * through the `@nninit/source` export condition; under Vite, `resolve.conditions` alone does not
 * reach the SSR resolver that vitest uses for Node tests, hence `ssr.resolve.conditions`.
 */
export const nninitProject = defineProject({
  resolve: { conditions: ['@nninit/source'] },
  ssr: { resolve: { conditions: ['@nninit/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    // Statistical tests draw 1e6-1e7 samples; they are slow by design, not hung.
    testTimeout: 120_000,
  },
});
