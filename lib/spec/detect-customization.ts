/**
 * vague-customization: a logo, print or custom design promised without the
 * design file ("logo like photo", "customized logo", "OEM"). Seed 001: send
 * the design files, not just a product photo.
 */

import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { imprintByProcess } from './box-print';
import { type Clause, followingClauses } from './clauses';
import { COLOR_CODE, hasColorCode } from './color-codes';
import { EXACT_DATE } from './date-lexicon';
import { type AttributeDetector, saysNone, valueRange, withoutOverlaps } from './detector';
import { lineFacts } from './line-facts';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import { placementMeasured } from './placement-given';
import { placementLeftOpen } from './placement-left-open';
import { isCompletePrint, namesPrintMethod, printSetUpByCodes, printSizedByCodes } from './print-spec';
import { REGULATORY_LOGO_AFTER, REGULATORY_LOGO_BEFORE, ratingMarksOnly } from './rating-plate';
import { AS_SAMPLE, UNDECIDED } from './reference-lexicon';
import { type VagueHit, vagueFinding } from './spec-finding';
import { supplierTaste } from './supplier-taste';
import { pendingDrawing, unnamedDrawing } from './unnamed-drawing';

/** The word a part-number field is named by, right before "OEM": "referência OEM", "Ref. OEM", "n° OEM". */
const OEM_REFERENCE_BEFORE = String.raw`(?:referen\p{L}{1,4}|Referenz|riferimento|r[ée]f\.?|n[°º]\.?|numer\p{L}{0,2}|número|Nr\.?)\s{1,2}`;
/**
 * A part code with letters among its digits ("04465-0K240"), or digits only with a group of five or more
 * ("90915-10003"). "2024-25" is a season, "3000-5000" a quantity range and "500-1000PCS" a quantity with its unit,
 * none of them a part: an offer still.
 */
const LETTERED_CODE = String.raw`(?![\d.-]*\d\s?(?:PCS?|pcs?|SETS?|sets?|UNITS?|units?|CTNS?|ctns?|PAIRS?|pairs?|PZS?|UDS|uds)(?![\p{L}\d]))(?=[\dA-Z.-]*[A-Z])[\dA-Z]*\d[\dA-Z]{2,}(?:[-.][\dA-Z]*\d[\dA-Z]*)+`;
const LONG_DIGIT_CODE = String.raw`(?=[\d.-]*\d{5})\d+(?:[-.]\d+)+`;
/**
 * Digit groups joined by dots, five digits or more, as OEM catalogues number parts: "4254.86", "12.345.67-01". A
 * run of three-digit groups ("10.000") is a thousands-separated count, and a unit after the figure makes it a
 * quantity: both stay an offer.
 */
const DOTTED_DIGIT_CODE = String.raw`(?![\d.]*\d\s?(?:PCS?|pcs?|SETS?|sets?|UNITS?|units?|CTNS?|ctns?|PAIRS?|pairs?|PZS?|UDS|uds|Stück|szt|шт|adet)(?![\p{L}\d]))(?!\d{1,3}(?:\.\d{3})+(?![\d.-]))(?=(?:\d\.?){5})\d{2,}(?:\.\d{2,}){1,3}(?:-\d{1,3})?`;
/** Groups of three letters and digits parted by spaces, as VAG and others print them: "06A 115 561 B". */
const SPACED_CODE = String.raw`(?=[\dA-Z ]*[A-Z])(?=[\dA-Z ]*\d)[\dA-Z]{3}(?: [\dA-Z]{3}){2}(?: [A-Z]{1,2})?`;
/**
 * The part number right after "OEM": its label ("-Nr.", "#", "n°") or a code whose groups are joined by a hyphen or
 * a dot and carry a digit each ("04465-0K240", "12345-ABC10", "4254.86"), or spaced groups ("06A 115 561 B");
 * "OEM 500 pcs" or "OEM, 500 pcs" stays an offer.
 */
const OEM_PART_CODE_AFTER = String.raw`[-\s]?(?:Nr\.?|n[°º]|#)|\s{1,2}(?:${LETTERED_CODE}|${LONG_DIGIT_CODE}|${DOTTED_DIGIT_CODE}|${SPACED_CODE})(?![\p{L}\d])`;

