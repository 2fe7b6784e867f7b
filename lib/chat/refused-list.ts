import type { TextContext } from './text-context';
import { clauseRange, once } from './text-context';

/**
 * A refusal that names a list: "we will never ask you to pay via Western Union, MoneyGram, crypto or PayPal Friends &
 * Family", "no aceptamos PayPal, Western Union ni criptomonedas", "wir nehmen kein PayPal, Western Union oder Bitcoin".
 * Clauses end at commas, so the refusal's "never" sat in the first item's clause only and the later items read as
 * requests (suppliers' anti-scam notices, which list the methods they will never use, were flagged). An item is a
 * clause made of method or app names and list words only; the list is followed back, item by item, to the clause
 * that opened it, and that clause must end on a method it refuses. A clause with a verb, a payee, a number or an
 * "only" is no bare item ("we never use Alibaba payment, pay Western Union", "…, Western Union is fine", "…, WU only"),
 * so a request after the refusal is still read as one. Words over normalised text (lower-case, accents folded).
 */
const METHOD = new RegExp(
  [
    // Remittance services, wallets, crypto, gift cards, transfers, accounts of a person.
    '\\b(?:western\\s?union|money\\s?gram|w\\/u|w\\.u|wu|m\\/g|m\\.g|ria|remitly|world\\s?remit|xoom|wise|transfer\\s?wise|payoneer|skrill|neteller|zelle|venmo|cash\\s?app|apple\\s?pay|google\\s?pay|samsung\\s?pay|revolut|alipay|wechat(?:\\s?pay)?|ali\\s?pay)\\b',
    '\\bpay\\s?pal(?:\\s+(?:friends?\\s*(?:&|and|n)\\s*family|f\\s*&\\s*f|ff|f\\s?n\\s?f|personal|gift))?\\b|\\b(?:friends?\\s*(?:&|and)\\s*family|f\\s*&\\s*f)\\b',
    '\\b(?:crypto\\w*|bitcoins?|btc|usdt|tether|eth(?:ereum)?|binance(?:\\s+pay)?|gift\\s?cards?|itunes(?:\\s+cards?)?|steam\\s+cards?|vouchers?|cash|cheques?|checks?|money\\s+orders?)\\b',
    "\\b(?:(?:personal|private|individual|third[-\\s]party|someone\\s+else's|relatives?')\\s+(?:bank\\s+)?(?:accounts?|cards?)|(?:bank|wire|direct|telegraphic)\\s+transfers?|t\\s?\\/\\s?t|tt|(?:credit|debit)\\s+cards?)\\b",
    // Chat apps, refused as a list the same way ("we don't use WhatsApp, WeChat, Telegram or Skype").
    '\\b(?:whats\\s?app|telegram|skype|viber|zalo|line|kakao\\s?talk|messenger|signal|imo|e-?mail|sms|phone)\\b',
    // es, pt, fr, de, it, pl, tr, id, vi
    '\\b(?:cripto\\w*|criptomoneda\\w*|tarjetas?\\s+(?:de\\s+)?regalo|cartoes?\\s+(?:de\\s+)?presente|cartes?\\s+cadeaux?|geschenk\\w*karten?|carte\\s+regalo|karty\\s+podarunkowe|kripto\\w*|hediye\\s+kart\\w*|(?:cuenta|conta|compte|konto|conto|rachunek|hesap|rekening|tai\\s+khoan)\\s+(?:personal|pessoal|personnel|privat\\w*|personale|prywatn\\w*|kisisel|pribadi|ca\\s+nhan)|privatkont\\w*|efectivo|dinheiro|especes|bargeld|contanti|gotowk\\w*|nakit|tunai|tien\\s+mat)\\b',
    // ru, uk, zh, ja, ko
    '(?<![\\p{L}])(?:вестерн\\s+юнион|мани\\s?грам\\p{L}*|крипт\\p{L}*|биткоин\\p{L}*|подарочн\\p{L}*\\s+карт\\p{L}*|личн\\p{L}*\\s+(?:сч[её]т\\p{L}*|карт\\p{L}*)|наличн\\p{L}*)(?![\\p{L}])',
    '西联|西聯|速汇金|速匯金|比特币|比特幣|虚拟货币|虛擬貨幣|加密货币|加密貨幣|礼品卡|禮品卡|支付宝|支付寶|微信(?:支付)?|个人(?:账户|账号|卡)|個人(?:帳戶|帳號|卡)|私人(?:账户|账号|帳戶|帳號|卡)|现金|現金',
    'ウ[エェ]スタン\\s?ユニオン|マネーグラム|仮想通貨|暗号資産|ビットコイン|ギフトカード|個人口座|現金|웨스턴\\s?유니온|머니그램|암호화폐|가상화폐|비트코인|기프트\\s?카드|상품권|개인\\s?계좌|현금',
  ].join('|'),
  'gu',
);

/**
 * Words that join the items of a list and nothing else: "or", "nor", "and", "etc.", "any", "ni", "или", "或"; and the
 * words that make a name a way of paying ("payment", "transfer to a personal account", "礼品卡付款"). A payee ("my",
 * "our manager"), a verb or an "only" is none of them.
 */
