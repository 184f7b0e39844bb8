// Drift between a deployed manifest and the live object (docs/architecture.md#health). Only the fields the manifest
// sets are compared: the API server and controllers add defaults, status and bookkeeping that no manifest names, and
// those are not drift. Pure: two plain objects in, the differing paths out.

export interface FieldDrift {
  /** Dotted path with list indexes, e.g. `spec.template.spec.containers[0].image`. */
  path: string;
  want: unknown;
  got: unknown;
}

/** Top-level fields that never count: identity, server bookkeeping, and what controllers write. */
const SKIPPED_TOP = new Set(['apiVersion', 'kind', 'status']);
/** Of metadata, only what a person sets and a controller acts on. */
const COMPARED_METADATA = new Set(['labels', 'annotations']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Scalars match when equal as written or as text: the API server turns an int-or-string `"80"` into 80 and YAML
 * 1.1 readers disagree about `"true"`, neither of which a person changed.
 */
function sameScalar(want: unknown, got: unknown): boolean {
  if (want === got) return true;
  if (got === undefined || got === null) return false;
  return typeof want !== 'object' && typeof got !== 'object' && String(want) === String(got);
}

function walk(want: unknown, got: unknown, path: string, out: FieldDrift[], limit: number): void {
  if (out.length >= limit || want === null || want === undefined) return;
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) {
      out.push({ path, want, got });
      return;
    }
    for (const [i, w] of want.entries()) walk(w, got[i], `${path}[${i}]`, out, limit);
    return;
  }
  if (isRecord(want)) {
    if (!isRecord(got)) {
      // An empty map in the manifest (`resources: {}`) and nothing live say the same thing.
      if (Object.keys(want).length > 0 || (got !== undefined && got !== null)) out.push({ path, want, got });
      return;
    }
    for (const [key, w] of Object.entries(want)) walk(w, got[key], path ? `${path}.${key}` : key, out, limit);
    return;
  }
  if (!sameScalar(want, got)) out.push({ path, want, got });
}

/**
 * The fields of `manifest` whose live value differs, at most `limit` of them (a person reads the first few; the
 * count says the rest). A Secret's `stringData` is written into `data` by the API server, so it is not compared.
 */
export function manifestDrift(
  manifest: Record<string, unknown>,
  live: Record<string, unknown>,
  limit = 20,
): FieldDrift[] {
  const out: FieldDrift[] = [];
  for (const [key, want] of Object.entries(manifest)) {
    if (SKIPPED_TOP.has(key) || (key === 'stringData' && manifest.kind === 'Secret')) continue;
    if (key === 'metadata') {
      if (!isRecord(want)) continue;
      const got = isRecord(live.metadata) ? live.metadata : {};
      for (const [m, w] of Object.entries(want)) {
        if (COMPARED_METADATA.has(m)) walk(w, got[m], `metadata.${m}`, out, limit);
      }
      continue;
    }
    walk(want, live[key], key, out, limit);
  }
  return out;
}

/** `spec.replicas: want 3, live 5` for a summary line; secrets' values are never shown. */
export function describeDrift(d: FieldDrift, secret = false): string {
  if (secret) return `${d.path} differs`;
  const show = (v: unknown) => {
    const text = v === undefined ? 'absent' : JSON.stringify(v);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  };
  return `${d.path}: want ${show(d.want)}, live ${show(d.got)}`;
}
