/**
 * Turns a file's bytes into text the way a browser would, so a file saved by any editor reads the same:
 * a byte-order mark decides (Windows Notepad's "Unicode" is UTF-16 LE); else valid UTF-8 is UTF-8; else
 * the charset the file declares (`<meta charset="gbk">`, `<?xml encoding=…?>`); else Windows-1252, which
 * is what browsers assume for an undeclared Western page. The mark itself is not part of the text.
 */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

function decodeWith(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return null; // a label this runtime does not know
  }
}

export function decodeInput(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read the declaration from the ASCII head, where every charset agrees.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = DECLARED_CHARSET.exec(head);
    const label = declared?.[1] ?? declared?.[2];
    return (label && decodeWith(label, bytes)) ?? new TextDecoder('windows-1252').decode(bytes);
  }
}
