// What a step without a loaded repository snapshot reads of one workload.yaml text: the source's kind and overlay
// (rollback: which files a past release's edit changed) and the tenants (verify-health: whom a promotion must reach,
// from main). Read with the project's YAML reader (size, depth and tag limits) but without the schema: the text may
// be of another commit than the checkout, and each caller decides what an unreadable file means.
import { parseYamlSource } from './yaml-source.js';

export interface WorkloadFields {
  /** `source` when it is a mapping: `type` as written, `overlay`/`overlays` when they are strings. */
  source?: { type?: unknown; overlay?: string; overlays?: Record<string, string> };
  /** `tenants` as written: the caller checks that it is a list of names. */
  tenants?: unknown;
}

/** undefined when there is no text, or it is not YAML, or not a mapping. */
export function readWorkloadFields(
  text: string | undefined,
  file = 'workload.yaml',
): WorkloadFields | undefined {
  if (text === undefined) return undefined;
  const doc = parseYamlSource(text, file).value;
  if (typeof doc !== 'object' || doc === null) return undefined;
  const { source, tenants } = doc as { source?: unknown; tenants?: unknown };
  return {
    ...(typeof source === 'object' && source !== null ? { source: sourceFields(source) } : {}),
    ...(tenants !== undefined ? { tenants } : {}),
  };
}

function sourceFields(source: object): NonNullable<WorkloadFields['source']> {
  const s = source as Record<string, unknown>;
  const overlays =
    typeof s.overlays === 'object' && s.overlays !== null
      ? Object.fromEntries(
          Object.entries(s.overlays).filter((e): e is [string, string] => typeof e[1] === 'string'),
        )
      : undefined;
  return {
    type: s.type,
    ...(typeof s.overlay === 'string' ? { overlay: s.overlay } : {}),
    ...(overlays ? { overlays } : {}),
  };
}
