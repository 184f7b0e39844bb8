// The body of a sticky PR comment: a hidden marker (how the next run finds it again) and the text, shortened to
// GitHub's 65,536-character limit with a pointer to the job summary, which may hold 1 MiB.

export const COMMENT_MAX_CHARS = 65_536;

const PURPOSE = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function stickyMarker(purpose: string): string {
  // The purpose goes inside an HTML comment: anything but a plain slug could close it early.
  if (!PURPOSE.test(purpose)) {
    throw new Error(`sticky comment purpose must be a lower-case slug like 'preview', not '${purpose}'`);
  }
  return `<!-- gitopshq:${purpose} -->`;
}

export function stickyBody(
  purpose: string,
  text: string,
  summaryUrl?: string,
): { body: string; truncated: boolean } {
  const head = `${stickyMarker(purpose)}\n`;
  const full = head + text;
  if (full.length <= COMMENT_MAX_CHARS) return { body: full, truncated: false };
  const where = summaryUrl ? `the job summary: ${summaryUrl}` : 'the job summary of this run';
  const note = `\n\n---\n_Shortened to fit a pull-request comment. The full text is in ${where}._\n`;
  let cut = COMMENT_MAX_CHARS - head.length - note.length;
  // Never leave half of a surrogate pair at the cut.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return { body: head + text.slice(0, cut) + note, truncated: true };
}

/** Whether an existing comment is the sticky comment of `purpose`. */
export function isStickyComment(body: string | null | undefined, purpose: string): boolean {
  return (body ?? '').startsWith(stickyMarker(purpose));
}
