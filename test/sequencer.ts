// The order in which test files start. Integration and e2e run as one group on two workers, so the suite's wall
// time is about half the sum of its files' times as long as no long file starts last. vitest's own order starts
// the files that took longest in the previous run first, from its results cache; a fresh clone (CI) has no cache,
// and vitest then starts the largest files first, which put the longest file (the whole demo, a short file) near
// the end and left one worker idle for minutes. Here a file without a cached time gets its time from HINTS
// (seconds measured on a 2-core CI run; a stale hint costs only some idle time at the end, never a result).
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const HINTS: Record<string, number> = {
  'test/integration/cli/demo-output.test.ts': 290,
  'test/e2e/create-release.test.ts': 160,
  'test/integration/state/record-store-concurrency.test.ts': 45,
  'test/e2e/approve-gate.test.ts': 90,
  'test/integration/usecases/promote.test.ts': 85,
  'test/e2e/deploy.test.ts': 65,
  'test/e2e/preview.test.ts': 45,
  'test/integration/usecases/promote-api-calls.test.ts': 40,
  'test/e2e/verify-health.test.ts': 35,
  'test/integration/state/record-store.test.ts': 30,
  'test/integration/cli/release.test.ts': 20,
  'test/integration/github/port.test.ts': 20,
  'test/e2e/promote.test.ts': 18,
  'test/integration/render/isolation.test.ts': 17,
  'test/integration/state/record-store-lifecycle-guard.test.ts': 17,
  'test/e2e/preview-paths.test.ts': 16,
  'test/integration/cli/rollback.test.ts': 16,
  'test/integration/dashboard/dashboard-10000.test.ts': 15,
};

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const seconds = new Map<TestSpecification, number>();
    for (const spec of files) {
      const cached = this.ctx.cache.getTestSpecificationResult(spec);
      const hint = HINTS[relative(root, spec.moduleId).split('\\').join('/')];
      // Cached times first (they are this machine's), then hints; unknown files by size, after the known ones.
      const known = cached ? cached.duration / 1000 : hint;
      seconds.set(spec, known ?? -1 / (1 + statSync(spec.moduleId).size));
    }
    return [...files].sort(
      (a, b) =>
        a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
        (seconds.get(b) ?? 0) - (seconds.get(a) ?? 0),
    );
  }
}
