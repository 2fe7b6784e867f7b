import { looksLikeSenderName } from './speaker-name';
import { messagesFromJson, sideOf } from './transcript-shapes';
import { parseTable, tableDelimiter } from './transcript-table';
import type { ChatMessageInput } from './types';

/**
 * Reads a chat export into messages. Accepted, tried in this order:
 * 1. JSON: a list of messages, a wrapper holding one (`{"messages":[…]}`), or one message. A message is
 *    `{"from":"supplier"|"buyer"|"system"|"unknown","text":"…","at"?,"id"?}` or the same under the names
 *    other tools use (sender/role/author, message/content/body, time/timestamp), or a bare string
 *    (see transcript-shapes.ts);
 * 2. JSONL: one such message per line (blank lines ignored);
 * 3. a spreadsheet (CSV, ";" or tab) whose header row names a text column (see transcript-table.ts);
 * 4. plain text, one message per "Speaker: text" line. Speakers: Supplier/Seller/Vendor/Factory → supplier,
 *    Buyer/Me/I/You → buyer, System/Alibaba/AliExpress/Trade Assurance → system; any other name ("Lily
 *    (10:32): …", "[2026-05-01 10:32] Lily: …") → unknown, which is judged like a supplier. A leading
 *    "[time]" or a "(time)" after the name is kept as `at`. Lines without a speaker continue the previous
 *    message; a text with no speaker at all is one message per paragraph (or per line when no blank
 *    line separates them), from `unknown`.
 * Throws an Error with a one-line message only when nothing can be read (empty input, broken JSON, a JSON
 * message without any text).
 */
// The name starts at a non-space and each run of spaces has one place to go: with overlapping `\s*` and a
// name that may hold spaces, a line of a few thousand spaces took minutes to be found not to be a turn.
const LINE =
  /^\s*(?:\[([^\]]{1,40})\]\s*)?(?=\S)([^:：()[\]\n]{1,40}?)\s*(?:\(([^)]{1,40})\)\s*)?[:：]\s?(.*)$/;

/**
 * Words that open a line of content, not a speaker's name: "WhatsApp: +86…", "Bank: HSBC", "Price: 5 USD".
 * Read as a name, the label would be cut off the very text the scanner must see.
 */
const CONTENT_LABEL = new RegExp(
  '^(?:whats\\s?app|wechat|weixin|wx|vx|telegram|tg|skype|line|viber|signal|kakao(?:talk)?|zalo|qq|e-?mail|mail|' +
    'tel|phone|mobile|cell|paypal|alipay|western|wu|moneygram|payoneer|wise|bank|account|acct|a/c|iban|swift|bic|' +
    'routing|sort|branch|ifsc|bsb|beneficiary|receiver|recipient|holder|company|name|address|payment|pay|amount|' +
    'deposit|balance|price|total|invoice|ref|reference|order|tracking|note|ps|p\\.s|website|site|web|link|url|' +
    'contact|http|https|www|账户|账号|户名|银行|开户行|收款人|微信|电话|手机|邮箱)(?:\\s|$)',
  'i',
);

/**
 * Words that may follow a label's first word in one label ("Bank Name", "Account No.", "SWIFT code",
 * "Beneficiary Bank Address"). A label is made of such words only; "Wu Lei" or "Line Zhang" (surnames
 * and given names that are also label words) are people, and their turn must stay theirs.
 */
const LABEL_TAIL_WORDS = new Set(
  (
    'name names no nr num number numbers id code codes address details detail info information method ' +
    'methods terms term type date city country holder of for the to your our my new old key link qr acc ' +
    'due per unit usd rmb cny eur hk cn us full first last registered official legal current updated'
  ).split(' '),
);

