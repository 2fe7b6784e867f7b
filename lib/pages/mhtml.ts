/**
 * Chrome and Edge save a page "as a single file" in MHTML: a MIME message whose first HTML part is the
 * page as it was on screen (scripts removed, so only the visible text and attributes are left to read),
 * quoted-printable or base64 encoded, with the page's address in `Snapshot-Content-Location`. This takes
 * that HTML and address out, so a page saved either way is read the same.
 */
export interface MhtmlPage {
  html: string;
  url: string | null;
}

/** True for a MIME "multipart/related" message (an .mhtml/.mht file), judged from its opening headers. */
export function isMhtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return /^MIME-Version:/im.test(head) && /^Content-Type:\s*multipart\/related/im.test(head);
}

/** Header block → lower-case name → value, with folded (indented) continuation lines joined. */
function readHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last = '';
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`);
    else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(last)) headers.set(last, line.slice(colon + 1).trim());
    }
  }
  return headers;
}

function parameter(value: string | undefined, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function splitHead(part: string): { headers: Map<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(part);
  if (!m) return { headers: readHeaders(part), body: '' };
  // The line break before the next boundary belongs to the boundary (RFC 2046), not to the body.
  const body = part.slice(m.index + m[0].length).replace(/\r?\n$/, '');
  return { headers: readHeaders(part.slice(0, m.index)), body };
}

function utf8Bytes(ch: string): number[] {
  return Array.from(new TextEncoder().encode(ch));
}

function quotedPrintableBytes(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const hex = ch === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else bytes.push(...utf8Bytes(ch));
  }
  return Uint8Array.from(bytes);
}

/**
 * Read as a browser reads a saved page: a file cut short or padded wrongly still gives the HTML it holds
 * (atob refuses both, which stopped the whole audit over one file).
 */
function base64Bytes(body: string): Uint8Array {
  const digits = body.replace(/[^A-Za-z0-9+/]/g, '');
  const whole = digits.length % 4 === 1 ? digits.slice(0, -1) : digits; // a lone digit holds no byte
  const binary = atob(whole.padEnd(Math.ceil(whole.length / 4) * 4, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function decodeBody(body: string, encoding: string, charset: string): string {
  const kind = encoding.trim().toLowerCase();
  if (kind !== 'quoted-printable' && kind !== 'base64') return body;
  const bytes = kind === 'base64' ? base64Bytes(body) : quotedPrintableBytes(body);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 is what the marketplaces serve.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The saved page's HTML and address, or null when the message holds no HTML part. */
export function readMhtml(text: string): MhtmlPage | null {
  const { headers, body } = splitHead(text.replace(/^\uFEFF/, ''));
  const boundary = parameter(headers.get('content-type'), 'boundary');
  if (!boundary) return null;
  const snapshotUrl = headers.get('snapshot-content-location') ?? null;
  const parts = body.split(`--${boundary}`).slice(1);
  const pages = parts
    .map(splitHead)
    .filter(({ headers: h }) => /^text\/html\b/i.test(h.get('content-type') ?? ''));
  // The page itself, not an iframe's document saved beside it.
  const main =
    pages.find(({ headers: h }) => snapshotUrl && h.get('content-location') === snapshotUrl) ?? pages[0];
  if (!main) return null;
  const html = decodeBody(
    main.body,
    main.headers.get('content-transfer-encoding') ?? '',
    parameter(main.headers.get('content-type'), 'charset') ?? 'utf-8',
  );
  return { html, url: snapshotUrl ?? main.headers.get('content-location') ?? null };
}