const CUSTOM_CUE = anyOf(
  latinWords([
    "(?:custom(?:i[sz]ed)?|personali[sz]ed|your|our|customer[’']?s?|brand) (?:logo|design|print(?:ing)?|artwork|pattern|label|packaging)s?",
    "(?:print|engrave|emboss|deboss|stamp)(?:ed|ing)? (?:our |your |the |a |customer[’']?s? )?logos?",
    '(?:laser[- ]engraved|engraved|embroidered|embroidery|silk[- ]?screen(?:ed)?|pad[- ]printed|printed|heat transfer|UV printed) logos?',
    // "logo CE", "WEEE logo": the mark a regulation draws, not the buyer's brand (rating-plate.ts).
    `${REGULATORY_LOGO_BEFORE}logos?${REGULATORY_LOGO_AFTER}`,
    `${REGULATORY_LOGO_BEFORE}logotipo(?: personalizado)?${REGULATORY_LOGO_AFTER}`,
    // "referência OEM 04465-0K240", "OEM-Nr. 1K0 615 301", "OEM # 31-4410": OEM names whose part number follows, a
    // reference to check the part against, not an offer to put a brand on it.
    `(?<!${OEM_REFERENCE_BEFORE})OEM(?:/ODM)?(?! (?:part|parts|no\\.?|number|replacement|quality|equivalent|spec|production|manufactur\\w*|factory|supplier|experience|business))(?!${OEM_PART_CODE_AFTER})`,
    'ODM',
    'private label',
    'white[- ]label',
    'customi[sz]ed',
    'custom printing',
    'customi[sz]ation',
    'personali[sz]ado',
    'personnalisée?',
    'individuelles? (?:Logo|Design|Druck)',
    // "Dienstleistung: Individualisierung möglich", "Servicio: personalización disponible": the offer to customise,
    // as "customization available" is in English; what goes on the goods is still open.
    'Individualisierung',
    'Personalisierung',
    'kundenspezifische[nrs]? (?:Anfertigung|Logo|Design|Druck|Verpackung)',
    'personali[sz]aci[óo]n',
    'personnalisation',
    'personaliza[çc][ãa]o',
    'personalizzazione',
    // A made-to-order shape or design described by a picture instead of a drawing.
    'custom (?:shape|mou?ld(?:ing)?|design|pattern|print(?:ing)?)s?',
    '(?:design|pattern|shape|artwork|print|style)s? (?:like|as per|as in|same as|similar to|according to|based on) (?:the |our |your |a |this )?(?:pictures?|photos?|images?|pics?|screenshots?)',
    // "Shape: as picture", "Design: like the photo": the same with a colon between the thing and its picture.
    // "Cap: same as picture", "Handle: like photo": a made part of the product shown, not specified.
    '(?:design|pattern|shape|artwork|style|cap|lid|closure|pump|sprayer|dropper|handle|knob|button|buckle|zipper|zip puller|nozzle|trigger)s?\\s{0,2}[:：]\\s{0,3}(?:like|as(?: per| in| shown in)?|same as|similar to|according to|based on) (?:the |our |your |a |this )?(?:pictures?|photos?|images?|pics?|screenshots?)',
    'personalizzat[oaie](?! (?:taglia|misura|colore|dimensioni))',
    '(?:logo|stampa|marchio) personalizzat[oa]',
  ]),
  // "Логотип нанести как обсуждали в WeChat": the logo in Cyrillic is the same cue.
  scriptWords(['логотип(?:а|ом|ы|ов)?']),
  cjk([
    '定制',
    '印(?:我们的)?logo',
    '丝印',
    '烫金',
    '刻字',
    '(?:形状|款式|造型|图案)\\s{0,2}[:：]?\\s{0,2}(?:如图|按图片?|跟图片一样|参照图片|参考图片)',
  ]),
);
/**
 * "Print: CMYK offset, 300 dpi files, proof signed before run", "印刷：CMYK四色…客户签样后开机": a print run set
 * up by its colour model or press and held to a proof the buyer signs. The signed proof is the artwork; the
 * line leaves nothing to the printer's taste.
 */