const FILLER =
  /^(?:or|nor|and|also|etc|any|the|a|an|via|by|through|to|into|payments?|transfers?|o|y|ni|u|e|ou|et|ni|oder|und|noch|weder|ed|ne|lub|albo|ani|i|oraz|ya\s+da|veya|ve|ne|atau|dan|maupun|hoac|va|hay|en|of|noch|или|ни|и|та|чи|або|и\s+т\.?\s*д)$/u;
const FILLER_CJK =
  /^(?:或|或者|和|及|与|與|也|还是|還是|等|等等|付款|支付|转账|轉帳|汇款|匯款|や|と|または|など|및|또는|이나|나|등)$/u;

/** The clause is nothing but method names and list words (at least one name). */
export function isBareItem(clause: string): boolean {
  METHOD.lastIndex = 0;
  if (!METHOD.test(clause)) return false;
  const rest = clause.replace(METHOD, ' ');
  METHOD.lastIndex = 0;
  if (/\d|@/.test(rest)) return false;
  // What is left between the names: list words and punctuation only.
  const words = rest
    .replace(/[,.;:!?、，。；…&/()'"«»“”‘’-]+/gu, ' ')
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  return words.every((w) => FILLER.test(w) || FILLER_CJK.test(w));
}

/**
 * isBareItem on the message's text from `a` to `b`, once per message and range: every hit in a clause asks about the
 * same clause and its neighbours (the negation guard asks for each pattern's span), and the answer reads the text alone.
 */
function bareItemAt(tc: TextContext, a: number, b: number): boolean {
  if (b >= 4194304) return isBareItem(tc.norm.text.slice(a, b));
  const known = once(tc, 'bareItems', () => new Map<number, boolean>());
  const key = a * 4194304 + b;
  let bare = known.get(key);
  if (bare === undefined) {
    bare = isBareItem(tc.norm.text.slice(a, b));
    known.set(key, bare);
  }
  return bare;
}

/** The opener's last method name, when the clause ends on it (list words after it at most). */
function lastMethodAtEnd(clause: string, offset: number): [number, number] | null {
  let last: RegExpExecArray | null = null;
  METHOD.lastIndex = 0;
  for (let m = METHOD.exec(clause); m !== null; m = METHOD.exec(clause)) last = m;
  METHOD.lastIndex = 0;
  if (!last) return null;
  const after = clause.slice(last.index + last[0].length);
  if (!isBareTail(after)) return null;
  return [offset + last.index, offset + last.index + last[0].length];
}
const isBareTail = (s: string) =>
  s
    .replace(/[,.;:!?、，。；…&/()'"«»“”‘’-]+/gu, ' ')
    .trim()
    .split(/\s+/u)
    .every((w) => w === '' || FILLER.test(w) || FILLER_CJK.test(w));

/** A word that joins a list's last item: "or", "nor", "and", "ni", "oder", "или", "或", "や", "또는". */
const LIST_WORD =
  /(?:^|\s)(?:or|nor|and|o|y|ni|ou|et|oder|und|noch|e|ed|lub|albo|ani|i|veya|ve|atau|dan|hoac|va|hay|of|en|или|ни|и|чи|або)(?=\s)|或|和|及|与|與|や|と|または|또는|및|이나/u;

/** A comma or an enumeration mark joins two items of one list (a sentence mark or a colon does not). */
const JOINS = /[,、]\s*$/u;
/** How many items a list may hold before the refusal is too far to read back to. */
const MAX_ITEMS = 10;

/**
 * The match at [start, end) is an item of a list whose opening clause refuses: `negatedAt` is the negation guard,
 * asked about the opener's last method (so every frame it knows — "never", "no aceptamos", "不接受" — opens a list).
 */
export function isRefusedListItem(
  tc: TextContext,
  start: number,
  end: number,
  negatedAt: (start: number, end: number) => boolean,
): boolean {
  const text = tc.norm.text;
  let [a, b] = clauseRange(tc, start, end);
  if (!bareItemAt(tc, a, b)) return false;
  // A list has a shape: three names or more, or a word that joins them ("or", "nor", "或"). "We can't use credit card,
  // PayPal F&F" names one method refused and one offered instead: no list, so the second is read as a request.
  let joined = LIST_WORD.test(text.slice(a, b));
  // The list may go on after the match ("PayPal, Western Union, crypto ni tarjetas"): its later items count too.
  let later = 0;
  for (
    let nb = b;
    later < MAX_ITEMS && nb < text.length && JOINS.test(text.slice(Math.max(0, nb - 3), nb));
    later++
  ) {
    const [na, nextEnd] = clauseRange(tc, nb, nb + 1);
    if (!bareItemAt(tc, na, nextEnd)) break;
    joined ||= LIST_WORD.test(text.slice(na, nextEnd));
    nb = nextEnd;
  }
  for (let items = 1 + later; items <= MAX_ITEMS + later; items++) {
    if (a === 0 || !JOINS.test(text.slice(Math.max(0, a - 3), a))) return false;
    const [pa, pb] = clauseRange(tc, a - 1, a - 1);
    const previous = text.slice(pa, pb);
    if (bareItemAt(tc, pa, pb)) {
      joined ||= LIST_WORD.test(previous);
      [a, b] = [pa, pb];
      continue;
    }
    const method = lastMethodAtEnd(previous, pa);
    return method !== null && (joined || items >= 2) && negatedAt(method[0], method[1]);
  }
  return false;
}