function isContentLabel(words: string): boolean {
  if (!CONTENT_LABEL.test(words.trim())) return false;
  // "A/C name", "Bank A/C No.": the slash belongs to the abbreviation, it does not part two label words.
  return words
    .trim()
    .toLowerCase()
    .replace(/\ba\/c\b/g, 'acc')
    .split(/[\s/]+/)
    .slice(1)
    .map((t) => t.replace(/['’]s$/, '').replace(/[.#:：,]+$/, ''))
    .every((t) => t === '' || /^\d/.test(t) || LABEL_TAIL_WORDS.has(t) || CONTENT_LABEL.test(t));
}

interface SpeakerLine {
  from: ChatMessageInput['from'];
  text: string;
  at?: string;
  /** The side word as written, lower case ("pembeli"), when it named a known side. */
  word?: string;
}

/** "[Supplier] text" or "[Buyer 10:32] text": a known side in brackets, with no colon after it. */
const BRACKETED_SIDE = /^\s*\[\s*([^\]\d]{1,20}?)\s*(\d[^\]]{0,30})?\]\s*(.*)$/;

function bracketedSideLine(raw: string): SpeakerLine | null {
  const m = BRACKETED_SIDE.exec(raw);
  const from = m ? sideOf(m[1]) : 'unknown';
  if (!m || from === 'unknown') return null;
  return {
    from,
    text: m[3] ?? '',
    word: (m[1] ?? '').trim().toLowerCase(),
    ...(m[2] ? { at: m[2].trim() } : {}),
  };
}

function speakerLine(raw: string): SpeakerLine | null {
  return colonSpeakerLine(raw) ?? bracketedSideLine(raw);
}

function colonSpeakerLine(raw: string): SpeakerLine | null {
  const m = LINE.exec(raw);
  const speaker = m?.[2]?.trim();
  // A "speaker" with URL-ish or sentence-like content ("Note that the price: …") is a continuation.
  if (!m || !speaker || /https?$|\s{2,}/.test(speaker) || speaker.split(/\s+/).length > 4) return null;
  const at = m[1] ?? m[3];
  // A line stamped with a time is a turn; a label is never stamped ("Wu Lei (10:32): …" is a person).
  if (!(at && /\d/.test(at)) && isContentLabel(speaker)) return null;
  const from = sideOf(speaker);
  // "Hello dear, Line ID: kitty_bag" is a message, not Hello dear's turn (speaker-name.ts): it is kept whole, as a
  // turn of its own by a sender not known, never glued onto the turn above (a buyer's turn is not scanned).
  if (from === 'unknown' && !(at && /\d/.test(at)) && !looksLikeSenderName(speaker))
    return { from: 'unknown', text: raw.trim() };
  // "Our new account:" alone on its line introduces what follows; a name with nothing said is not a turn.
  if (from === 'unknown' && !at && !(m[4] ?? '').trim()) return null;
  return {
    from,
    text: m[4] ?? '',
    ...(from !== 'unknown' ? { word: speaker.toLowerCase() } : {}),
    ...(at ? { at: at.trim() } : {}),
  };
}

/**
 * Without speakers, a line is a message, except the lines of one block of details: "Our new account:"
 * followed by "Bank: …" and "Account: …" is one message, or the scanner would see the account without
 * the words that make it new.
 */
function joinFieldLines(lines: string[]): string[] {
  const pieces: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const last = pieces[pieces.length - 1];
    const isField = isContentLabel(line.split(/[:：]/, 1)[0] ?? '') && /[:：]/.test(line);
    if (last !== undefined && (/[:：]$/.test(last) || isField))
      pieces[pieces.length - 1] = `${last}\n${line}`;
    else pieces.push(line);
  }
  return pieces;
}

/**
 * A buyer's turn is not scanned, so a side word that is also an invoice field must not open one inside the
 * seller's message: "Supplier: Proforma invoice" / "Pembeli: PT Maju Jaya" / "pay by Western Union to …" keeps the
 * last two lines in the seller's turn. A buyer line stays a field of the message it sits in when it is not stamped
 * with a time, lines with no speaker follow it (the text a buyer's turn would hide), and its value is a field's
 * value: a company ("PT …", "… Co., Ltd", "有限公司") or, under a turn that names a document (invoice, PI, order), a
 * bare name ("Jan Kowalski"). A buyer's question or sentence ("Pembeli: bisa bayar pakai DANA?") stays the buyer's.
 */
const COMPANY_MARK =
  /(?:^|[\s,])(?:pt|cv|tbk|ud|co\.?|corp\.?|inc\.?|ltd\.?|llc|limited|gmbh|ag|bv|b\.v\.|nv|srl|s\.r\.l\.|spa|s\.a\.?|sa|sl|sas|sarl|oy|ab|as|sp\.?\s?z\s?o\.?o\.?|tnhh|jsc|cong\s+ty|công\s+ty|trading|company|enterprises?|firma|bhd|sdn)(?=$|[\s,.])|有限公司|公司|บริษัท|株式会社|주식회사|ооо|тов/iu;
const NAMES_DOCUMENT =
  /\b(?:invoice|pi|proforma|pro-forma|order|contract|details|factura|fatura|faktur\w*|fattura|rechnung|facture|hoa\s+don|hóa\s+đơn|zamowieni\w*|zamówieni\w*|pesanan)\b|发票|發票|合同|订单|訂單|ใบแจ้งหนี้|請求書|송장|счет|рахунок/iu;
