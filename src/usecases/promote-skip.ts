// promote's `skip-waves`: the reason is checked before anything is read, and when the plan does go ahead of
// earlier waves, the actor's repository role is read from GitHub and judged (promotion-override.ts). A role that
// cannot be read refuses the skip: it never passes by default.
import type { SkipWavesVerdict } from '../domain/promotion-override.js';
import { skippedText, skipReasonProblem, skipWavesVerdict } from '../domain/promotion-override.js';
import type { PromotionPlan } from '../domain/promotion-plan.js';
import type { GitHubPort } from '../github/port.js';

/** Why the request's skip-waves reason cannot be used, or undefined (also when none was given). */
export function skipRequestProblem(reason: string | undefined): string | undefined {
  return reason === undefined ? undefined : skipReasonProblem(reason);
}

/** The skip to judge in the checklist: undefined when the plan skips nothing. */
export async function judgeSkip(
  plan: PromotionPlan,
  req: { actor: string; skipWaves?: string | undefined },
  github: Pick<GitHubPort, 'getRepositoryPermission'>,
): Promise<{ reason: string; verdict: SkipWavesVerdict } | undefined> {
  if (!plan.ok || plan.skipped === undefined || plan.skipped.length === 0 || req.skipWaves === undefined) {
    return undefined;
  }
  const reason = req.skipWaves.trim();
  let permission: string;
  try {
    permission = await github.getRepositoryPermission(req.actor);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      reason,
      verdict: {
        ok: false,
        reason: `${req.actor}'s repository role could not be read (${why}), so ${skippedText(plan.skipped)} may not be skipped: promote the earlier waves first, or run again`,
      },
    };
  }
  return { reason, verdict: skipWavesVerdict(req.actor, permission, plan.skipped) };
}
