// Setup file of the `unit` project: unit tests start no process and no server, so that `npm run test:unit` stays
// a matter of seconds and runs anywhere. Any attempt fails the test with where such a test belongs instead.
import childProcess from 'node:child_process';
import http from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

function refuse(what: string): () => never {
  return () => {
    throw new Error(`${what} in a unit test: move the test to test/integration (docs/architecture.md#tests)`);
  };
}

const mutable = childProcess as unknown as Record<string, unknown>;
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  mutable[name] = refuse(`child_process.${name}`);
}
(http as unknown as Record<string, unknown>).createServer = refuse('http.createServer');
(net as unknown as Record<string, unknown>).createServer = refuse('net.createServer');
syncBuiltinESMExports();
