#!/usr/bin/env node
// Installed entry of the `gitopshq` command line: the committed bundle, so no TypeScript tooling is needed.
await import('../dist/cli/index.js');
