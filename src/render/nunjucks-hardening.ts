// nunjucks is not a sandbox: `{{ ''.constructor.constructor('return process')() }}` runs any JavaScript, and
// templates come from pull requests. Every lookup that could reach a constructor or a prototype is answered
// with undefined (so the template fails with an ordinary "undefined" finding). Applied once, to nunjucks'
// shared runtime, which the compiled templates call for every `a.b` and every top-level name.
import nunjucks from 'nunjucks';

export const FORBIDDEN_NAMES = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

type Lookup = (...args: unknown[]) => unknown;
interface Runtime {
  memberLookup: Lookup;
  contextOrFrameLookup: Lookup;
  __gitopshqHardened?: true;
}

export function hardenNunjucks(): void {
  const runtime = (nunjucks as unknown as { runtime: Runtime }).runtime;
  if (runtime.__gitopshqHardened) return;
  const member = runtime.memberLookup;
  const top = runtime.contextOrFrameLookup;
  runtime.memberLookup = (obj, key) => (FORBIDDEN_NAMES.has(String(key)) ? undefined : member(obj, key));
  runtime.contextOrFrameLookup = (context, frame, name) =>
    FORBIDDEN_NAMES.has(String(name)) ? undefined : top(context, frame, name);
  runtime.__gitopshqHardened = true;
}
