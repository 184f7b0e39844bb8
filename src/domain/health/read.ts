// Tolerant readers for unstructured objects: a live object may miss any field (a status the controller has not
// written yet), so every rule reads through these instead of trusting shapes.

import type { HealthStatus, HealthVerdict } from './types.js';

export function at(value: unknown, ...path: string[]): unknown {
  let cur = value;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A number, or undefined; numeric strings count because some controllers (old Argo Rollouts) write them. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export interface Condition {
  type: string;
  status: string;
  reason: string;
  message: string;
}

/** A `conditions` array (status.conditions by default) as plain strings; entries without a type are skipped. */
export function conditionsOf(conditions: unknown): Condition[] {
  const out: Condition[] = [];
  for (const c of list(conditions)) {
    const type = str(at(c, 'type'));
    if (type === undefined) continue;
    out.push({
      type,
      status: str(at(c, 'status')) ?? '',
      reason: str(at(c, 'reason')) ?? '',
      message: str(at(c, 'message')) ?? '',
    });
  }
  return out;
}

export function condition(conditions: unknown, type: string): Condition | undefined {
  return conditionsOf(conditions).find((c) => c.type === type);
}

/** `Reason: message`, or whichever of the two is there. */
export function describeCondition(c: Condition): string {
  if (c.reason && c.message) return `${c.reason}: ${c.message}`;
  return c.reason || c.message || `${c.type} is ${c.status || 'unset'}`;
}

export function verdict(status: HealthStatus, subject: string, detail: string): HealthVerdict {
  return { status, message: detail ? `${subject}: ${detail}` : subject };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
