// Log output for an action: titled groups that are always closed (even when a phase throws), and annotations
// that never exceed what GitHub shows (10 of each type per step), with the rest summarised.

import { type Finding, formatFinding } from '../domain/errors.js';
import * as core from './runner-commands.js';

/** GitHub shows at most this many annotations of each type per step and silently drops the rest. */
export const ANNOTATIONS_SHOWN_PER_TYPE = 10;

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  /** Runs `fn` inside a collapsible log group that is closed whatever happens. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Reports findings as file annotations, keeping within GitHub's per-type limit. */
  findings(findings: readonly Finding[], reserve?: { error?: number; warning?: number }): void;
}

export class ActionLogger implements Logger {
  #open = 0;

  info(message: string): void {
    core.info(message);
  }

  debug(message: string): void {
    core.debug(message);
  }

  warning(message: string): void {
    core.warning(message);
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    core.startGroup(title);
    this.#open++;
    try {
      return await fn();
    } finally {
      this.#closeOne();
    }
  }

  #closeOne(): void {
    if (this.#open === 0) return;
    this.#open--;
    core.endGroup();
  }

  /** Groups are not nested in the runner's log, but a handler may have opened one without `group`. */
  closeAll(): void {
    while (this.#open > 0) this.#closeOne();
  }

  findings(findings: readonly Finding[], reserve: { error?: number; warning?: number } = {}): void {
    for (const severity of ['error', 'warning'] as const) {
      const ofType = findings.filter((f) => (f.severity ?? 'error') === severity);
      const budget = ANNOTATIONS_SHOWN_PER_TYPE - (reserve[severity] ?? 0);
      const { shown, rest } = splitForAnnotations(ofType, budget);
      const annotate = severity === 'error' ? core.error : core.warning;
      for (const f of shown) {
        annotate(f.message, { file: f.file, startLine: f.line, startColumn: f.col });
      }
      if (rest.length) {
        annotate(
          `${rest.length} more ${severity}${rest.length === 1 ? '' : 's'} not shown as annotations ` +
            `(GitHub shows ${ANNOTATIONS_SHOWN_PER_TYPE} per step): see the log and the job summary`,
        );
        for (const f of rest) core.info(`${severity}: ${formatFinding(f)}`);
      }
    }
  }
}

/** Every item fits when there are at most `budget`; otherwise one slot goes to the "N more" note. */
export function splitForAnnotations<T>(items: readonly T[], budget: number): { shown: T[]; rest: T[] } {
  if (items.length <= budget) return { shown: [...items], rest: [] };
  const keep = Math.max(0, budget - 1);
  return { shown: items.slice(0, keep), rest: items.slice(keep) };
}
