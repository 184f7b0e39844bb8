// Strict UTF-8 decoding for files a person edits: node's 'utf8' turns a Latin-1 byte into U+FFFD without a word,
// and the value then differs from what the author sees in their editor.

export type Decoded = { ok: true; text: string } | { ok: false; line: number; col: number; byte: string };

// ignoreBOM keeps a leading BOM in the text, as 'utf8' does (the YAML parser accepts one at the start).
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const at = firstInvalid(bytes);
    const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
    const line = before.split('\n').length;
    const col = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    return { ok: false, line, col, byte: (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0') };
  }
}

/** The offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const n =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    try {
      strict.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return i;
}
