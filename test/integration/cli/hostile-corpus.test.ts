// The hostile-input corpus's CLI cases about names and injected text (test/fixtures/hostile/{names,injection}/ with
// `via: cli`): path-like and look-alike names, workflow commands and shell in names, keys and records, each fed to
// `gitopshq` in process as a workflow step runs it; each refused with nothing written and no injected workflow
// command. test/helpers/hostile-runner.ts runs the table; the YAML cases are in hostile-corpus-yaml.test.ts (two
// files so each stays within a minute on a loaded machine), the action cases in test/e2e/hostile-corpus-*.test.ts.
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

describeCorpus('cli', ['names', 'injection']);
