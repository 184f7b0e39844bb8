// The hostile-input corpus's action cases about names and injected text (test/fixtures/hostile/{names,injection}/
// with `via: bundle`): inputs and payloads fed to the dist/ bundles as a runner feeds them, against the GitHub
// simulator; each refused with nothing written on GitHub or in the checkout, no injected workflow command, no
// output. test/helpers/hostile-runner.ts runs the table; the event cases are in hostile-corpus-events.test.ts (two
// files so each stays within a minute on a loaded machine), the CLI cases in
// test/integration/cli/hostile-corpus.test.ts. Run `npm run build` first.
import { describeCorpus } from '../helpers/hostile-runner.js';

describeCorpus('bundle', ['names', 'injection']);
