/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Built on Astro's Vite config so component tests can render .astro files (Container API).
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests start Chromium; give them time to launch on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests under tests/site and tests/browser read dist/: `npm test` builds it first.
    fileParallelism: true,
  },
});
