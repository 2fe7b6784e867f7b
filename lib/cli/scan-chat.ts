// The command line words its findings in English from the bundled catalogs.
import '../i18n/bundled-catalogs';
import { createChatScanner } from '../chat/scanner';
import { parseTranscript } from '../chat/transcript';
import type { ChatDetails, ChatFinding, ChatScanContext } from '../chat/types';
import { DesignatedAccountSchema } from '../chat/types';
import { toPublicFinding } from '../model/finding';

/**
 * `tradeguard scan-chat <file>`: scans a chat export (JSON array, JSONL, or "Supplier: …" lines — see
 * lib/chat/transcript.ts) and reports every message, with an empty findings list when it is clean.
 * Pure: the caller reads the file and prints. Bad input throws an Error with a one-line message.
 */
export interface ScanChatFinding extends ReturnType<typeof toPublicFinding> {
  details?: ChatDetails;
  raisedBy?: 'pressure';
}
export interface ScanChatResult {
  messages: { index: number; id?: string; from: string; at?: string; findings: ScanChatFinding[] }[];
}

function publicFinding(f: ChatFinding): ScanChatFinding {
  return {
    ...toPublicFinding(f),
    ...(f.details ? { details: f.details } : {}),
    ...(f.raisedBy ? { raisedBy: f.raisedBy } : {}),
  };
}

export function runScanChat(input: string, ctx: ChatScanContext = {}): ScanChatResult {
  if (ctx.designatedAccount) {
    const ok = DesignatedAccountSchema.safeParse(ctx.designatedAccount);
    if (!ok.success) throw new Error(`designated account: ${ok.error.issues[0]?.message ?? 'invalid'}`);
  }
  const messages = parseTranscript(input);
  const scanned = createChatScanner(ctx).scan(messages);
  return {
    messages: scanned.map((s) => ({
      index: s.index,
      ...(s.id !== undefined ? { id: s.id } : {}),
      from: s.from,
      ...(messages[s.index]?.at ? { at: messages[s.index]!.at } : {}),
      findings: s.findings.map(publicFinding),
    })),
  };
}

const ICON: Record<string, string> = { critical: '!!', warning: '! ', info: 'i ' };

export function formatScanChat(result: ScanChatResult): string {
  const flagged = result.messages.filter((m) => m.findings.length > 0);
  const lines = [`${result.messages.length} messages scanned, ${flagged.length} with findings.`];
  for (const m of flagged) {
    lines.push('', `#${m.index} ${m.from}${m.at ? ` (${m.at})` : ''}`);
    for (const f of m.findings) {
      lines.push(`  ${ICON[f.severity] ?? '  '} ${f.severity.toUpperCase()} ${f.rule}: “${f.quote}”`);
      lines.push(`     why: ${f.message}`);
      const d = f.details;
      const extracted = d
        ? [d.channels, d.ids, d.phones, d.emails, d.accounts, d.ibans, d.swifts, d.wallets]
            .flat()
            .filter(Boolean)
        : [];
      if (extracted.length) lines.push(`     seen: ${extracted.join(', ')}`);
      lines.push(`     do: ${f.fix}`, `     source: ${f.source}`);
    }
  }
  return lines.join('\n');
}
