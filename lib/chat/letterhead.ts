import { once, type TextContext } from './text-context';

/**
 * A company's letterhead pasted into the chat: "Tel: +86-20-… Fax: +86-20-… Add: No. 18 …", "电话：… 传真：… 地址：…",
 * the header of a proforma invoice or quotation. Its telephone and fax lines name the company, as its address does;
 * nobody is asked to move. A number is read as the header's when a telephone or fax label stands just before it and
 * the message holds at least two header labels, one of them a fax or an address line. A mobile, WhatsApp or WeChat
 * line, or any word asking the buyer to call, write or add, makes it an invitation again (checked by the caller,
 * which also keeps the message's named apps and moves). Words over normalised text.
 */
const LABEL = String.raw`(?:tel|tel\.|telephone|phone|fax|add|addr|address|web|website|company|tel\s*\/\s*fax|telefono|fono|direccion|endereco|adresse|anschrift|indirizzo|тел|факс|адрес|电话|電話|传真|傳真|地址|网址|網址|電話番号|ファックス|住所|전화|팩스|주소)`;
const LABELS = new RegExp(`(?:^|[\\s|,;/(\\-])(${LABEL})\\s*[.:：]`, 'gu');
const HEADER_ONLY =
  /^(?:fax|add|addr|address|direccion|endereco|adresse|anschrift|indirizzo|факс|адрес|传真|傳真|地址|ファックス|住所|팩스|주소)$/u;
const PHONE_LABEL_BEFORE =
  /(?:tel|tel\.|telephone|phone|fax|tel\s*\/\s*fax|telefono|fono|тел|факс|电话|電話|传真|傳真|電話番号|ファックス|전화|팩스)\s*[.:：]\s*$/u;
/** A personal line or an ask: mobile, WhatsApp, WeChat, "call me", "contact us", "add me", "联系我". */
const PERSONAL_OR_ASK =
  /\b(?:mob|mobile|cell|cellphone|handy|movil|celular|whats\s?app|wechat|we\s?chat|skype|telegram|viber|line\s+id|call|ring|dial|text|contact\s+(?:me|us)|reach|add\s+(?:me|us|my)|write\s+(?:to\s+)?(?:me|us)|message\s+(?:me|us))\b|手机|手機|微信|联系我|聯繫我|加我|打电话|打電話|携帯|휴대폰|мобильн\p{L}*|звоните|позвоните/u;

/** A line that opens with a label ("Tel:", "Add:", "发票抬头：", "SHIPPER:"). */
const LABELLED_LINE = /^\s*[^\s:：][^:：\n]{0,30}[:：]/u;
/**
 * Where a sentence ends and another starts: "Add: Shenzhen. Pls talk to me…", "地址：深圳。以后直接打这个电话". What
 * follows must be another field ("…, Shenzhen. Payment terms: …", "…88号。付款：…").
 */
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{L}{2})|(?<=[。！？])\s*(?=\p{L})/u;
const onlyFields = (line: string) => line.split(SENTENCE_BREAK).every((part) => LABELLED_LINE.test(part));
/** After a telephone or fax number, only another label may follow on its line ("Tel: … Fax: …"), never words. */
const WORDS_AFTER_NUMBER = new RegExp(
  `(?:tel|telephone|phone|fax|тел|факс|电话|電話|传真|傳真|전화|팩스)\\s*[.:：]?\\s*[+\\d][\\d\\s().\\/-]{5,}(?![\\s|,;/]*(?:${LABEL})\\s*[.:：])[\\s|,;/]*\\p{L}`,
  'iu',
);

/**
 * Every line is a header line: a labelled field with nothing said after it, a title ending in a colon, or a name in
 * capitals or title case ("GUANGZHOU MEIHUA COSMETICS CO., LTD.", "PROFORMA INVOICE No. MH2024-0817"). A sentence of
 * the writer's own, in any language, makes the message more than a letterhead, and its numbers are offered again
 * ("Tel: … Fax: … Add: Shenzhen. Pls talk to me by this number directly": the red team's case, stop 35).
 */
function isHeaderOnly(original: string): boolean {
  for (const line of original.split('\n')) {
    const t = line.trim();
    if (!t) continue;
    if (WORDS_AFTER_NUMBER.test(t)) return false;
    if (onlyFields(t)) continue;
    if (/[:：]$/.test(t) && t.length <= 40) continue;
    // A name or an address line in capitals or title case ("No. 18 Huangpu Ave West"): no word of it starts small.
    if (/\p{Lu}/u.test(t) && !/(?:^|[\s,(])\p{Ll}/u.test(t) && !/[^\p{Script=Latin}\P{L}]/u.test(t)) continue;
    return false;
  }
  return true;
}

/** Whether the message is a letterhead block: two header labels or more, one a fax or an address line. */
function isLetterhead(tc: TextContext): boolean {
  return once(tc, 'letterhead', () => {
    const text = tc.norm.text;
    if (PERSONAL_OR_ASK.test(text)) return false;
    if (!isHeaderOnly(tc.norm.original)) return false;
    const kinds = new Set<string>();
    for (const m of text.matchAll(LABELS)) kinds.add(m[1]!.replace(/\.$/, ''));
    return kinds.size >= 2 && [...kinds].some((k) => HEADER_ONLY.test(k));
  });
}

/** The digits at `start` are the telephone or fax line of a letterhead. */
export function isLetterheadNumber(tc: TextContext, start: number, value: string): boolean {
  // A Chinese mobile ("Tel: +86 138 …") is a person's line, whatever the label says.
  if (/^(?:86)?1[3-9]\d{9}$/.test(value)) return false;
  const before = tc.norm.text.slice(Math.max(0, start - 14), start).replace(/\+$/, '');
  return PHONE_LABEL_BEFORE.test(before) && isLetterhead(tc);
}
