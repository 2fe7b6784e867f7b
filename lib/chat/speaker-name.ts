/**
 * Whether the words before a colon can be a sender's name in a chat pasted as plain text. A line like
 * "Hello dear, Line ID: kitty_bag" or "亲，加我微信 wx: ly_toys" has the shape of a turn ("Lily: …"), but
 * what stands before its colon is the start of the message; read as a name, the words that make the
 * message a move off the platform ("Line ID", "加我微信") were cut off the text the scanner sees.
 * Only names the transcript cannot place (not "Supplier", "Buyer", "Me"…) and lines without a time stamp
 * come here: a line whose name fails is a turn of its own by an unknown sender, the whole line its text
 * (transcript.ts), so it costs at most the name, never a finding; it is never glued onto the turn above.
 */

/**
 * Sentence punctuation: a sender's name holds none, but for a company's "Co., Ltd" and a title after a comma
 * ("Lily, Sales Manager"). Emoji, "~" and "-" are common in display names ("Lily 🌸", "Kevin ~ ABC").
 */
const SENTENCE_MARK = /[,，。!！?？;；、…]/u;
const COMPANY_COMMA = /,\s*(?:ltd|limited|inc|llc|co|corp)\b\.?/giu;
const TITLE_AFTER_COMMA = /,\s*(?:\p{Lu}[\p{L}.&'-]*)(?:\s+\p{Lu}[\p{L}.&'-]*)*$/u;

/** Lower-case particles that belong inside names: "Ana de Souza", "Ahmed bin Ali", "Lily from Sales". */
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'du',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'from',
  'of',
  'at',
  '&',
  'and',
  'y',
  'e',
]);

/**
 * Channel and payment words that end a label rather than a name: "… Line ID", "my WeChat", "加我微信"; glued to the
 * Chinese before them too ("加我Line ID: …" has no space before the app).
 */
const LABEL_END =
  /(?:^|\s|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]))(?:whats\s?app|wechat|weixin|wx|vx|telegram|tg|skype|line|viber|signal|kakao(?:talk)?|zalo|qq|e-?mail|mail|tel|phone|mobile|cell|paypal|alipay|bank|account|acct|iban|swift)(?:\s+(?:id|no\.?|number|nr|num|account|address))?$|(?:微信|微信号|电话|手机|手机号|邮箱|账户|账号|银行|联系|加我|whatsapp|ライン|ラインID|カカオ|카톡|카카오톡|텔레그램|라인|전화)$/iu;

/** CJK text longer than this, with no space, is a clause rather than a name (names: 王伟, 李小姐, 客服小美). */
const CJK_NAME_MAX = 8;
const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+$/u;
const CJK_BUSINESS_END = /(?:公司|工厂|厂|店|商行|客服|株式会社|상사)$/u;

export function looksLikeSenderName(candidate: string): boolean {
  const name = candidate.trim();
  if (!name) return false;
  if (SENTENCE_MARK.test(name.replace(COMPANY_COMMA, '').replace(TITLE_AFTER_COMMA, ''))) return false;
  if (LABEL_END.test(name)) return false;
  const words = name
    .replace(/\p{Extended_Pictographic}|[~|\-–—]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  if (words.length === 1) {
    if (CJK_ONLY.test(name)) return [...name].length <= CJK_NAME_MAX || CJK_BUSINESS_END.test(name);
    return true;
  }
  // Latin-script words of a name start with a capital or a digit ("Lily Wang", "Sales 2"); a lower-case
  // word other than a particle makes it a clause ("pay via WU to", "Hello dear").
  // A user name written in lower case ("amy wang", "sales team") fails this and is kept in its message's text.
  return words.every((w) => !/^\p{Ll}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}
