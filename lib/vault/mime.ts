import { z } from 'zod';

/**
 * MIME types, read strictly: exactly one `type/subtype` with optional
 * `; name=value` parameters (RFC 9110 tokens). A list such as
 * "image/png,text/html" is not a type: Chromium renders the last one, so an
 * item "carton-damage.png" could open as an HTML page inside the extension.
 */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const PARAMETER = `[ \\t]*;[ \\t]*${TOKEN}=(?:${TOKEN}|${QUOTED})`;
const MIME = new RegExp(`^(${TOKEN})/(${TOKEN})((?:${PARAMETER})*)$`);
const MAX_LENGTH = 255;

export interface MimeType {
  /** "image/png", lower-cased. */
  essence: string;
  /** Parameter names lower-cased; quoted values unquoted. */
  parameters: Map<string, string>;
}

export function parseMimeType(text: string): MimeType | null {
  if (text.length > MAX_LENGTH) return null;
  const match = MIME.exec(text);
  if (!match) return null;
  const parameters = new Map<string, string>();
  for (const p of match[3]!.matchAll(new RegExp(`;[ \\t]*(${TOKEN})=(${TOKEN}|${QUOTED})`, 'g'))) {
    const value = p[2]!.startsWith('"') ? p[2]!.slice(1, -1).replace(/\\(.)/g, '$1') : p[2]!;
    parameters.set(p[1]!.toLowerCase(), value);
  }
  return { essence: `${match[1]}/${match[2]}`.toLowerCase(), parameters };
}

/** What the vault stores: one MIME type, or "" when the browser did not know the file's type. */
export const MimeTypeSchema = z
  .string()
  .refine((t) => t === '' || parseMimeType(t) !== null, 'one MIME type such as "image/png" (never a list)');

/**
 * Types the side panel shows in the browser (in the extension's own origin).
 * Exact essences only; everything else (HTML page snapshots, SVG, XML, JSON,
 * MHTML, unknown) is saved as a download and never rendered here.
 */
const VIEWABLE = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'video/mp4',
  'video/webm',
  'audio/mpeg',
  'audio/ogg',
  'audio/wav',
  'application/pdf',
  'text/plain',
]);

/** The exact type to show an item as, or null: open it as a download instead. */
export function viewableType(mimeType: string): string | null {
  const parsed = parseMimeType(mimeType);
  if (!parsed || !VIEWABLE.has(parsed.essence)) return null;
  if (parsed.essence !== 'text/plain') return parsed.essence;
  const charset = parsed.parameters.get('charset');
  return `text/plain;charset=${charset && /^[A-Za-z0-9_-]{1,40}$/.test(charset) ? charset.toLowerCase() : 'utf-8'}`;
}