const PROOF_SIGNED = anyOf(
  latinWords([
    '(?:proofs?|artwork|PDF proof|hard proof|contract proof) (?:to be |must be |is )?(?:signed|approved|signed off)',
    '(?:signed|approved)(?: off)? (?:hard |contract |PDF )?proofs?',
    'prueba (?:firmada|aprobada)',
    'BAT (?:signé|validé)',
    'prova (?:assinada|aprovada)',
  ]),
  cjk(['签样', '确认稿', '打样确认', '样稿确认']),
);
const PRESS_SETUP = anyOf(
  latinWords([
    'CMYK',
    '4C',
    '4/4',
    'four[- ]colou?r',
    'offset',
    'Pantone',
    'PMS',
    'spot colou?rs?',
    '\\d{3} ?dpi',
  ]),
  cjk(['四色', '专色', '潘通']),
);
/**
 * "Estampa: silkscreen nas costas, texto e cor a serem definidos": the print is
 * promised, its content is left for later. Read on the whole clause: "texto e
 * cor" before the verb can read as a label.
 */
const CONTENT_UNDECIDED = latinWords([
  // "grafica da definire", "diseño por confirmar", "Druckdesign noch offen": the box's or print's design itself.
  '(?:texto|texte|text|testo|scritta|wording|Text|Aufdruck|arte|artwork|estampa|estampado|stampa|print(?:ing)?|impression|grafica|gr[aá]fica|graphisme|disegno|dise[ñn]o|design|Druckdesign|Gestaltung|Motiv|layout)(?:\\s{0,2}[:：])?(?: [^.;:]{0,30}?)? (?:a ser(?:em)? definid[oa]s?|a definir|por definir|à définir|da definire|da definirsi|da (?:stabilire|confermare)|por confirmar|a confirmar|à confirmer|to be (?:confirmed|decided|defined|agreed)|TBD|TBC|noch (?:festzulegen|offen|zu definieren)|da concordare|a concordar|por acordar|à convenir)',
  // "diseño pendiente", "Design offen", "grafica in attesa": the open word right after the design word, nothing between.
  '(?:grafica|gr[aá]fica|graphisme|disegno|dise[ñn]o|design|Druckdesign|Gestaltung|layout|arte|artwork)(?:\\s{0,2}[:：])? (?:pendiente|pendente|en attente|in attesa|offen|pending|open)(?=\\s{0,2}(?:$|[,;.)]))',
]);

/** "Custom size" and "custom colour" belong to the size and colour checks. */
const OTHER_ATTRIBUTE_AFTER = /^[\s-]*(?:sizes?|colou?rs?|dimensions?)\b/iu;
const NO_LOGO = anyOf(
  latinWords([
    'no logo',
    'without logo',
    'blank',
    'plain',
    'unbranded',
    // The same instruction in the other languages read: "sin logo", "sans logo", "ohne Logo", "sem logo", "senza logo",
    // "bez logo", "logosuz", "không in logo", "tanpa logo", "zonder logo".
    'sin (?:logo(?:tipo)?|marca)',
    'sans (?:logo|marque)',
    'ohne (?:Logo|Marke|Branding)',
    'sem (?:logo(?:tipo|marca)?|marca)',
    'senza (?:logo|marchio)',
    'bez (?:logo|nadruku|marki)',
    'logosuz',
    'không (?:in )?logo',
    'tanpa (?:logo|merek)',
    'zonder (?:logo|merk)',
    // "logo yok", "logo: brak", "logo tidak ada": the absence word written after the logo, as Turkish, Polish and
    // Malay put it; and the preposed forms "brak logo", "geen logo", "walang logo", "không có logo".
    '(?:logo|marka)\\s{0,2}[:：-]?\\s{0,2}(?:yok(?:tur)?|olmayacak|istenmiyor|brak|tidak ada|tiada|wala|geen|ingen)',
    '(?:brak|geen|ingen|walang|tiada|tidak ada|không có) (?:logo|marki|merk|marka|tatak)',
  ]),
  scriptWords([
    'без логотипа',
    'логотип(?:а)?\\s{0,2}[:：—-]?\\s{0,2}(?:нет|не нужен|не требуется|отсутствует)',
  ]),
);

