/**
 * "สกรีนโลโก้ได้ทุกตำแหน่ง ขนาดตามความเหมาะสม", "Nakış ve baskı istenilen yere yapılır, ölçü müşteriye göre", "logo
 * printable at any position, size as appropriate": a print or an embroidery whose place and size are left open (any
 * place, whatever size suits). The decoration is offered, not specified: the order records no position or width to
 * check the goods against. Read only on a line that names a print, an embroidery or a logo. "Any position" that the
 * same clause forbids or makes wait for approval ("printing on any side panel is not allowed", "any position change
 * needs written approval", "istenilen yere baskı yapılmaz") closes the place instead of opening it.
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
  // Korean, Japanese and Chinese: "로고 인쇄", "자수", "ロゴ", "刺繍", "丝印", "印刷".
  cjk(['로고', '인쇄', '자수', 'ロゴ', '刺繍', '印刷', '丝印', '絲印', '刺绣', '刺繡']),
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
  // "position to be agreed", "위치는 협의", "位置は応相談", "位置可协商": the place left to a later talk. Not "as agreed"
  // nor "협의된", "相談済み", "协商好": those cite a place already settled (and a written one is the design file's).
  latinWords([
    '(?:logo |print |embroidery )?(?:position|location|placement)s? (?:is |are )?(?:to be |TBD|TBC|tbd|tbc)(?:(?:agreed|discussed|confirmed|decided|determined|negotiated)(?: later)?)?',
    '(?:posición|ubicación|posição|localização|position|emplacement|Position|Platzierung|posizione) (?:a (?:convenir|combinar|definir|confirmar)|por (?:definir|confirmar)|à (?:convenir|définir|confirmer)|nach Absprache|zu vereinbaren|da (?:concordare|definire))',
  ]),
  cjk([
    '위치(?:는|은)?\\s?(?:협의|미정|추후\\s?(?:협의|결정))(?![된한하])',
    '位置(?:は|：|:)?\\s?(?:応相談|要相談|相談|未定)(?![済しさ])',
    '位置(?:可以?|需要?)?(?:协商|協商|商议|商議|待定|另议|另議)(?![好过過])',
  ]),
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

/**
 * A ban or an approval the clause puts on the place: "not allowed", "prohibited", "needs written approval", "only with
 * the buyer's consent", Turkish "yapılmaz" / "yasaktır" / "onay gerektirir", Thai "ห้าม" / "ไม่ได้".
 */
const CLOSED = anyOf(
  latinWords([
    '(?:is |are |be )?(?:not (?:allowed|permitted|accepted|acceptable)|prohibited|forbidden|disallowed)',
    '(?:needs?|requires?|required|subject to|only (?:with|after)|must (?:have|get|be)|pending) (?:(?:the |a |prior |written |buyer[’\x27]?s |customer[’\x27]?s |our )){0,3}(?:approval|consent|confirmation|authori[sz]ation|approved)',
    '(?:yapılmaz|yapılamaz|uygulanmaz|yasak(?:tır)?|izin verilmez|kabul edilmez)',
    '(?:yazılı )?onay(?:ı|a)? (?:gerekir|gerektirir|ile|alınmadan)',
    '(?:no|never|do not|don[’\x27]t|must not|shall not|cannot|can[’\x27]t)',
  ]),
  cjk(['ห้าม', 'ไม่ได้', 'ไม่อนุญาต']),
);
/** The clause an "any place" stands in: up to the nearest comma, semicolon or full stop on either side. */
function clauseAround(text: string, m: Match): string {
  const before = text.slice(0, m.start).search(/[^,;.。!?]*$/u);
  const afterEnd = text.slice(m.end).search(/[,;.。!?]/u);
  return text.slice(before, afterEnd < 0 ? text.length : m.end + afterEnd);
}

/** The open place and size of a decoration the line names. */
export function placementLeftOpen(text: string, line: string): Match[] {
  if (!test(DECORATION, line)) return [];
  const places = findAll(ANY_PLACE, text).filter((m) => !test(CLOSED, clauseAround(text, m)));
  return [...places, ...findAll(ANY_SIZE, text)];
}
