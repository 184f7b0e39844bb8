// The Kubernetes API paths client-node uses: discovery, and the resource paths
// `/api/v1[/namespaces/<ns>]/<plural>[/<name>[/status]]` and `/apis/<group>/<version>[/namespaces/<ns>]/...`.
import { byPlural, type KindInfo } from './kinds.js';

export type ParsedPath =
  | { type: 'discovery'; group?: string; version?: string; root: 'api' | 'apis' }
  | { type: 'version' }
  | {
      type: 'resource';
      info: KindInfo;
      namespace?: string;
      name?: string;
      subresource?: 'status';
    }
  | { type: 'unknown' };

export function parsePath(pathname: string): ParsedPath {
  const seg = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (seg.length === 1 && seg[0] === 'version') return { type: 'version' };
  let group: string;
  let version: string;
  let rest: string[];
  if (seg[0] === 'api') {
    if (seg.length === 1) return { type: 'discovery', root: 'api' };
    group = '';
    version = seg[1] as string;
    rest = seg.slice(2);
  } else if (seg[0] === 'apis') {
    if (seg.length === 1) return { type: 'discovery', root: 'apis' };
    if (seg.length === 2) return { type: 'discovery', root: 'apis', group: seg[1] };
    group = seg[1] as string;
    version = seg[2] as string;
    rest = seg.slice(3);
  } else return { type: 'unknown' };
  if (rest.length === 0) return { type: 'discovery', root: seg[0] as 'api' | 'apis', group, version };
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [plural = '', name, sub, ...extra] = rest;
  const info = byPlural(group, version, plural);
  if (!info || extra.length > 0 || (sub !== undefined && sub !== 'status')) return { type: 'unknown' };
  if (namespace !== undefined && !info.namespaced) return { type: 'unknown' };
  return {
    type: 'resource',
    info,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(sub === 'status' ? { subresource: 'status' as const } : {}),
  };
}