const FIX = msg('spec.fix.customization');
const WHY = msg('spec.why.customization');

/** "OEM /Blank", "blank or with logo": both offered, nothing decided. */
const ALTERNATIVES = /\/|\b(?:or|ou|oder)\b|(?<![\p{L}])или(?![\p{L}])/iu;

/**
 * "no logo or brand marks on product, inner box or carton", "sin logo ni marca en el producto ni en la caja": the
 * negation runs over the list after it, so its "or" joins the things left off, not two choices. The negated stretch
 * runs from the no-logo words to the next comma or stop; what is offered as a choice must stand outside it.
 */
const NEGATED_LIST = '(?:[^,;.，；。]{0,60})';
/**
 * "blank or with logo", "no logo or printed logo", "logo yok ya da lazer logo": the stretch itself offers the logo as
 * the other choice.
 */
const OFFERED_INSIDE =
  /\b(?:or|ou|oder|o)\s+(?:with|con|avec|mit|com|printed|custom\p{L}*|personali[sz]ed|engraved|embroidered|your|our|OEM|logo)\b|\/\s{0,2}(?:OEM|with|logo)|\b(?:ya da|veya|lub|atau|hoặc|o kaya)\s[^,;.]{0,20}logo/iu;
/** "logo or no logo", "OEM / blank": the choice written before the no-logo words. */
const OFFERED_BEFORE = /(?:\b(?:or|ou|oder|o)|\/|(?<![\p{L}])или)\s{0,3}$/iu;

/**
 * "no logo, but we can print yours if you like", "Logo yok ama isterseniz baskı yapabiliriz", "sin logo, pero
 * podemos imprimirlo", "zonder logo, maar bedrukken is mogelijk": a "but" after the no-logo words that OFFERS a logo
 * or a print on the goods takes the "no" back, and the logo is open again. The offer needs both an offer (can, if
 * you want, possible, on request) and a logo or print; "but export carton printed with barcode" marks the packing,
 * and "but brand new" praises the goods: neither offers a logo. Read up to the next full stop.
 */
const BUT_AFTER =
  /(?<![\p{L}])(?:but|however|pero|mais|aber|jedoch|mas|porém|ma|però|ama|fakat|ancak|tapi|namun|nhưng|ale|lecz|maar|но|однако)\s([^.;。；]{0,60})/iu;
const OFFER_WORD =
  /(?:(?<![\p{L}])(?:can|could|may|if (?:you|needed|required)|possible|on (?:request|demand)|upon request|available|podemos|puede|pueden|se puede|posible|bajo pedido|a pedido|pouvons|peut|possible|sur demande|können|kann|auf Wunsch|möglich|podemos|pode|possível|sob encomenda|possiamo|può|possibile|su richiesta|kunnen|kan|mogelijk|op verzoek|bisa|dapat|có thể|możemy|можем|можно|по запросу)(?![\p{L}])|isterseniz|istenirse|yapabiliriz|basabiliriz|basılabilir|mümkün|可以|可)/iu;
const LOGO_PRINT_WORD =
  /(?:print|logo|custom|engrav|emboss|OEM|imprim|impres|personali|druck|gravier|grab|grav|(?:your|su|sua|seu|votre|vostro|Ihre?)\s(?:own\s)?(?:brand|marca|marque|marchio|Marke)|stamp|bask[ıi]|bas(?:abil|ıl)|logolu|cetak|sablon|in (?:logo|ấn)|nadru|drukuj|bedruk|печат|логотип|标|印)/iu;
/** A print on the packing, not on the goods: "export carton printed", "caja impresa con código de barras". */
const PACKING_PRINT =
  /(?:carton|box|barcode|bar code|shipping marks?|caja|cart[oó]n|código de barras|colis|carton|Karton|Barcode|caixa|koli|barkod|doos|karton|streepjescode|kardus|纸箱|外箱|条码)/iu;

