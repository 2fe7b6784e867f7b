import { runScanChat } from '../../../lib/cli/scan-chat';

/** One supplier message through the command line's scan, as the chat tests of stops 34–35 read it. */
export function findings(text: string) {
  return runScanChat(JSON.stringify([{ from: 'supplier', text }])).messages.flatMap((m) => m.findings);
}
export const rules = (text: string) => findings(text).map((f) => f.rule);
export const quoteOf = (text: string, rule: string) => findings(text).find((f) => f.rule === rule)?.quote;
