import { utf16WithoutMark } from './sniff-input';

/**
 * Turns a file's bytes into text the way a browser would, so a file saved by any editor reads the same:
 * a byte-order mark decides (Windows Notepad's "Unicode" is UTF-16 LE); else valid UTF-8 is UTF-8; else
 * the charset the file declares (`<meta charset="gbk">`, `<?xml encoding=…?>`); else Windows-1252, which
 * is what browsers assume for an undeclared Western page. The mark itself is not part of the text.
 */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i;

function decodeWith(label: string, bytes: Uint8Array): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null; // a label this runtime does not know
  }
  // A page cannot declare itself UTF-16 in ASCII bytes: the label lies, and a browser ignores it (HTML's
  // "prescan" turns it into UTF-8, which these bytes are not). Read as UTF-16 every word would be garbage.
  if (decoder.encoding.startsWith('utf-16')) return null;
  return decoder.encoding === 'windows-1252' ? windows1252(bytes) : decoder.decode(bytes);
}

/**
 * Windows-1252's bytes 0x80-0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ; the five it leaves
 * unassigned stay as they are). Node 20's TextDecoder reads this label as Latin-1, which turns a price in
 * euros and every curly quote into an invisible control character.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function decodeInput(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read the declaration from the ASCII head, where every charset agrees.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = DECLARED_CHARSET.exec(head);
    const label = declared?.[1] ?? declared?.[2];
    return (label && decodeWith(label, bytes)) ?? windows1252(bytes);
  }
}