function butOffersALogo(after: string): boolean {
  const m = BUT_AFTER.exec(after);
  if (!m) return false;
  const offer = m[1] ?? '';
  return OFFER_WORD.test(offer) && LOGO_PRINT_WORD.test(offer) && !PACKING_PRINT.test(offer);
}

/** No logo at all, and not offered as one choice among others. */
function saysNoLogo(text: string): boolean {
  const negated = findAll(`(?:${NO_LOGO})${NEGATED_LIST}`, text);
  if (negated.length === 0) return false;
  if (negated.some((m) => butOffersALogo(text.slice(m.start)))) return false;
  if (
    negated.some(
      (m) =>
        OFFERED_INSIDE.test(m.text) || OFFERED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)),
    )
  )
    return false;
  const outside = negated.reduce(
    (t, m) => t.slice(0, m.start) + ' '.repeat(m.end - m.start) + t.slice(m.end),
    text,
  );
  return !(test(CUSTOM_CUE, outside) && ALTERNATIVES.test(outside));
}

/** A line that is one print's description: "Print: …", "Logo: …", "印刷：…", "Impresión: …". */
const PRINT_LINE_LABEL =
  /^\s{0,3}(?:(?:front|back|chest|sleeve|left|right|side|lid|box|bag|label|main|second) ){0,2}(?:logo(?: print(?:ing)?)?|print(?:ing)?|imprint|artwork|impresi[oó]n|impression|marquage|Druck|Logodruck|impress[aã]o|stampa|(?:正面|背面|胸前|袖子|盒子|外箱)?(?:印刷|丝印|LOGO印刷|标志))\s{0,2}[:：]/iu;

/** The clause plus the few clauses right after it that size or place the same print ("logo size: …"). */
function printText(clause: Clause, line: string): string {
  const parts = [clause.text];
  for (const c of followingClauses(clause, line)) {
    if (!/logo|print|embroider|engrav|position|placement/iu.test(c.text.slice(0, c.valueStart))) break;
    parts.push(c.text);
  }
  return parts.join(', ');
}

/** Method or colours, size and position all given, and nothing left to a photo or to later. */
function completePrint(clause: Clause, line: string): boolean {
  // "印刷：单色丝印，潘通186C，LOGO尺寸80×40mm，领口下70mm居中": a line headed by the print label describes one
  // print across its clauses, so the method and colours written before this clause count too.
  // "cover hot-foil Pantone 871 C gold, logo 40 × 12 mm centred…": the method just before, in the same stretch
  // of the line (up to the last ";"), belongs to this print too.
  const stretch = line.slice(Math.max(0, line.lastIndexOf(';', clause.start) + 1), clause.start);
  const head = PRINT_LINE_LABEL.test(line)
    ? line.slice(0, clause.start)
    : namesPrintMethod(stretch)
      ? stretch
      : '';
  const text = head + printText(clause, line);
  return (
    (isCompletePrint(text) || printSizedByCodes(text)) && !test(AS_SAMPLE, text) && !test(UNDECIDED, text)
  );
}

/** A value that is a measurement with a physical unit ("max. 10 bar", "6 bar", "2,5 MPa"), not a print description. */
const MEASURED_VALUE =
  /^\s{0,3}(?:max\.?|min\.?|ca\.?|bis|up to)?\s{0,3}\d[\d.,]{0,8}\s{0,2}(?:bar|mbar|psi|MPa|kPa|Pa|N|kN)(?![\p{L}])/iu;

/**
 * "Artwork approval by 5 Jan 2027, PP sample by 25 Jan 2027", "BAT validé avant le 12 mars": a milestone of the
 * schedule, the day by which the artwork is to be approved; the design itself is not described here.
 */
const MILESTONE = anyOf(
  `${latinWords([
    '(?:artwork|design|logo|proof|mock[- ]?up|layout|BAT|arte(?: final)?|maqueta|Druckfreigabe|Entwurf)s? (?:approval|confirmation|sign[- ]?off|submission|approved|confirmed|due|deadline|aprobaci[oó]n|aprovação|validation|validée?|Freigabe)',
  ])}\\s{0,3}[:：]?\\s{0,3}(?:${latinWords(['by', 'before', 'on', 'until', 'no later than', 'antes del?', 'avant le', 'bis (?:zum)?', 'até', 'entro il'])})?\\s{0,3}(?:${EXACT_DATE})`,
);

