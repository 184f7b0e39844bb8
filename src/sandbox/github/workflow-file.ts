// What a workflow file on a ref lets a workflow_dispatch pass, as GitHub reads it when it answers
// POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches: a file without a `workflow_dispatch`
// trigger takes no dispatch, and inputs its `on.workflow_dispatch.inputs` does not declare are refused (422).
import { parse } from 'yaml';

/** The inputs a workflow's dispatch declares; undefined when it has no workflow_dispatch trigger (or no YAML). */
export function dispatchInputsOf(text: string): Set<string> | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(doc)) return undefined;
  const on = doc.on;
  if (on === 'workflow_dispatch') return new Set();
  if (Array.isArray(on)) return on.includes('workflow_dispatch') ? new Set() : undefined;
  if (!isObject(on) || !Object.hasOwn(on, 'workflow_dispatch')) return undefined;
  const trigger = on.workflow_dispatch;
  const inputs = isObject(trigger) ? trigger.inputs : undefined;
  return new Set(isObject(inputs) ? Object.keys(inputs) : []);
}

/** GitHub's 422 message for inputs the workflow does not declare, in the order given; undefined when none. */
export function unexpectedInputs(
  declared: ReadonlySet<string>,
  given: Record<string, unknown>,
): string | undefined {
  const extra = Object.keys(given).filter((k) => !declared.has(k));
  return extra.length === 0
    ? undefined
    : `Unexpected inputs provided: [${extra.map((k) => JSON.stringify(k)).join(', ')}]`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
