// The hostile-input corpus's CLI cases (test/fixtures/hostile/*/*.yaml with `via: cli`): broken and malicious YAML,
// path-like and look-alike names, workflow commands in names and files, each fed to `gitopshq` in process as a
// workflow step runs it; each refused with nothing written and no injected workflow command.
// test/helpers/hostile-runner.ts runs the table; the action cases are in test/e2e/hostile-corpus-bundles.test.ts.
import { expect, it } from 'vitest';
import { CASES, describeCorpus } from '../../helpers/hostile-runner.js';

it('the corpus holds at least 60 cases, each category several', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  const count = (f: (c: (typeof CASES)[number]) => boolean) => CASES.filter(f).length;
  const categories = [...new Set(CASES.map((c) => c.category))];
  const counts = Object.fromEntries(
    categories.map((k) => [
      k,
      `${count((c) => c.category === k)} (cli ${count((c) => c.category === k && c.via === 'cli')})`,
    ]),
  );
  console.log(`hostile corpus: ${CASES.length} cases by category ${JSON.stringify(counts)}`);
  for (const k of categories) expect(count((c) => c.category === k)).toBeGreaterThanOrEqual(3);
});

describeCorpus('cli');
