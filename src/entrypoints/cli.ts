import { main } from '../cli/main.js';

// Bundled dependencies (kubernetes-models' ajv formats) use node's deprecated punycode: nothing a user can act on.
process.noDeprecation = true;
process.exitCode = await main(process.argv.slice(2));
