import { once, type TextContext } from './text-context';

/**
 * The signature under a message: "Best regards / Kevin Zhou | Export Sales / Yongkang Tools Co., Ltd. / M/WhatsApp:
 * +86 139 … | E: kevin@…". Sales staff sign every message this way; the lines name the writer, as a letterhead names
 * the company, and ask nobody to move. The contact lines of such a block are not an invitation when:
 * - a sign-off ("Best regards", "BR", "Saludos", "С уважением", "此致", "敬具", …) opens it, at a line's start or
 *   after a sentence's end, and only the block follows (names, titles, labelled lines), at most ten lines;
 * - nothing in the block asks (contact, add, call, "faster reply", "24h online"), speaks to the buyer (you, me,
 *   please) or names a payment (a block listing "Payment: Western Union, PayPal F&F" is an offer, not a name);
 * - nothing before the sign-off points to it or asks to move (contact, reach, add, "details below", "directly").
 * What the caller keeps: a move named anywhere ("WhatsApp me"), and any channel, number or address outside the
 * block. Words over normalised text (lower case, accents folded, newlines kept).
 */
const SIGN_OFF = new RegExp(
  String.raw`(?:^|\n|[.!?。！]\s*)(` +
    [
      String.raw`(?:best|kind|warm|warmest|many)\s+(?:regards|wishes)`,
      String.raw`(?:thanks?|thank\s+you)\s*(?:&|and)\s*(?:best\s+)?regards`,
      String.raw`regards|rgds|b\.?\s?r\.?|sincerely|yours\s+(?:sincerely|faithfully|truly)|cheers`,
      String.raw`с\s+уважением|atenciosamente|cordialmente|saludos(?:\s+cordiales)?|un\s+saludo|cordialement`,
      String.raw`bien\s+a\s+vous|mit\s+freundlichen\s+gr(?:u|ue)(?:ss|ß)en|mfg|viele\s+gr(?:u|ue)(?:ss|ß)e`,
      String.raw`cordiali\s+saluti|distinti\s+saluti|pozdrawiam|z\s+powazaniem|met\s+vriendelijke\s+groet(?:en)?`,
      String.raw`saygilarimla|tran\s+trong|tham\s+trong|hormat\s+kami|salam\s+hangat`,
      String.raw`此致(?:\s*敬礼)?|顺祝商祺|順祝商祺|祝好|敬上|敬具|よろしくお願い(?:いた)?します|감사합니다|드림|مع\s+تحياتي|تحياتي|ขอแสดงความนับถือ|सादर`,
    ].join('|') +
    String.raw`)[\s,.!~:;-]*`,
  'gu',
);

/** Asking, pointing or speaking to the buyer: any of these keeps the block's lines an invitation. */
const ASKS =
  /\b(?:contact|reach|call|ring|text|add|write|message|msg|ping|chat|talk|discuss|faster|quick|quicker|reply|respond|online|anytime|any\s+time|24\s*h|24\/7|direct|directly|private|privately|personal|free|welcome|prefer|better|easier|convenient|below|following|signature|details|price|offer|discount|me|you|your|u|pls|plz|please|kindly|i|we|us|let'?s|contacte\w*|escrib\w*|llam\w*|agreg\w*|contato|chame|adicione|contactez|ecrivez|ajoutez|kontakt\w*|schreib\w*|anruf\w*|melden|scriv\w*|chiama\w*|napisz|zadzwon|neem|bel|iletisim|yazin|arayin|lien\s+he|hubungi)\b|пиш\p{L}*|звон\p{L}*|добав\p{L}*|связ\p{L}*|联系|聯繫|聯絡|加我|找我|直接|私聊|私下|回复|回覆|方便|下面|以下|ご連絡|連絡|연락|추가|تواصل|اتصل|ติดต่อ|संपर्क/u;
/** A payment named in the block: methods, accounts and banks are offers, never a name. */
const PAYMENT =
  /\b(?:pay|paid|payment|paypal|western|union|moneygram|wu|bank|account|acct|iban|swift|usdt|btc|crypto|alipay|wise|remit\w*|transfer|t\/t|pago|cuenta|banco|paiement|compte|zahlung|konto|pagamento|conta)\b|оплат\p{L}*|сч[её]т|банк\p{L}*|付款|账户|帳戶|账号|帳號|银行|銀行|汇款|匯款|支付宝|支付寶|收款/u;
const MAX_BLOCK_LINES = 10;
const MAX_BLOCK_CHARS = 480;

/** The sign-off that opens the message's last block: [start of the sign-off, end of it and its punctuation], or null. */
function lastSignOff(text: string): [number, number] | null {
  let found: [number, number] | null = null;
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(text); m !== null; m = SIGN_OFF.exec(text)) {
    const word = m[1]!;
    const after = m.index + m[0].indexOf(word) + word.length;
    // "br" of "brand", "regards" of "regardless": a Latin or Cyrillic sign-off ends at its word's end.
    if (/[a-z\u0400-\u04ff.]$/u.test(word) && /[\p{L}\p{N}]/u.test(text[after] ?? '')) continue;
    found = [after - word.length, m.index + m[0].length];
  }
  SIGN_OFF.lastIndex = 0;
  return found;
}

/** What follows a sign-off is only a signature: short, asking nothing, speaking to nobody, naming no payment. */
export function isQuietSignature(block: string): boolean {
  if (block.length > MAX_BLOCK_CHARS || block.split('\n').filter((l) => l.trim()).length > MAX_BLOCK_LINES)
    return false;
  return !ASKS.test(block) && !PAYMENT.test(block) && !/[?？]/.test(block);
}

/**
 * A line (normalised) that ends with a sign-off, with at most a name after it: "best regards,", "br, lily", "此致",
 * "samples left today. kind regards,".
 */
export function endsWithSignOff(line: string): boolean {
  const found = lastSignOff(line.trim());
  return found !== null && line.trim().slice(found[1]).split(/\s+/).filter(Boolean).length <= 3;
}

/** Where the closing signature block starts in the normalised text, or -1 when the message ends with none. */
export function signatureBlockStart(tc: TextContext): number {
  return once(tc, 'signature-block', () => {
    const text = tc.norm.text;
    const found = lastSignOff(text);
    if (!found) return -1;
    if (!isQuietSignature(text.slice(found[1]))) return -1;
    if (ASKS_BEFORE.test(text.slice(0, found[0]))) return -1;
    return found[0];
  });
}

/** Before the sign-off: a pointer to the block or an ask to move ("contact me", "details below", "加我"). */
const ASKS_BEFORE =
  /\b(?:contact|reach|call|ring|add|write\s+(?:to\s+)?(?:me|us)|message\s+(?:me|us)|text\s+(?:me|us)|ping|whats\s?app|wechat|we\s?chat|telegram|skype|viber|line|email|e-mail|mail|phone|number|below|following|signature|directly|privately|private|outside|off\s+(?:the\s+)?(?:platform|alibaba)|contacte\w*|escrib\w*|llam\w*|agreg\w*|contato|chame|adicione|contactez|ecrivez|ajoutez|kontakt\w*|schreib\w*|anruf\w*|scriv\w*|chiama\w*|napisz|zadzwon|iletisim|yazin|arayin|lien\s+he|hubungi)\b|пиш\p{L}*|звон\p{L}*|добав\p{L}*|связ\p{L}*|联系|聯繫|聯絡|加我|找我|直接|私聊|私下|微信|电话|電話|邮箱|郵箱|下面|以下|連絡|연락|추가|تواصل|اتصل|ติดต่อ|संपर्क/u;
