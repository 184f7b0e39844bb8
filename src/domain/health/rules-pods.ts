// Pod and Job: Argo CD's rules (gitops-engine pkg/health), with messages that name the container, its waiting
// reason and its restarts, which is what a person needs to start debugging. One deliberate extension: a waiting
// init container (Init:CrashLoopBackOff) degrades a pod too, where Argo CD only reads app containers and would show
// such a pod Progressing until a timeout.

import { isHook } from './exempt.js';
import { at, condition, conditionsOf, describeCondition, list, num, plural, str, verdict } from './read.js';
import type { HealthRule, HealthVerdict } from './types.js';

/** Waiting reasons a kubelet retries forever without help: CrashLoopBackOff, ImagePullBackOff, ErrImagePull,
 *  CreateContainerConfigError, InvalidImageName... (Argo CD's test: prefix Err, suffix Error or BackOff). */
function isStuck(reason: string): boolean {
  return reason.startsWith('Err') || reason.endsWith('Error') || reason.endsWith('BackOff');
}

interface ContainerView {
  label: string;
  restarts: number;
  waitingReason: string;
  waitingMessage: string;
  lastTerminated: unknown;
  terminated: unknown;
}

function containers(status: Record<string, unknown> | undefined): ContainerView[] {
  const view = (c: unknown, init: boolean): ContainerView => ({
    label: `${init ? 'init container' : 'container'} ${str(at(c, 'name')) ?? '?'}`,
    restarts: num(at(c, 'restartCount')) ?? 0,
    waitingReason: str(at(c, 'state', 'waiting', 'reason')) ?? '',
    waitingMessage: str(at(c, 'state', 'waiting', 'message')) ?? '',
    lastTerminated: at(c, 'lastState', 'terminated'),
    terminated: at(c, 'state', 'terminated'),
  });
  return [
    ...list(status?.initContainerStatuses).map((c) => view(c, true)),
    ...list(status?.containerStatuses).map((c) => view(c, false)),
  ];
}

function exitText(terminated: unknown): string {
  const code = num(at(terminated, 'exitCode'));
  const reason = str(at(terminated, 'reason'));
  if (code === undefined) return reason ?? '';
  return `exit code ${code}${reason ? ` (${reason})` : ''}`;
}

/** `container app: CrashLoopBackOff, 6 restarts, last exit code 1 (Error)`. */
function stuckText(c: ContainerView): string {
  let text = `${c.label}: ${c.waitingReason}, ${plural(c.restarts, 'restart')}`;
  const last = c.lastTerminated ? exitText(c.lastTerminated) : '';
  if (last) text += `, last ${last}`;
  // The back-off message of a crash loop repeats the pod name; an image pull's names the image, which helps.
  if (c.waitingMessage && c.waitingReason !== 'CrashLoopBackOff') text += `: ${c.waitingMessage}`;
  return text;
}

function podVerdict(status: HealthVerdict['status'], subject: string, detail: string): HealthVerdict {
  // `pod web-7f9 container app: ...` reads better than `pod web-7f9: container app: ...`.
  return /^(init )?container /.test(detail)
    ? { status, message: `${subject} ${detail}` }
    : verdict(status, subject, detail);
}

function failedText(c: ContainerView): string {
  const t = c.terminated;
  if (!t) return '';
  const message = str(at(t, 'message'));
  if (message) return `${c.label}: ${message}`;
  if (str(at(t, 'reason')) === 'OOMKilled') return `${c.label}: OOMKilled (raise its memory limit)`;
  const code = num(at(t, 'exitCode')) ?? 0;
  return code !== 0 ? `${c.label}: failed with ${exitText(t)}` : '';
}

/** The restart policy the pod is judged by. Argo CD's `argocd.argoproj.io/ignore-restart-policy: "true"` makes a
 *  long-running pod with OnFailure or Never (some operators create them so) judged like one with Always, except a
 *  hook's pod, which is meant to finish. */
