import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/tools.ts'],
    setupFiles: ['test/setup/assertions.ts'],
    // Spawned-binary tests start Node; give them room on a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
