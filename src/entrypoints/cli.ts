import { main } from '../cli/main.js';

// Bundled dependencies (kubernetes-models' ajv formats) use node's deprecated punycode: nothing a user can act on.
process.noDeprecation = true;
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
