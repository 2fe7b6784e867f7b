/**
 * A colour given as a numbered entry of a named colour card: "按确认色卡 No.C-17", "kolor wg wzornika producenta
 * nr 12", "teinte selon nuancier n° 34", "Farbe nach Farbkarte Nr. 7". The card is a physical standard both sides
 * hold, and its number picks one swatch, as a Pantone code picks one ink.
 */
import { anyOf, cjk, regex, scriptWords } from './patterns';

const CARD = anyOf(
  scriptWords([
    'wzorni(?:k|ka|ku)(?: (?:kolorów|barw))?',
    'karta? (?:kolorów|barw)',
    'nuancier',
    'cartes? (?:de )?(?:couleurs?|teintes?)',
    'Farb(?:karte|fächer|muster(?:karte)?)',
    'cartas? de colou?res',
    'muestrario',
    'cartela de cores',
    'cartell[ae](?: colori)?',
    'mazzetta(?: colori)?',
    'цветов(?:ой|ая|ую) (?:карт[аеуы]|палитр[аеуы])',
    'карт[аеуы] цветов',
    'renk kartelası(?:na)?',
    'kartela',
    // "per yarn card SK-YC-5 codes 101/214", "thread card TC-9 no. 1801": a spinner's or thread maker's card.
    '(?:yarn|thread|dye) (?:colou?r )?cards?',
    'bảng màu',
    '색상\\s?(?:카드|견본|차트)',
    '컬러\\s?(?:카드|차트)',
  ]),
  cjk(['色卡', '色板', '色样卡', '色见本', 'カラーチャート', '色見本']),
);
// "色卡（编号CK-07）", "Farbkarte (Nr. 7)": the number in brackets after the card, marked as a number.
/** The maker whose card it is may stand between card and number: "wzornika producenta nr 12". */
// Then the number needs its mark ("nr", "No.", "№"), so "палитра богатая 5 цветов" is not read as a card entry.
const OWNER = String.raw`(?:\s{1,2}[\p{L}]{2,16}){1,2}?`;
// "n.º 4" (Spanish, Portuguese) and "n. 4" (Italian) mark the number as "No. 4" does.
const MARK = String.raw`(?:no\.?|nr\.?|n[°ºo]\.?|n\.\s?[°º]?|№|#|编号)`;
// Not a card's own code followed by its codes ("card TK-2 codes 200 to 480"): those are read by CARD_CODE below.
const ENTRY = String.raw`\s{0,2}[A-Z]{0,4}[-‐.]?\d{1,5}(?!\d)(?!\s{1,3}(?:codes?|${MARK})\s{0,2}\d)`;
/**
 * Or the card signed on a date ("theo bảng màu đã ký ngày 10/4/2026", "colour card signed on 2026-04-10"): the copy
 * both sides signed that day is the standard, as a numbered entry is.
 */
const SIGNED = String.raw`(?:đã ký|đã duyệt|signed|approved|firmad[ao]|aprobad[ao]|firmat[ao]|approvat[ao]|signée?|unterschrieben|freigegeben|assinad[ao]|aprovad[ao]|подписанн\p{L}*|утвержд[её]нн\p{L}*)`;
const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
// The card may carry its own code before the entries, which are then marked as codes: "yarn card SK-YC-5 codes 101/214".
// A range of codes ("codes 101 to 350", "codes 101-350") is a stretch of the card to pick from, not an entry.
const NOT_A_RANGE = String.raw`(?!\d|\s{0,2}(?:-|–|—|~|to|a|à|bis|do|até|al|до|至|到)\s{0,2}\d)`;
const CARD_CODE = String.raw`\s{1,2}[A-Z][A-Z0-9]{0,5}(?:[-‐][A-Z0-9]{1,6}){0,3}\s{1,3}(?:codes?|${MARK})\s{0,2}\d{2,5}${NOT_A_RANGE}`;
const NUMBERED_CARD = regex(
  `${CARD}(?:${CARD_CODE}|\\s{0,3}${MARK}?${ENTRY}|\\s{0,2}[(（]\\s{0,2}${MARK}\\s{0,2}[:：]?${ENTRY}|${OWNER}\\s{1,3}${MARK}${ENTRY}|(?:\\s{1,2}[\\p{L}]{1,16}){0,2}?\\s{1,2}${SIGNED}(?:\\s{1,2}[\\p{L}]{1,8}){0,2}\\s{1,2}${DATE})|${cjk(['色卡', '色板'])}\\s{0,2}第?\\d{1,5}\\s{0,2}号`,
  'iu',
);

/**
 * "any shade on yarn card YC-5 …", "choose from yarn card YC-5 …", "a elegir de la carta de colores nº 12": the card
 * is the menu and the pick is still to come, whoever makes it; numbered or not, it fixes no colour yet.
 */
const OPEN_PICK = regex(
  anyOf(
    scriptWords([
      'any (?:shade|colou?r|tone)s?',
      // Not "selected from" / "chosen from": a pick already made, which the entry number records.
      '(?:choose|pick|select) (?:from|on|off)',
      'choice (?:from|of)',
      'to (?:be )?(?:pick|choose|select)(?:ed)? later',
      'cualquier (?:color|tono)',
      '(?:a )?elegir (?:de|en|del)',
      "n[’']importe quel(?:le)? (?:couleur|teinte)",
      '(?:au|à) choix',
      'choisir (?:dans|sur)',
      'beliebige[rn]? (?:Farbe|Farbton)',
      'nach Wahl',
      'a scelta',
      'qualsiasi (?:colore|tinta)',
      'qualquer (?:cor|tom)',
      '(?:a )?escolher (?:da|do|na|no)',
      'dowolny kolor',
      'do wyboru',
      'wybór z',
    ]),
    cjk(['任选', '任意颜色', '任意色', '自选']),
  ),
  'iu',
);

/** Whether `text` names one numbered entry of a colour card, and not the card as a menu still to pick from. */
export function namesNumberedCardEntry(text: string): boolean {
  return NUMBERED_CARD.test(text) && !OPEN_PICK.test(text);
}
