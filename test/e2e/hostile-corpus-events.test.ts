// The hostile-input corpus's event cases (test/fixtures/hostile/events/): unknown event types, a missing, garbled,
// binary or oversized GITHUB_EVENT_PATH, payloads of the wrong shape, fed to the dist/ bundles against the GitHub
// simulator; each refused (or a no-op) with nothing written, no injected workflow command, no output.
// test/helpers/hostile-runner.ts runs the table. Run `npm run build` first.
import { describeCorpus } from '../helpers/hostile-runner.js';

describeCorpus('bundle', ['events']);