const BARE_NAME =
  /^(?!(?:hi|hello|hey|dear|thanks|thank|ok|okay|yes|no|halo|hai|sorry)\b)(?:\p{Lu}[\p{L}'.-]*\s+){0,3}\p{Lu}[\p{L}'.-]*$/iu;

function looksLikeFieldValue(value: string, above: string): boolean {
  const v = value.trim();
  if (!v || v.length > 60 || /[?？!！。]/.test(v)) return false;
  if (COMPANY_MARK.test(v)) return true;
  return NAMES_DOCUMENT.test(above) && BARE_NAME.test(v) && /^\p{Lu}/u.test(v);
}

function keepFieldLinesInTurn(lines: string[], read: (SpeakerLine | null)[]): (SpeakerLine | null)[] {
  const out = [...read];
  // From the last line up, so a run of fields ("Klant: Jansen BV" / "Acquirente: Rossi Srl") above the hidden text
  // is kept together: a field is followed by text with no speaker once the field below it has become text.
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i];
    if (r === null || r === undefined) continue;
    if (r.from !== 'buyer' || (r.at && /\d/.test(r.at))) continue;
    const continued = i + 1 < lines.length && out[i + 1] === null && !!lines[i + 1]?.trim();
    const above =
      read
        .slice(0, i)
        .reverse()
        .find((x) => x !== null)?.text ?? '';
    if (continued && looksLikeFieldValue(r.text, above)) out[i] = null;
  }
  return out;
}

function parsePlainText(input: string): ChatMessageInput[] {
  const lines = input.split(/\r?\n/);
  const read = keepFieldLinesInTurn(lines, lines.map(speakerLine));
  // No line names a speaker: messages pasted one per paragraph when blank lines separate them, else one
  // per line.
  if (read.every((r) => r === null)) {
    const pieces = /\n\s*\n/.test(input.trim()) ? input.trim().split(/\r?\n\s*\r?\n/) : joinFieldLines(lines);
    return pieces.filter((p) => p.trim()).map((p) => ({ from: 'unknown', text: p.trim() }));
  }
  const messages: ChatMessageInput[] = [];
  lines.forEach((raw, i) => {
    const line = read[i];
    if (line) {
      const { word: _word, ...turn } = line;
      messages.push(turn);
    } else if (messages.length > 0) {
      const last = messages[messages.length - 1]!;
      last.text = last.text ? `${last.text}\n${raw}` : raw;
    } else if (raw.trim()) messages.push({ from: 'unknown', text: raw });
  });
  for (const m of messages) m.text = m.text.trimEnd();
  return messages;
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new Error(`invalid ${what}: ${(e as Error).message}`);
  }
}

function tryJson(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return null;
  }
}

// What a JSON array opens with: a value (object, array, string, number, literal) or its end. "[urgent] pay…" or
// "[Supplier] hello" is a chat in text, not broken JSON.
const OPENS_LIKE_JSON = /^\[\s*(?:[{["\]\d-]|true\b|false\b|null\b|$)/;

export function parseTranscript(input: string): ChatMessageInput[] {
  const trimmed = input.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new Error('empty chat: give a JSON array, JSONL lines or "Supplier: …" text lines');
  if (trimmed.startsWith('[')) {
    // "[2026-05-01 10:32] Lily: …" opens with a bracket too: what is not JSON and opens with a stamped
    // turn is a chat in text; anything else is broken JSON and said so.
    const array = tryJson(trimmed);
    if (array) return messagesFromJson(array.value, 'JSON array');
    const first = trimmed.split(/\r?\n/, 1)[0] ?? '';
    if (speakerLine(first)?.at || bracketedSideLine(first) || !OPENS_LIKE_JSON.test(trimmed))
      return parsePlainText(trimmed);
    return messagesFromJson(parseJson(trimmed, 'JSON array'), 'JSON array');
  }
  if (trimmed.startsWith('{')) {
    // One JSON document (possibly pretty-printed over many lines), else one message per line.
    const whole = tryJson(trimmed);
    if (whole) return messagesFromJson(whole.value, 'JSON');
    const values = trimmed
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((line, i) => parseJson(line, `JSONL on line ${i + 1}`));
    return messagesFromJson(values, 'JSONL');
  }
  // A header row names columns; a first line that is a turn ("Supplier: Hello, message me") is not one.
  const delimiter = speakerLine(trimmed.split(/\r?\n/, 1)[0] ?? '') ? null : tableDelimiter(trimmed);
  if (delimiter) return parseTable(trimmed, delimiter);
  return parsePlainText(input.replace(/^\uFEFF/, ''));
}