/**
 * "Body colour Pantone Cool Gray 11 C, logo Pantone Warm Red C": on a line giving each part its colour code, the
 * logo's clause gives the logo's colour, by a code a lab can match; its artwork is not what the clause is about.
 */
const ONLY_A_CODE = new RegExp(`^(?:in\\s{1,2})?(?:${COLOR_CODE})$`, 'iu');
function colourOfAPart(clause: Clause, line: string, value: string): boolean {
  if (!ONLY_A_CODE.test(value.trim())) return false;
  const elsewhere = line.slice(0, clause.start) + line.slice(clause.start + clause.text.length);
  return hasColorCode(elsewhere);
}

/**
 * "Artwork: vector .ai, fonts outlined, min line 0.3 pt, Pantone 286 C": the artwork's delivery spec — the file
 * format, text turned to outlines, the finest line the press holds, and the inks by code. The supplier prints
 * the buyer's file as given; nothing about the design is left to the factory.
 */
const ARTWORK_FILE =
  /(?:^|[\s(])\.(?:ai|eps|pdf|svg|cdr|dxf)\b|\b(?:vector|vectori[sz]ed|vectorial|vectoriel)\b|\b(?:AI|EPS|SVG|PDF\/X-?\d\w*)\s{0,2}(?:files?|format)\b/iu;
const PREPRESS_RULE =
  /\b(?:fonts?|texts?|type|letters?)\s{1,2}(?:outlined|converted (?:to|into) (?:outlines|curves|paths))\b|\boutlined\s{1,2}(?:fonts?|texts?)\b|\b(?:min(?:imum|\.)?|≥)\s{0,2}(?:line|stroke|line width|stroke width|linha|trazo|trait)\s{0,2}(?:width\s{0,2})?[:：]?\s{0,2}\d+(?:[.,]\d+)?\s{0,2}(?:pt|mm)\b|\b(?:fuentes|polices|fontes) (?:trazadas|vectorisées|convertidas)\b/iu;
function artworkPrepress(line: string): boolean {
  return ARTWORK_FILE.test(line) && PREPRESS_RULE.test(line) && hasColorCode(line) && !test(UNDECIDED, line);
}

/**
 * "Brand Name: OEM", "Marca: OEM/ODM", "品牌：OEM": a listing's brand field answered "OEM" says whose brand the goods
 * carry (none of the factory's; the buyer's, or none), as "Brand: Bosch" names a maker. It is the seller's
 * classification of the product, not a promise to print anything: a logo the order does ask for is read wherever
 * it is written ("logo", "print"), and those cues stay flagged under the same field. "OEM /Blank" still offers two
 * choices (the buyer's brand or none), so it stays open.
 */
const BRAND_LABEL =
  /^\s{0,3}(?:brand(?:\s{1,2}name)?|brand\s{0,2}\/\s{0,2}(?:model|trademark)|trademark|marca|marque|Marke|marchio|merk|marka|thương hiệu|品牌(?:名称)?|商标|ブランド(?:名)?|브랜드)\s{0,2}[:：]/iu;
// Only "OEM" as the whole value is the listing's classification: "customized", "private label", "white label",
// "OEM (we print your brand)", "OEM welcome" offer to put a brand on the goods, and which brand stays open.
const BRAND_SOURCE = /^(?:OEM(?:\/ODM)?|ODM)$/iu;
function wholeBrandValue(clause: Clause, m: { start: number; end: number }): boolean {
  const rest = clause.text.slice(clause.valueStart, m.start) + clause.text.slice(m.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}
function brandField(clause: Clause): boolean {
  return clause.valueStart > 0 && BRAND_LABEL.test(clause.text.slice(0, clause.valueStart));
}

export const customizationDetector: AttributeDetector = {
  attribute: 'customization',
  detect(clause: Clause, line: string): Finding[] {
    if (
      lineFacts(line).designFile ||
      saysNoLogo(clause.text) ||
      completePrint(clause, line) ||
      artworkPrepress(line) ||
      // "Printing: 2 colours, Pantone 186 C + Pantone Black C, 1 side, offset": every ink coded, sides and press named.
      (clause.attribute === 'customization' &&
        !test(UNDECIDED, clause.text) &&
        !test(AS_SAMPLE, clause.text) &&
        printSetUpByCodes(clause.text, findAll(COLOR_CODE, clause.text).length))
    )
      return [];
    if (
      test(PROOF_SIGNED, line) &&
      test(PRESS_SETUP, line) &&
      !test(UNDECIDED, line) &&
      !test(AS_SAMPLE, line)
    )
      return [];
    const text = clause.text;
    if (clause.attribute === 'customization') {
      const range = valueRange(clause);
      if (!range || saysNone(text.slice(range.start, range.end))) return [];
      // "Druck: max. 10 bar", "Печать: …" — German "Druck" is pressure too: a measured value is no print.
      if (MEASURED_VALUE.test(text.slice(range.start, range.end))) return [];
      if (test(MILESTONE, text) || colourOfAPart(clause, line, text.slice(range.start, range.end))) return [];
      // "Marquage plaque signalétique : 220-240V~ 50Hz 1200W, CE": ratings and regulatory marks, nothing designed.
      if (ratingMarksOnly(text.slice(range.start, range.end))) return [];
      // "Color box printing: 4C offset on 300g ivory board": the pack's print by its press and board (box-print.ts);
      // a logo or design cue in the value is still the buyer's art to name.
      const value = text.slice(range.start, range.end);
      if (imprintByProcess(text.slice(0, clause.valueStart), value) && !test(CUSTOM_CUE, value)) return [];
      // "Logo position: centre front, 5 cm below collar": the placement field answered by a measured place.
      if (placementMeasured(text.slice(0, clause.valueStart), value)) return [];
      const start = text.slice(0, clause.valueStart).search(/\S/u);
      return [
        vagueFinding('customization', clause, {
          start: Math.max(0, start),
          end: range.end,
          why: WHY,
          fix: FIX,
        }),
      ];
    }
    const searchable = clause.attribute
      ? ' '.repeat(clause.valueStart) + text.slice(clause.valueStart)
      : text;
    const hits: VagueHit[] = findAll(CUSTOM_CUE, searchable)
      .filter((m) => !OTHER_ATTRIBUTE_AFTER.test(searchable.slice(m.end, m.end + 16)))
      // "Size: customized" is about the size; customized packaging is artwork, so it stays.
      .filter(
        (m) =>
          !(
            clause.attribute &&
            clause.attribute !== 'packaging' &&
            /^(?:customi[sz]ed|定制)$/iu.test(m.text)
          ),
      )
      .filter(
        (m) =>
          !(
            brandField(clause) &&
            BRAND_SOURCE.test(m.text) &&
            wholeBrandValue(clause, m) &&
            !ALTERNATIVES.test(clause.text.slice(clause.valueStart))
          ),
      )
      .map((m) => ({ ...m, why: WHY, fix: FIX }));
    for (const m of findAll(CONTENT_UNDECIDED, text)) hits.push({ ...m, why: WHY, fix: FIX });
    // "design according to the factory's taste": the look left to the supplier's eye.
    for (const m of supplierTaste(text, line)) hits.push({ ...m, why: WHY, fix: FIX });
    // "logo at any position, size as suitable": where and how big the decoration goes, left open.
    for (const m of placementLeftOpen(text, line)) hits.push({ ...m, why: WHY, fix: FIX });
    // "Machining: as per drawing" with no drawing named on the line (sizes and materials read it under their own rules).
    if (clause.attribute !== 'size' && clause.attribute !== 'material')
      for (const m of [
        ...unnamedDrawing(text, clause.attribute ? clause.valueStart : 0),
        ...pendingDrawing(text, clause.attribute ? clause.valueStart : 0),
      ])
        hits.push({ ...m, why: WHY, fix: FIX });
    return withoutOverlaps(hits).map((h) => vagueFinding('customization', clause, h));
  },
};
