// The hostile-input corpus's YAML cases (test/fixtures/hostile/yaml/): alias bombs, 100 MB files made at test time,
// deep nesting, duplicate keys, code-running and binary tags, BOM, NUL, non-UTF-8, in gitopshq.yaml, workload.yaml,
// values files, records and a health objects file, fed to `gitopshq` in process; each refused at its file and line
// with nothing written. test/helpers/hostile-runner.ts runs the table.
import { describeCorpus } from '../../helpers/hostile-runner.js';

describeCorpus('cli', ['yaml']);
