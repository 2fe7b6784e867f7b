/**
 * "สกรีนโลโก้ได้ทุกตำแหน่ง ขนาดตามความเหมาะสม", "Nakış ve baskı istenilen yere yapılır, ölçü müşteriye göre", "logo
 * printable at any position, size as appropriate": a print or an embroidery whose place and size are left open (any
 * place, whatever size suits). The decoration is offered, not specified: the order records no position or width to
 * check the goods against. Read only on a line that names a print, an embroidery or a logo.
 */
import { anyOf, cjk, findAll, latinWords, type Match, test } from './patterns';

/** A print, an embroidery or a logo, in English, Turkish and Thai. */
const DECORATION = anyOf(
  latinWords([
    'logos?',
    'print(?:ing|ed)?',
    'embroider(?:y|ed)',
    'nakış',
    'baskı(?:sı)?',
    'işleme',
    'logo(?:su)?',
    'amblem',
  ]),
  cjk(['สกรีน', 'พิมพ์', 'ปัก', 'โลโก้']),
);

/** The place left open: "any position", "anywhere", "istenilen yere", "her yere", "ทุกตำแหน่ง", "ตรงไหนก็ได้". */
const ANY_PLACE = anyOf(
  latinWords([
    '(?:at |on |in )?(?:any|every|whatever) (?:position|place|location|spot|area|side)s?',
    'anywhere',
    '(?:istenilen|istenen|istediğiniz|dilediğiniz|her) (?:yere|yerine|bölgeye|noktaya|konuma)',
    'her yerde',
  ]),
  cjk(['(?:ได้)?ทุกตำแหน่ง', '(?:ตำแหน่ง|ตรง)ไหนก็ได้', 'ทุกจุด']),
);
/** The size left open: "size as suitable", "ölçü müşteriye göre", "ขนาดตามความเหมาะสม". */
const ANY_SIZE = anyOf(
  latinWords([
    '(?:size|dimensions?) (?:as |is )?(?:suitable|appropriate|required|needed|proper|per (?:your )?(?:need|request))',
    '(?:ölçü|ölçüsü|ebat|ebatı|boyut|boyutu) (?:müşteriye|isteğe|talebe|ihtiyaca|duruma) göre',
    '(?:ölçü|ölçüsü|ebat|ebatı|boyut|boyutu) (?:uygun şekilde|serbest|isteğe bağlı)',
  ]),
  cjk(['ขนาด(?:ตาม(?:ความ|ที่)?เหมาะสม|แล้วแต่[^\\s,，]{0,12}|ตาม(?:ที่)?ลูกค้า(?:ต้องการ)?)']),
);

/** The open place and size of a decoration the line names. */
export function placementLeftOpen(text: string, line: string): Match[] {
  if (!test(DECORATION, line)) return [];
  return [...findAll(ANY_PLACE, text), ...findAll(ANY_SIZE, text)];
}
