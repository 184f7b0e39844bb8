// The trusted first code of the isolated renderer (docs/architecture.md#untrusted-input), run before any
// input of a pull request is read. Node 24's permission model has no network switch (Node 25 adds
// --allow-net), so every way out to the network is replaced by a function that throws. This is one layer
// of several: nunjucks lookups of constructors are refused (nunjucks-hardening.ts), the child runs with
// --disallow-code-generation-from-strings so no template can build a function from text, and a template has
// no name that leads to `require`. A render that still reaches a socket gets an error, which becomes a finding.
//
// With code generation from strings disallowed, nunjucks' own `new Function(compiledTemplate)` would fail too:
// nunjucks compiles templates to JavaScript that we, not the template's author, produce. That one trusted step
// goes through vm.compileFunction, which the flag does not govern, and nothing a template can name reaches it.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';
import vm from 'node:vm';
import nunjucks from 'nunjucks';

export const NO_NETWORK = 'the network is not available to an isolated render';

function refused(what: string): () => never {
  return () => {
    const e = new Error(`${what}: ${NO_NETWORK}`) as Error & { code: string };
    e.code = 'ERR_ACCESS_DENIED';
    throw e;
  };
}

function replace(target: object, names: readonly string[], module: string): void {
  for (const name of names) {
    Object.defineProperty(target, name, {
      value: refused(`${module}.${name}`),
      writable: false,
      configurable: false,
    });
  }
}

export function blockNetwork(): void {
  replace(net, ['connect', 'createConnection', 'createServer'], 'net');
  replace(net.Socket.prototype, ['connect'], 'net.Socket');
  replace(net.Server.prototype, ['listen'], 'net.Server');
  replace(tls, ['connect', 'createServer'], 'tls');
  replace(http, ['request', 'get', 'createServer'], 'http');
  replace(https, ['request', 'get', 'createServer'], 'https');
  replace(http2, ['connect', 'createServer', 'createSecureServer'], 'http2');
  replace(dgram, ['createSocket'], 'dgram');
  const lookups = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'];
  replace(dns, lookups, 'dns');
  replace(dns.promises, lookups, 'dns.promises');
  for (const name of ['fetch', 'WebSocket', 'EventSource']) {
    Object.defineProperty(globalThis, name, { value: refused(name), writable: false, configurable: false });
  }
  // `import { connect } from 'node:net'` reads the ESM view of the module: bring it in step.
  syncBuiltinESMExports();
}

interface CompilableTemplate {
  tmplProps?: unknown;
  tmplStr: string;
  path: string;
  env: { asyncFilters: unknown; extensionsList: unknown; opts: unknown };
  _compile(): void;
}

/** nunjucks' template compilation through vm.compileFunction (see the top of this file). */
export function compileTemplatesWithoutEval(): void {
  const lib = nunjucks as unknown as {
    Template: { prototype: CompilableTemplate };
    compiler: { compile(...args: unknown[]): string };
  };
  const proto = lib.Template.prototype;
  const original = proto._compile;
  proto._compile = function compileWithoutEval(this: CompilableTemplate) {
    if (!this.tmplProps) {
      const { asyncFilters, extensionsList, opts } = this.env;
      const source = lib.compiler.compile(this.tmplStr, asyncFilters, extensionsList, this.path, opts);
      this.tmplProps = vm.compileFunction(source, [])();
    }
    original.call(this);
  };
}

blockNetwork();
compileTemplatesWithoutEval();
