import type { TextContext } from './text-context';

/**
 * The buyer's own app printed on the goods: "we print a QR code to your WhatsApp Business on the box", "el código QR de
 * su WhatsApp va impreso en la etiqueta", "votre WhatsApp imprimé sur l'emballage", "您的WhatsApp二维码印在包装盒上" — a
 * custom print the buyer orders (its shop's chat, for its own customers), not the seller moving the talk. The name must
 * belong to the buyer ("your", "su", "votre", "Ihr", "您的"), the sentence must print it on the goods, and nothing in
 * the message may hand over the seller's own app or ask the buyer to write or add the seller (stop 48).
 */
const BUYERS_BEFORE =
  /(?:\b(?:your|ur|yr|the\s+customer'?s|the\s+buyer'?s|su|tu|seu|sua|votre|ton|ihr\w*|dein\w*|il\s+suo|la\s+sua|uw|twoj\w*|pana|pani)\s+(?:own\s+)?(?:company\s+|shop\s+|store\s+|business\s+)?|您的|你的|贵司的|貴司的|贵公司的)\s*$/u;
const PRINTED =
  /\b(?:print\w*|imprim\w*|impres\w*|impress\w*|stamp\w*|engrav\w*|emboss\w*|laser\w*|gedruckt|druck\w*|bedruck\w*|stampat\w*|nadruk\w*|drukowan\w*|grav\w*)\b|印|刻|烫金|燙金/u;
const GOODS =
  /\b(?:box|boxes|carton|package|packaging|label|labels|sticker|stickers|card|cards|tag|tags|bag|bags|sleeve|insert|leaflet|flyer|manual|design|artwork|proof|mock-?up|product|lid|caja|etiqueta|embalaje|empaque|embalagem|caixa|boite|emballage|etiquette|karton|verpackung|etikett\w*|scatola|confezione|etichetta|pudelk\w*|opakowan\w*|etykiet\w*)\b|包装|包裝|盒|标签|標籤|贴纸|貼紙|卡片|吊牌/u;
/** The seller's own app or an invitation to write to the seller, anywhere in the message: still a move. */
const SELLERS_OWN =
  /\b(?:my|our|mi|nuestro|meu|nosso|mon|notre|mein\w*|unser\w*)\s+(?:\w+\s+)?(?:whats\s?app|wechat|telegram|line|viber|skype|number|phone|id)\b|\b(?:add|contact|message|text|call|whats\s?app|write\s+to)\s+(?:me|us)\b|我的|我们的|我們的|加我/u;

function sentenceOf(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(...['.', '!', '?', '\n', '。', '！', '？'].map((m) => before.lastIndexOf(m))) + 1;
  const rest = text.slice(end).search(/[.!?\n。！？]/u);
  return text.slice(from, rest < 0 ? text.length : end + rest);
}

export function isBuyersAppPrinted(tc: TextContext, start: number, end: number): boolean {
  const text = tc.norm.text;
  if (!BUYERS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  const sentence = sentenceOf(text, start, end);
  return PRINTED.test(sentence) && GOODS.test(sentence) && !SELLERS_OWN.test(text);
}
