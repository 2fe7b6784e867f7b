import { normalise } from './normalise';
import { once, type TextContext } from './text-context';

/**
 * The signature under a letter: "Best regards / Kevin Zhou | Export Sales / Yongkang Tools Co., Ltd. / M/WhatsApp:
 * +86 139 … | E: kevin@… / Web: www.…". Sales staff sign this way; the lines name the writer, as a letterhead names the
 * company, and ask nobody to move. Its contact lines are not an invitation only when all of this holds (the red team
 * of stop 36 silenced scams through every looser form):
 * - the sign-off ("Best regards", "Kind regards", "Saludos cordiales", "С уважением", "此致", …) stands alone on its
 *   own line, with at most a name, below at least one line of the letter (never a greeting that opens a message);
 * - every line under it is a name, a title or a company (capitalised words, or a short CJK name), or a contact field
 *   with its value and nothing after it ("WhatsApp: +86 …", "E: x@y", "Web: www.…", "Add: No. 18 …"), at most ten;
 * - the letter above asks nothing of the kind: no contact, platform, fee, price, discount, store, closure or payment
 *   word (a pretext above a signature is how a scam uses one);
 * - nothing in the block names a payment or asks (checked on normalised text, in the languages read).
 */
const SIGN_OFF_WORDS = [
  String.raw`(?:best|kind|warm|warmest)\s+(?:regards|wishes)`,
  String.raw`(?:thanks?|thank\s+you)\s*(?:&|and)\s*(?:best\s+)?regards`,
  String.raw`regards|yours\s+(?:sincerely|faithfully|truly)|sincerely`,
  String.raw`с\s+уважением|atenciosamente|saludos\s+cordiales|un\s+saludo|cordialement|bien\s+a\s+vous`,
  String.raw`mit\s+freundlichen\s+gr(?:u|ue)(?:ss|ß)en|viele\s+gr(?:u|ue)(?:ss|ß)e|cordiali\s+saluti|distinti\s+saluti`,
  String.raw`pozdrawiam|z\s+powazaniem|met\s+vriendelijke\s+groet(?:en)?|saygilarimla|tran\s+trong|hormat\s+kami`,
  String.raw`此致(?:\s*敬礼)?|顺祝商祺|順祝商祺|敬上|敬具|مع\s+(?:خالص\s+)?تحياتي|ขอแสดงความนับถือ`,
].join('|');
/** The whole line is the sign-off, perhaps with a name after it ("best regards, lily"). */
const SIGN_OFF_LINE = new RegExp(
  String.raw`^(?:${SIGN_OFF_WORDS})(?![\p{L}\p{N}])[\s,.!~:;-]*(?:[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,2})?$`,
  'u',
);

/** A contact field's label, alone or joined ("M/WhatsApp", "Tel/Fax", "微信/手机"). */
const FIELD_LABEL = String.raw`(?:m|t|e|f|w|p|mob|mobile|cell|tel|phone|fax|whats\s?app|wa|wechat|we\s?chat|skype|telegram|viber|line(?:\s+id)?|e-?mail|mail|web|website|site|add|addr|address|手机|手機|电话|電話|微信|邮箱|郵箱|网址|網址|地址|传真|傳真|тел|факс|адрес|почта)`;
/** A field's value with nothing said after it: digits, an address of mail or web, a handle, or (after "Add:") a place. */
const FIELD = new RegExp(
  String.raw`^${FIELD_LABEL}(?:\s*\/\s*${FIELD_LABEL})*\s*[:：]\s*(?:[+(]?\d[\d\s().\/-]{5,}(?:\d|[\dxX*]{2,4})|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?|@?[\w.-]{3,32})$`,
  'iu',
);
const ADDRESS_FIELD = /^(?:add|addr|address|地址|адрес)\s*[:：]\s*[^:：]{3,120}$/iu;
/** A name, a title or a company: capitalised words ("Kevin Zhou", "Export Sales", "Yongkang Tools Co., Ltd."). */
const NAME_LINE =
  /^(?:\p{Lu}[\p{L}\p{M}.&'’-]*|&|of|and|de|co\.?,?|ltd\.?|inc\.?|llc)(?:[\s,]+(?:\p{Lu}[\p{L}\p{M}.&'’-]*|&|of|and|de|for|co\.?,?|ltd\.?|inc\.?|llc|\(\p{Lu}[\p{L}]*\)))*[.,]?$/u;
const CJK_NAME_LINE =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}ー\s（）()]{2,24}$/u;

function isBlockLine(line: string): boolean {
  return line
    .split(/\s+\|\s+|\s{3,}/)
    .every(
      (part) =>
        FIELD.test(part) || ADDRESS_FIELD.test(part) || NAME_LINE.test(part) || CJK_NAME_LINE.test(part),
    );
}

/** Asking, speaking to the buyer or naming a payment, in the block (normalised text). */
const BLOCK_ASKS =
  /\b(?:contact|add|call|write|chat|talk|reply|online|direct|directly|price|discount|offer|deal|fee|only|pay|payment|paypal|western|union|bank|account|deposit|usdt|pix|zelle|alipay)\b|联系|加我|直接|优惠|价格|支付|付款|汇款|银行|账户|账号/u;
/** Above the sign-off: a word of moving, of the platform, of money or of a pretext. */
const LETTER_ASKS =
  /\b(?:contact|reach|call|add|write|message|text|chat|talk|whats\s?app|wechat|telegram|skype|viber|line|e-?mail|mail|phone|number|below|following|signature|direct|directly|private|privately|outside|alibaba|aliexpress|platform|store|shop|closed?|closing|maintenance|fees?|commission|price|prices|discount|cheaper|cheap|offer|deal|save|pay|paid|payment|paypal|bank|account|deposit|balance|transfer|usdt|crypto|cash|wallet)\b|联系|聯繫|加我|找我|直接|私聊|私下|微信|电话|電話|邮箱|平台|阿里|店铺|店鋪|关闭|關閉|优惠|便宜|价格|價格|手续费|付款|汇款|银行|账户|账号|定金|尾款/u;

/** Index of the sign-off line when `lines` (original text) end with a signature block as above, else -1. */
export function signatureLineIndex(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.trim()) end--;
  for (let i = end - 1; i >= 1 && i >= end - 11; i--) {
    const line = lines[i]!.trim();
    if (i === end - 1 || !SIGN_OFF_LINE.test(normalise(line).text.trim())) {
      if (!line || isBlockLine(line)) continue;
      return -1;
    }
    const body = lines.slice(0, i).join('\n');
    const block = lines.slice(i + 1, end).join('\n');
    if (!body.trim() || LETTER_ASKS.test(normalise(body).text) || BLOCK_ASKS.test(normalise(block).text))
      return -1;
    return i;
  }
  return -1;
}

/** Where the closing signature block starts in the normalised text, or -1 when the message ends with none. */
export function signatureBlockStart(tc: TextContext): number {
  return once(tc, 'signature-block', () => {
    const index = signatureLineIndex(tc.norm.original.split(/\r?\n/));
    if (index < 0) return -1;
    // Newlines survive normalisation one for one: the sign-off's line starts after the same count of them.
    let at = 0;
    for (let k = 0; k < index; k++) {
      at = tc.norm.text.indexOf('\n', at) + 1;
      if (at === 0) return -1;
    }
    return at;
  });
}
