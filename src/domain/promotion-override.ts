// Skipping waves on purpose. By default a promotion's tenants may narrow or continue its plan, never jump ahead of a
// wave (the canary first) that is not complete and Healthy (promotion-plan.ts). A release manager may still open a
// later wave first, with `skip-waves: REASON`: only an actor whose repository role is admin or maintain (GitHub's
// roles above write, the ones that manage the repository; a release manager is given one of them), and the wave
// records who, when, why and which waves were not verified (PromotionRecord.waves[].skippedWaves). The pull
// request still needs the target environment's approvals. Flow: docs/architecture.md#release-lifecycle.
import type { WaveSkip } from './model.js';

/** Repository roles that may skip waves (GitHub's: admin, maintain, write, triage, read, none). */
export const SKIP_WAVES_ROLES: readonly string[] = ['admin', 'maintain'];

export const SKIP_REASON_MIN = 10;
export const SKIP_REASON_MAX = 300;

/** One earlier wave that was not complete and Healthy, with the tenants of it not yet Healthy. */
export type SkippedWave = WaveSkip['waves'][number];

/**
 * Why `reason` cannot be recorded as a skip-waves reason, or undefined. One line of printable text, long enough to
 * say something: it is stored in the promotion, shown in the job summary, the pull request and the dashboard.
 */
export function skipReasonProblem(reason: string): string | undefined {
  const text = reason.trim();
  if (/^(true|false|yes|no|on|off|1|0)$/i.test(text)) {
    return `skip-waves takes the reason for skipping, not ${JSON.stringify(text)}: say why the earlier waves may wait (at least ${SKIP_REASON_MIN} characters)`;
  }
  if (text.length < SKIP_REASON_MIN) {
    return `the skip-waves reason is too short (${text.length} characters): say why the earlier waves may wait, in at least ${SKIP_REASON_MIN} characters`;
  }
  if (text.length > SKIP_REASON_MAX) {
    return `the skip-waves reason is too long (${text.length} characters, at most ${SKIP_REASON_MAX}): link to the incident or ticket instead`;
  }
  // Control characters (new lines included) and bidirectional overrides would let a reason forge lines of the
  // summary or hide text from the reviewer.
  const bad = [...text].find((c) => /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(c));
  if (bad !== undefined) {
    const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    return `the skip-waves reason must be one line of printable text: it contains U+${code}`;
  }
  return undefined;
}

export type SkipWavesVerdict = { ok: true; permission: string } | { ok: false; reason: string };

/** Whether `actor`, whose repository role is `permission`, may skip `skipped`. */
export function skipWavesVerdict(
  actor: string,
  permission: string,
  skipped: readonly SkippedWave[],
): SkipWavesVerdict {
  if (SKIP_WAVES_ROLES.includes(permission)) return { ok: true, permission };
  return {
    ok: false,
    reason: `${actor} may not skip ${skippedText(skipped)}: skip-waves is allowed to repository admins and maintainers (${actor}'s role is ${permission}); promote the earlier waves first, or ask a release manager`,
  };
}

/** `wave 0 (canary)` or `wave 0 (canary) and wave 1 (acme, globex)`, at most five tenants a wave. */
export function skippedText(skipped: readonly SkippedWave[]): string {
  const one = (s: SkippedWave) => {
    const names =
      s.tenants.length <= 5 ? s.tenants : [...s.tenants.slice(0, 5), `${s.tenants.length - 5} more`];
    return `wave ${s.wave} (${names.join(', ')})`;
  };
  return skipped.map(one).join(' and ');
}

/** The record of a skip, written on the wave it opened. */
export function waveSkip(input: {
  actor: string;
  at: Date;
  reason: string;
  permission: string;
  skipped: readonly SkippedWave[];
}): WaveSkip {
  return {
    actor: input.actor,
    at: input.at.toISOString(),
    reason: input.reason.trim(),
    permission: input.permission,
    waves: input.skipped.map((s) => ({ wave: s.wave, tenants: [...s.tenants] })),
  };
}

/** One line for a summary, the CLI and the dashboard: `skipped wave 0 (canary): by erin (maintain): "why"`. */
export function waveSkipText(skip: WaveSkip): string {
  return `skipped ${skippedText(skip.waves)} on purpose: by ${skip.actor} (${skip.permission}) at ${skip.at}: "${skip.reason}"`;
}
