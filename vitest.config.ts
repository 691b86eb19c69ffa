import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { dutchStrings } from './vite.web.config';

const alias = { '@shared': fileURLToPath(new URL('shared', import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        plugins: [dutchStrings()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Each wait has its own, shorter limit (20 s for the page and for a download); this one only bounds a slow machine's sum of them.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
