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
        // Statistical tests draw 1e6-1e7 samples and experiments train networks: slow by design, not
        // hung. Hooks get the same budget as tests, because an experiment computed once in a
        // beforeAll is a test's work moved, and on a loaded 2-core machine it takes several times
        // as long as alone.
        testTimeout: 120_000,
        hookTimeout: 120_000,
    },
});
