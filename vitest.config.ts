import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Note: CI=true makes Ink draw nothing until exit, and colour codes make frames unreadable.
    env: { CI: 'false', FORCE_COLOR: '0' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
