import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/corpus/**/*.test.ts'], testTimeout: 20000 } },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 60000 } },
      {
        test: {
          name: 'built',
          include: ['tests/lsp/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          testTimeout: 30000,
          globalSetup: ['tests/lsp/global-setup.ts'],
        },
      },
    ],
  },
});