function judgedRestartPolicy(obj: Parameters<HealthRule>[0]): string {
  const policy = str(at(obj, 'spec', 'restartPolicy')) ?? 'Always';
  const annotations = obj.metadata.annotations;
  if (annotations?.['argocd.argoproj.io/ignore-restart-policy'] === 'true' && !isHook(annotations)) {
    return 'Always';
  }
  return policy;
}

export const podHealth: HealthRule = (obj, subject) => {
  const status = obj.status;
  const restartPolicy = judgedRestartPolicy(obj);
  const views = containers(status);
  const podMessage = str(status?.message) ?? '';
  if (restartPolicy === 'Always') {
    const stuck = views.filter((c) => isStuck(c.waitingReason));
    if (stuck.length > 0) return podVerdict('Degraded', subject, stuck.map(stuckText).join('; '));
  }
  const phase = str(status?.phase);
  switch (phase) {
    case 'Pending': {
      const scheduled = condition(status?.conditions, 'PodScheduled');
      const waiting = views.filter((c) => c.waitingReason).map((c) => `${c.label} ${c.waitingReason}`);
      const why =
        podMessage ||
        (scheduled?.status === 'False' ? describeCondition(scheduled) : '') ||
        waiting.join(', ');
      return verdict('Progressing', subject, why ? `Pending: ${why}` : 'Pending');
    }
    case 'Succeeded':
      return verdict('Healthy', subject, podMessage || 'completed');
    case 'Failed': {
      const why = podMessage || views.map(failedText).find((t) => t !== '') || '';
      return podVerdict('Degraded', subject, why || 'failed');
    }
    case 'Running': {
      if (restartPolicy !== 'Always') {
        return verdict(
          'Progressing',
          subject,
          `running (restartPolicy ${restartPolicy}: healthy once it succeeds)`,
        );
      }
      const ready = condition(status?.conditions, 'Ready');
      const restarts = views.reduce((n, c) => n + c.restarts, 0);
      if (ready?.status === 'True') {
        return verdict(
          'Healthy',
          subject,
          `running and ready${restarts ? `, ${plural(restarts, 'restart')}` : ''}`,
        );
      }
      const crashed = views.find((c) => !c.label.startsWith('init') && c.lastTerminated);
      if (crashed) {
        return podVerdict(
          'Degraded',
          subject,
          `${crashed.label}: not ready after ${plural(crashed.restarts, 'restart')}, last ${exitText(crashed.lastTerminated)}`,
        );
      }
      return verdict(
        'Progressing',
        subject,
        `running, not ready${ready?.message ? `: ${ready.message}` : ''}`,
      );
    }
    default:
      return verdict('Unknown', subject, `phase ${phase ?? '(none)'}${podMessage ? `: ${podMessage}` : ''}`);
  }
};

/** Argo CD counts any Complete/Failed/Suspended condition, whatever its status; a resumed Job keeps a
 *  `Suspended: False` condition, so here only conditions that are True count. */
export const jobHealth: HealthRule = (obj, subject) => {
  const conds = conditionsOf(obj.status?.conditions).filter((c) => c.status === 'True');
  const failed = conds.find((c) => c.type === 'Failed');
  if (failed) return verdict('Degraded', subject, `failed: ${describeCondition(failed)}`);
  const succeeded = num(obj.status?.succeeded) ?? 0;
  if (conds.some((c) => c.type === 'Complete')) {
    return verdict('Healthy', subject, `complete, ${succeeded} succeeded`);
  }
  const suspended = conds.find((c) => c.type === 'Suspended');
  if (suspended || at(obj, 'spec', 'suspend') === true) {
    return verdict('Suspended', subject, 'suspended (spec.suspend); set it to false to run');
  }
  const active = num(obj.status?.active) ?? 0;
  const failures = num(obj.status?.failed) ?? 0;
  const completions = num(at(obj, 'spec', 'completions'));
  const done =
    completions === undefined ? `${succeeded} succeeded` : `${succeeded} of ${completions} succeeded`;
  return verdict(
    'Progressing',
    subject,
    `running: ${active} active, ${done}${failures ? `, ${failures} failed` : ''}`,
  );
};
