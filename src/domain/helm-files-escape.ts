// A chart template that asks Helm for a file outside the chart (`.Files.Get "../../etc/passwd"`): Helm hands
// templates only the chart's own files, so it renders as nothing, but in a pull request it is an attempt worth
// a finding on the line that makes it (docs/architecture.md#untrusted-input). Only literal paths are seen; a
// computed one still gets nothing from Helm.

export interface FilesEscape {
  line: number;
  col: number;
  path: string;
}

const FILES_CALL = /\.Files\.(?:Get|GetBytes|Glob|Lines|AsConfig|AsSecrets)\s+(?:"([^"]*)"|`([^`]*)`)/g;

function leaves(path: string): boolean {
  return path.startsWith('/') || path.split(/[\\/]/).includes('..');
}

export function filesEscapes(text: string): FilesEscape[] {
  const out: FilesEscape[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    for (const m of l.matchAll(FILES_CALL)) {
      const path = m[1] ?? m[2] ?? '';
      if (leaves(path)) out.push({ line: i + 1, col: (m.index ?? 0) + 1, path });
    }
  });
  return out;
}
