const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content AND quoted attribute values. All text
 * written by strangers (page text, chats, file names, URLs) goes through it.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A URL safe to put in href: http(s) only; anything else (javascript:, data:) is shown as text instead. */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Shows bidirectional overrides as visible markers: "invoice\u202Egnp.exe"
 * would otherwise display as "invoiceexe.png" to the person reading a report.
 */
export function revealBidiControls(text: string): string {
  return text.replace(
    /[\u202a-\u202e\u2066-\u2069]/g,
    (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase()}]`,
  );
}
