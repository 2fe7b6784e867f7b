/**
 * vague-color: a colour given by name ("red", "红色", "as picture") instead of
 * a code a lab can compare against (Pantone, RAL, HEX, RGB, CMYK, NCS).
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { colourAlternatives, leftToStock } from './alternatives';
import { approximatedCodes, PANTONE_FIELD } from './approximate-code';
import { boardLeftUnprinted } from './board-shade';
import { breakdownIn, insideBreakdown, perVariantCount } from './breakdown';
import { neutralOfACableJacket } from './cable-jacket';
import type { Clause } from './clauses';
import { backsACodedColour } from './coded-reference';
import { hasColorCode, TRIM_MAKER } from './color-codes';
import { ASSORTED_COLOURS, COLOR_MODIFIERS, COLOR_NAME, COLOUR_PRAISE } from './color-words';
import { namesNumberedCardEntry } from './colour-card';
import { buyerPicksFromMenu, countedColourList } from './colour-menu';
import { colourWordNamesAMaterial, glassTypeValue, naturalOfAPolymer } from './colour-named-material';
import { oneColourPerPack } from './colour-per-pack';
import { isColumnHeaderRow } from './column-headers';
import { DURATION } from './date-lexicon';
import { defectMarkSpans, insideDefectMark } from './defect-marks';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { GRADE } from './grades';
import { lineFacts } from './line-facts';
import { aboutPackMarks, fieldNounsOnly } from './mark-fields';
import { colourNamedByItsCode } from './own-colour-code';
import { anyOf, cjk, findAll, latinWords, type Match, regex, test } from './patterns';
import { aboutABoard, pcbFinishColour } from './pcb-finish';
import { isCompletePrint } from './print-spec';
import { MOQ } from './quantity-lexicon';
import { DESIGN_FILE, heldToIdentifiedSample, OR_SIMILAR, SAMPLE_IDENTIFIED } from './reference-lexicon';
import { referenceSuppliedOnly } from './reference-supplied';
import { type VagueHit, vagueFinding } from './spec-finding';
import { colourNamesAStone } from './stone-name';
import { toneNotAColour } from './tone-not-colour';
import { leftUncoloured } from './uncoloured';
import { namesZincPassivation } from './zinc-passivation';

const COLOR_PHRASE = `(?:${latinWords(COLOR_MODIFIERS)}[\\s-]+){0,2}${COLOR_NAME}(?:\\s*(?:[/&-]|and|y|et|und|e)\\s*(?:${latinWords(COLOR_MODIFIERS)}[\\s-]+)?${COLOR_NAME})*(?:\\s+colou?r)?`;
/** Colours that a screen, a lamp or a print reproduces: praise of them is about image quality. */
const RENDERED_COLOUR = anyOf(
  latinWords([
    'screens?',
    'displays?',
    'LCD',
    'OLED',
    'AMOLED',
    'IPS',
    'monitors?',
    'LEDs?',
    'RGB',
    'lights?',
    'lighting',
    'lamps?',
    'bulbs?',
    'images?',
    'pictures? quality',
    'photos?',
    'video',
    'camera',
    'projector',
    'TFT',
    'touch ?screen',
    'panel',
    'backlight',
    'dials?',
    'watch ?faces?',
    'themes?',
    'wallpapers?',
    'UI',
    'interface',
    'CRI',
    'Ra',
    'rendering',
    'lumens?',
    'lux',
    'printing quality',
    'print quality',
    'pantalla',
    'écran',
    'Bildschirm',
    'Display',
    'tela',
    'schermo',
  ]),
  cjk(['屏幕', '显示屏', '灯光']),
);

/** Names that are not a colour: compounds, proper nouns, plating and box types. */
// "grey cast iron", "white iron": the name of a cast-iron family, not a paint colour; "white oak", "black
// walnut", "red cedar": the name of a timber species.
// "red rust", "white rust": corrosion products named by salt-spray tests, not the colour of the goods.
// "Silver (or higher) certified", "Gold level", "Gold supplier": a tier, not a colour.
// "pink noise", "white-noise source", "brown noise": the spectrum of a test or masking signal (IEC 60268-1 pink
// noise), named after light by analogy, not a colour of the goods.
// "white goose down", "grey duck feather": the grade of a down fill (white down is sorted from white birds and sells
// at its own price), named by the bird and the fill, not a colour the filling is dyed.
const NOT_A_COLOUR_AFTER =
  /^[\s-]*(?:(?:goose|duck|eider)[ -]?(?:down|feathers?)|(?:cast[- ])?iron|oak|walnut|cedar|pine|birch|maple|spruce|poplar|beech|mahogany|willow|ash\s+(?:wood|timber|veneer|lumber|solid)|wine|sea|wing|ray|bull|cross|friday|house|label|tea|card|box|boxes|carton|goods|plated|plating|week|sample|&\s*decker|and decker|sun|star|board|corrugated|kraft|cardboard|paperboard|list|glove|scale|light[- ](?:blocking|filter)|collar|belt|market|rust|noise|paper(?! colou?r)|\(?or (?:higher|better|above)|(?:level|tier|rating|rated|medal|member(?:ship)?|status|certified|certification|supplier)\b)\b/iu;
/** Read on the last few characters only: a pattern anchored at the end re-scans the whole prefix per match. */
// "LWG Silver", "Gold member", "Platinum level": the tier of a certification or a membership, not a colour.
// "bruit rose", "ruido blanco", "rumore rosa": the same test signals, with the colour after the noise.
const NOT_A_COLOUR_BEFORE =
  /(?:bruit|ruido|ru[ií]do|rumore|szum|шум|sterling|925|\d{1,3}\s{0,2}k|pantone|LWG|(?:rated|rating|tier|level|medal|award|status)\s{0,2}[:：]?)\s{0,3}$/iu;
/** The colour words that are also the names of precious metals. */
const PRECIOUS_METAL =
  /^(?:(?:rose|white|yellow|red)[ -]?)?(?:gold|silver|platinum|oro|plata|argento|or|argent|Gold|Silber|ouro|prata|goud|zilver|złoto|srebro)$/iu;
/** A fineness right after the metal: karats ("14K", "18 kt", "22 carat") or a hallmark in thousandths ("585", "925"). */
const METAL_FINENESS_AFTER =
  /^\s{0,2}[:：]?\s{0,3}(?:(?:[89]|1\d|2[0-4])\s?(?:k|kt|ct|karat|carat|quilates|carats?)\b(?!\s{0,2}(?:pcs|pieces|units|sets|pairs|qty))|(?:375|417|585|750|800|833|835|900|916|925|950|958|999)(?:\s?(?:er|‰|\/1000))?\b(?!\s{0,2}(?:pcs|pieces|units|sets|pairs|g\b|kg|mm|cm)))/iu;
/** A common noun after a Title-Case colour keeps it a colour ("Black Leather Sofa"). */
const COMMON_NOUN_AFTER =
  /^\s+(?:leather|steel|plastic|metal|fabric|cotton|wood|glass|paper|aluminium|aluminum|silicone|finish|colou?r|body|frame|case|cover|housing)\b/iu;

function isColourUse(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  // Only the neighbourhood matters; slicing the whole rest of a long line per colour word is quadratic.
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 24), start);
  if (NOT_A_COLOUR_AFTER.test(after) || NOT_A_COLOUR_BEFORE.test(before)) return false;
  // "Gold: 14K solid", "Oro 18 kt", "Silber 925er": a precious metal named with its fineness is the metal, not a shade.
  if (PRECIOUS_METAL.test(word) && METAL_FINENESS_AFTER.test(after)) return false;
  // Model and SKU codes such as RED-2000X or A-RED-M.
  if (
    /^[A-Z]{3,}$/.test(word) &&
    (/^-[A-Z0-9]/.test(after) || /[A-Z0-9]-$/.test(before) || /^\d/.test(after))
  ) {
    return false;
  }
  // Proper nouns: "Red Wing", "Golden Sun Industrial".
  const titleCase = /^[A-Z][a-zà-ÿ]+$/u;
  const nextWord = /^\s+([A-Z][a-zà-ÿ]+)\b/u.exec(after)?.[1];
  if (titleCase.test(word) && nextWord && !COMMON_NOUN_AFTER.test(after) && !test(COLOR_NAME, nextWord))
    return false;
  return true;
}

const PANTONE_HINT: [RegExp, string][] = [
  [/red|rojo|roja|rouge|rot|vermelh|红/iu, 'Pantone 186 C'],
  [/navy|marino|藏青/iu, 'Pantone 282 C'],
  [/blue|azul|bleu|blau|蓝/iu, 'Pantone 286 C'],
  [/green|verde|vert|grün|绿/iu, 'Pantone 348 C'],
  [/yellow|amarill|jaune|gelb|amarel|黄/iu, 'Pantone 116 C'],
  [/orange|naranja|laranja|橙/iu, 'Pantone 151 C'],
  [/black|negr|noir|schwarz|pret|黑/iu, 'Pantone Black 6 C'],
  [/white|blanc|weiß|weiss|branc|白/iu, 'RAL 9010 (or Pantone 11-0601 TCX)'],
  [/gr[ae]y|gris|grau|cinza|灰/iu, 'Pantone Cool Gray 7 C'],
  [/gold|dorad|doré|dourad|金/iu, 'Pantone 871 C'],
  [/silver|platead|argent|silber|pratead|银/iu, 'Pantone 877 C'],
  [/pink|rosa|粉/iu, 'Pantone 203 C'],
  [/purple|violet|morad|lila|rox|紫/iu, 'Pantone 2685 C'],
  [/brown|marr|braun|棕|咖啡/iu, 'Pantone 476 C'],
  [/beige|bege|米/iu, 'Pantone 7527 C'],
];

export function colourFix(seen: string): Msg {
  const code = PANTONE_HINT.find(([re]) => re.test(seen))?.[1];
  return msg('spec.fix.color', { code: code ?? 'Pantone 186 C' });
}

const WHY = msg('spec.why.color');

/** A value that is only a duration: "15-20 giorni lavorativi", "25 days", "2–3 Wochen". */
const LEAD_TIME_ONLY = regex(`^\\s{0,3}(?:${DURATION})\\s{0,3}[.;]?\\s{0,3}$`, 'iu');

/** A line that states a minimum order (the supplier's condition), not the goods. */
const MOQ_LINE = String.raw`^\s{0,3}(?:${MOQ})`;

function hit(start: number, end: number, seen: string): VagueHit {
  return { start, end, why: WHY, fix: colourFix(seen) };
}

/** A colour label that is really about counts: "Qty per colour:", "Quantity by colour:". */
// "Jumlah per warna:", "Ilość na kolor:", "Quantidade por cor:", "Quantità per colore:", "Anzahl je Farbe:",
// "Количество по цветам:": the same count label in the other languages read.
const QUANTITY_LABEL =
  /(?<![\p{L}])(?:qty|q'ty|quantity|quantities|pcs|units|breakdown|split|desglose|répartition|Aufteilung|ripartizione|distribuição|cantidad|quantité|Menge|Anzahl|Stückzahl|jumlah|kuantitas|ilość|quantidade|qtd|quantità|qtà|aantal|miktar|adet|số lượng|количеств\p{L}{0,2}|кол-во)(?![\p{L}])|数量|數量|数/iu;
/** A bare Pantone number ("186 C", "2460C") counts as a code inside a colour field. */
const BARE_PANTONE = String.raw`(?<![\d.,-])\d{3,4}\s?[CU](?![a-z°])`;
/** A physical colour standard that can be found again: a numbered or sealed lab dip or swatch. */
const COLOUR_STANDARD = latinWords([
  'lab[- ]?dips?',
  'colou?r (?:standard|swatch|chip|card)',
  // "colour per swatch no. F-118 attached": a swatch is a physical standard once it has a number (below).
  '(?:fabric |leather |paint )?swatch(?:es)?',
  // "per approved swatch card SW-12": a numbered card of swatches is the same physical standard.
  '(?:approved )?swatch (?:cards?|books?|boards?)',
  'shade (?:card|standard|band)',
  // "swatches 3, 7 and 12 of fabric card FC-88": a supplier's numbered fabric or leather card is a swatch card.
  '(?:fabric|leather|material) cards?',
  'approved (?:colou?r )?(?:swatch|standard|dip)',
  // "ΔE ≤ 1.5 against approved drawdown DD-7621": an ink or paint drawn down on card, kept as the colour's standard.
  '(?:ink |paint )?draw[- ]?downs?',
  // "colour per approved sample OK-12 (numbered, signed)": a golden sample is a physical standard once numbered.
  '(?:approved|golden|signed|sealed|reference|counter) samples?',
  // "matched to approved master plaque MP-04", "Musterplatte MP-22", "plaque étalon PE-3": a painted or moulded plate
  // kept as the colour's standard, like a drawdown; only with its number (NUMBERED_STANDARD), and not "brass plaque".
  '(?:approved |master |reference |colou?r |paint |standard |signed |sealed )+(?:plaques?|panels?|plates?|chips?)',
  '(?:Muster|Farb|Referenz)platten?',
  'plaques? (?:étalon|de référence|couleur|de couleur)',
  '(?:placas?|plaquetas?) (?:patr[oó]n|de referencia|de colou?r|de cor|padr[aã]o)',
  // The same physical standard in the other languages read: "padrão físico nº PAD-117", "patrón de color PC-04",
  // "étalon couleur ET-12", "Farbstandard FS-3", "campione colore 118", "wzorzec koloru nr 12". Only with its number.
  'padr(?:ão|ões) (?:físicos?|de cor(?:es)?)',
  'patr(?:ón|ones) (?:físicos?|de colou?r)',
  'est[áa]ndar(?:es)? (?:físicos?|de color)',
  'étalons? (?:physiques?|de couleur|couleur)',
  'standards? (?:physiques?|de couleur)',
  'Farb(?:standard|muster|referenz)',
  'Grenzmuster',
  'campion[ei] (?:fisic[oi]|(?:di )?colore)',
  'wzorz?ec (?:koloru|barwy)',
  // Dutch and the one-word Nordic forms: "kleurstandaard KS-12", "kleurstaal 118", "färgstandard FS-4".
  'kleur(?:standaard|staal|stalen|referentie|monster)',
  'f(?:ä|a)rg(?:standard|prov|referens)',
]);
/** A standard with its own number: "approved lab dip LD-2231", "colour standard CS 104", "shade card #12". */
// Letters may be split by a slash, as dye houses write lab dips: "L/D-07", "LD/2231".
// A bare year is not a card's number: "kleurkaart 2023 van de fabriek", "unserer Farbkarte 2024" name the edition of
// the supplier's own card, and no one can point at one chip on it.
// The number may follow a colon when it is a lettered code ("Farbmuster: FM-31"; "approved samples: 20 pcs" is a
// count), or the Spanish/Portuguese sign written "n.º" or "n.°". A lettered code joined by a hyphen or slash may have
// one digit ("lab dip LD-3", "L/D-7"): the letters and the sign already make it a name, not a count.
/**
 * A numbered lab dip, swatch or card still to come: "lab dip LD-3 to follow", "swatch SW-12 pending". The number names
 * something nobody has approved yet, so it holds the colour to nothing.
 */
const NOT_YET_MADE =
  '(?!\\s{0,3}(?:to follow|to come|pending|to be (?:sent|made|done|confirmed|approved|submitted)|tbc|tba|later|(?:will|shall) (?:follow|be sent)))';
export const NUMBERED_STANDARD = `${COLOUR_STANDARD}\\s{0,3}(?:[:：]\\s{0,2}(?=[A-Z]{1,6}(?:/[A-Z]{1,4})?[-‐/ ]?\\d))?\\s{0,2}(?:no\\.?|n\\.?[º°]\\.?|nr\\.?|#|ref\\.?)?\\s{0,2}(?:[A-Z]{1,6}(?:/[A-Z]{1,4})?[-‐/ ]?\\d{2,}|[A-Z]{1,6}(?:/[A-Z]{1,4})?[-‐/]\\d(?![\\d.,])|[-‐/ ]?(?!(?:19|20)\\d\\d(?!\\d))\\d{2,})(?!\\d)${NOT_YET_MADE}`;
/**
 * "ähnlich Musterplatte MP-22", "según muestra 12 o similar", "close to swatch SW-4": a numbered standard the colour
 * only resembles. The number is found again, the shade is not held to it.
 */
const RESEMBLES = anyOf(
  latinWords([
    'ähnlich(?:e[rsnm]?)?',
    'similar(?:e|es)?',
    'close to',
    'proche',
    'simile',
    'parecid[oa]',
    'semelhante',
    'vergelijkbaar',
    'zbliżon\\p{L}{1,2}',
    'benzer',
  ]),
  String.raw`(?<![\p{L}\p{N}])(?:похож\p{L}{0,3}|схож\p{L}{0,3})`,
  cjk(['类似', '類似', '接近', '近似']),
);
const LIGHT_COLOUR_TEMPERATURE = String.raw`(?<![\d.,])(?:1[5-9]|[2-9]\d)00\s?K\b`;
/** Plain black and white inks are the standard inks of a print, not colours to match. */
const STANDARD_INK =
  /^(?:(?:opaque|solid|process|pure)\s)?(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss))(?:\s(?:ink|colou?r))?$/iu;

/**
 * "Logo per AI file, colour red": a colour written out by name beside the file
 * is the colour agreed in words, and a name is not a code. The file fixes the
 * colours only when the line leaves them to it.
 */
const COLOUR_NAMED = `${latinWords(['colou?rs?', 'colores?', 'couleurs?', 'Farben?', 'cor(?:es)?', 'colori'])}\\s{0,2}[:：=]?\\s{0,3}(?:${latinWords(COLOR_MODIFIERS)}\\s){0,2}${COLOR_NAME}`;

/**
 * A shade number of a thread, yarn or paint range written next to the colour
 * name ("Isacord 0015 white", "Madeira 1800 navy", "white (0015)"): the maker's
 * number is the colour code, the name a gloss on it.
 */
const SHADE_CONTEXT = latinWords([
  'threads?',
  'yarns?',
  'shades?',
  'floss',
  'Garn',
  'hilo',
  'fil',
  'filo',
  'linha',
]);
const SHADE_BEFORE = /(?:^|[\s#(])\d{3,5}\s{0,2}$/u;
const SHADE_AFTER = /^\s{0,2}[(#]{0,2}\s{0,2}\d{3,5}(?![\d.,]|\s{0,2}(?:pcs|mm|cm|m|g|kg|%))/u;

const BARE_SHADE = /^\s*(?:no\.?\s*|#\s*)?\d{3,5}\s*$/iu;

function shadeNumbered(text: string, start: number, end: number): boolean {
  return (
    SHADE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) ||
    SHADE_AFTER.test(text.slice(end, end + 12))
  );
}

/** "Colour: 0015 white and 3910 navy" on a thread's line: every colour word carries its shade number. */
function allShadeNumbered(value: string, line: string): boolean {
  if (!test(SHADE_CONTEXT, line) && !test(GRADE, line)) return false;
  const names = findAll(COLOR_NAME, value);
  return names.length > 0 && names.every((m) => shadeNumbered(value, m.start, m.end));
}

/**
 * "No obvious colour difference between parts", "色差不明显": a consistency
 * criterion with no threshold, so no shade can be shown to fail it. With ΔE,
 * a grey-scale grade or a number after ≤ it is measured.
 */
const COLOUR_DIFFERENCE = anyOf(
  latinWords([
    'colou?r (?:differences?|variations?|deviations?|shading|mismatch(?:es)?)',
    // "colour no big difference with sample", "color without obvious deviation from the sample": the same criterion
    // with the negation between the colour and its difference.
    'colou?rs?[ \t]{1,2}(?:has |shows? |with )?(?:no|without)(?: \\p{L}{2,12}){0,2} (?:differences?|variations?|deviations?)(?: (?:with|from|to|against|vs\\.?) (?:the )?(?:approved |original |confirmed )?samples?)?',
    '(?:shade|tone) (?:differences?|variations?|deviations?)',
    // Turkish "ton farkı olabilir", "renk farkı", Romanian "diferență de nuanță": the same allowance with no limit.
    '(?:renk|ton|renk tonu) (?:farkı|farklılığı|sapması)',
    'diferen(?:ț|t)(?:ă|a|e) de (?:culoare|nuanță|nuanta|ton)',
    'diferencias? de (?:color|tono)',
    '(?:écarts?|différences?|variations?) de (?:teinte|couleur)',
    'Farb(?:ton)?(?:abweichung|unterschied)(?:e|en)?',
    '(?:diferenças?|variaç(?:ão|ões)) de (?:cor|tonalidade)',
    '(?:differenz[ae]|variazion[ei]) di (?:colore|tonalità|tono)',
  ]),
  cjk(['色差']),
);
const COLOUR_THRESHOLD =
  /Δ\s?E|delta\s?E|(?<![A-Za-z])[dD]E\s{0,2}(?:≤|<|=|\d)|gr[ae]y[- ]?scale|Graumaßstab|échelle de gris|escala de (?:cinzas|grises)|scala dei grigi|灰卡|(?:≤|<=|＜|<|max\.?|maximum|不超过|不大于)\s{0,2}\d|\d\s{0,2}级/iu;

/** A value that is a colour-difference limit and nothing else: "ΔE ≤ 1,5", "dE2000 < 1.0", "ΔE*ab max 2". */
const DELTA_E_ONLY =
  /^\s{0,2}(?:Δ|delta\s?|d)E(?:\s?\*?\s?(?:ab|00|2000|76|94|CMC(?:\s?\(?2:1\)?)?))?\s{0,2}(?:≤|<=|<|＜|=<|max\.?|maximum|not more than|nie więcej niż|máx\.?|max)\s{0,2}\d+(?:[.,]\d+)?\s{0,2}[.;]?\s{0,2}$/iu;

/** The line names what the colour is measured against: a code, a numbered colour standard or an identified sample. */
function colourFixedOnLine(line: string): boolean {
  return hasColorCode(line) || test(NUMBERED_STANDARD, line) || heldToIdentifiedSample(line);
}

const COLOUR_LIMITED = /differen|deviat|variat|Abweich|Unterschied|écart/iu;

/**
 * "EV3 to EURAS, shade may vary between batches", "Pantone 186 C, colour can differ slightly": the code is named and
 * then loosened by a difference with no limit, so any shade the batch comes out in is accepted. Silent when the limit
 * is given (ΔE, grey scale).
 */
const COLOUR_MAY_VARY = anyOf(
  latinWords([
    '(?:the )?(?:shades?|colou?rs?|tones?|hues?)(?: \\p{L}{2,12})? (?:may|can|might|will|could) (?:\\p{L}{2,10} )?(?:vary|differ|deviate|change)',
    '(?:la )?(?:teinte|couleur|nuance) (?:peut|pourra) (?:\\p{L}{2,10} )?(?:varier|différer)',
    '(?:el )?(?:tono|color) (?:puede|podrá) (?:\\p{L}{2,10} )?(?:variar|diferir)',
    '(?:der )?Farb(?:ton|e) kann (?:\\p{L}{2,10} )?(?:abweichen|variieren)',
    // "Colour tolerance: little difference between batches is normal": a difference allowed with no size to it.
    '(?:(?:a |some )?(?:little|slight|small|minor|tiny|light)(?: \\p{L}{2,12})? |batch[- ]to[- ]batch )(?:differences?|variations?|deviations?)(?: (?:between|among|across|from) (?:the )?(?:\\p{L}{2,12} )?(?:batch(?:es)?|lots?|productions?|runs?|orders?)(?: to (?:batch|lot|run))?)? (?:is |are )?(?:normal|acceptable|allowed|unavoidable|inevitable|permitted|ok|okay)',
    '(?:leichte|geringe|kleine) (?:Farb)?(?:abweichungen|unterschiede)(?: zwischen (?:den )?Chargen)? (?:sind )?(?:normal|zulässig|unvermeidbar)',
    '(?:pequeñas|ligeras|leves) (?:diferencias|variaciones)(?: entre lotes)? (?:son )?(?:normales|aceptables|inevitables)',
    '(?:de )?(?:légères|petites) (?:différences|variations)(?: entre (?:les )?lots)? (?:sont )?(?:normales|acceptables|inévitables)',
    '(?:piccole|lievi|leggere) (?:differenze|variazioni)(?: tra (?:i )?lotti)? (?:sono )?(?:normali|accettabili|inevitabili)',
  ]),
  // "批次间轻微差异属正常": the same allowance in Chinese.
  cjk([
    '(?:批次间?|不同批次)?(?:轻微|少许|稍有|略有)(?:色差|差异|差别)(?:属|是|为)?(?:正常|允许|可接受)(?:现象)?',
  ]),
);

/**
 * "Colour tolerance: within 10% difference is normal", "colour deviation up to 5%", "色差：10%以内": a colour difference
 * given as a percentage. No instrument reads a colour difference in percent (ΔE, a grey-scale grade do), so "10%" is
 * whatever the supplier says it is. Silent where ΔE or a grey scale is also given.
 */
const DIFFERENCE_WORD =
  /differen|deviat|variat|toleran|Abweich|Unterschied|écart|desviaci|desvio|scostament|odchyl|różnic|отклонен|разниц|色差|偏差/iu;
const PERCENT = String.raw`\d{1,2}(?:[.,]\d)?\s{0,2}%`;
const PERCENT_DIFFERENCE = anyOf(
  latinWords([
    `(?:(?:within|up to|max(?:imum)?\\.?|less than|under|not (?:more|over) than|below|dentro del?|hasta|hasta un|entro (?:il )?|fino al|jusqu[’']à|moins de|bis zu|unter|até|do|poniżej|в пределах|до)\\s{1,2})?[±]?${PERCENT}(?:\\s{1,2}(?:colou?r |shade )?(?:differences?|deviations?|variations?|tolerances?))?`,
  ]),
  `${PERCENT}\\s{0,2}(?:以内|以下)`,
);
const PERCENT_DIFFERENCE_INLINE = anyOf(
  latinWords([
    `(?:colou?r|shade) (?:differences?|deviations?|variations?|tolerances?)\\s{0,2}(?:of |within |up to |max\\.? |[≤<] ?)?[±]?${PERCENT}`,
    `(?:within|up to|max(?:imum)?\\.?|less than) ${PERCENT} (?:colou?r |shade )(?:differences?|deviations?|variations?)`,
  ]),
  `色差\\s{0,2}[:：]?\\s{0,2}(?:[≤<]|不超过|小于|在)?\\s{0,2}${PERCENT}(?:\\s{0,2}(?:以内|以下))?`,
);
const COLOUR_MEASURED =
  /Δ\s?E|delta\s?E|(?<![A-Za-z])[dD]E\s{0,2}(?:≤|<|=|\d)|gr[ae]y[- ]?scale|Graumaßstab|échelle de gris|escala de (?:cinzas|grises)|scala dei grigi|灰卡|\d\s{0,2}级|spectro\p{L}*|colou?r strength|Farbstärke|\b(?:DIN|ISO|AATCC)\s?\d/iu;

function percentColourDifferences(clause: Clause, line: string): Match[] {
  const text = clause.text;
  if (COLOUR_MEASURED.test(line)) return [];
  const label = text.slice(0, clause.valueStart);
  const labelled =
    // "Colour difference: 5%" is already told by its label (COLOUR_DIFFERENCE): the buyer hears it once.
    clause.valueStart > 0 &&
    COLOUR_ABOUT_LABEL.test(label) &&
    DIFFERENCE_WORD.test(label) &&
    !test(COLOUR_DIFFERENCE, label)
      ? findAll(PERCENT_DIFFERENCE, ' '.repeat(clause.valueStart) + text.slice(clause.valueStart))
      : [];
  return [...labelled, ...findAll(PERCENT_DIFFERENCE_INLINE, text)];
}

/** A label about the colour's match rather than the colour: "Colour tolerance:", "Shade variation:", "色差：". */
const COLOUR_ABOUT_LABEL = /colou?r|shade|Farb|couleur|teinte|colore|(?<!\p{L})cor(?!\p{L})|色/iu;

/** "na cor a definir", "colour to be confirmed", "颜色待定": the colour is explicitly left for later. */
const COLOUR_UNDECIDED = anyOf(
  `${latinWords(['colou?rs?', 'colores?', 'couleurs?', 'Farben?', 'cor(?:es)?', 'colori', 'colore'])}(?:\\s\\p{L}{1,8}){0,3}?\\s${latinWords(
    [
      'TBD',
      'TBC',
      'to be (?:confirmed|decided|defined|determined|agreed)',
      'a definir',
      'a ser(?:em)? definid[oa]s?',
      'por definir',
      'à définir',
      'da definire',
      'noch festzulegen',
    ],
  )}`,
  cjk(['颜色待定', '颜色另议']),
);

/**
 * "colour same as our brand", "in our corporate colours": a colour held to a brand the supplier has no card of.
 * A code on the clause (checked first) fixes it: "brand colour Pantone 286 C".
 */
const COLOUR_BY_BRAND = latinWords([
  "colou?rs? (?:same as|like|as|matching|to match|in) (?:our|your|the|customer['’]?s?) (?:brand|logo|corporate|company|house)(?: colou?rs?)?",
  '(?:our|your) (?:brand|corporate|logo|house) colou?rs?',
]);

const BARCODE =
  /\b(?:bar ?codes?|EAN(?:-?1[34])?|UPC(?:-A)?|QR codes?|GS1|c[oó]digos? de barras|code-barres|Strichcodes?|codice a barre)\b|条码|条形码/iu;
const BLACK_OR_WHITE =
  /^(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss)|preto|branco|nero|bianco)$/iu;

const RGB_EMITTER = /^\s*RGB(?:W{1,2}|IC|\s?\+\s?(?:W|CCT))?(?![A-Za-z(（\d])(?!\s{0,2}[(（]?\s{0,2}\d)/u;

/**
 * "…, neck 24/410, frosted clear, white PP lotion pump 2 cc output", "…, 50 x 25 mm, white thermal": black or white
 * naming a small fitted part or its stock (a pump, a cap, a label's paper), later in a line whose item is already
 * measured, is the commodity colour that part is sold in; the part's maker has no other white to choose. The
 * item's own colour ("white casing", "Black ABS housing …") is still read: it stands first, or names the body.
 */
const MINOR_PART_AFTER =
  /^[\s-]{1,2}(?:(?:PP|PE|HDPE|LDPE|PET|ABS|AS|POM|TPE|TPR|EVA|EPDM|NBR|silicone|rubber|nylon|cotton|paper|thermal|foam|plastic)\s{1,2})?(?:lotion |spray |trigger |soap |foam |treatment )?(?:pumps?|caps?|overcaps?|closures?|triggers?|sprayers?|droppers?|liners?|gaskets?|seals?|plugs?|inserts?|wads?|labels?|tags?|thermal|cloth|cords?|laces?|threads?|aglets?|toggles?|stoppers?|valves?|O-rings?|grommets?|bushings?|tips?)\b/iu;
const MEASURED =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|ml|cc|l|g|kg|gsm|g\/m²|V|W|A|mAh|µm|μm|mil|oz|in|inch|")(?![\p{L}\d])/giu;
const NEUTRAL = /^(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss)|preto|branco|nero|bianco)$/iu;

function neutralOfAMinorPart(
  text: string,
  start: number,
  end: number,
  line: string,
  lineStart: number,
): boolean {
  if (!NEUTRAL.test(text.slice(start, end)) || !MINOR_PART_AFTER.test(text.slice(end, end + 40)))
    return false;
  // Later in the line: after the first comma or semicolon, past the item the line is about.
  const at = lineStart + start;
  const firstBreak = line.search(/[,;，；]/u);
  if (firstBreak < 0 || at < firstBreak) return false;
  return (line.match(MEASURED) ?? []).length >= 2;
}

/** The clause (or a file it names, or a sealed standard) already fixes the colour. */
/**
 * "Type II anodize per MIL-A-8625, colour black, 10–15 µm", "黑色阳极氧化，膜厚10–15μm": black is the one colour of a
 * dyed anodising or black-oxide finish, held by the process standard or the coating thickness the line names.
 */
const BLACK_FINISH_PROCESS =
  /anodi[sz](?:e|ed|ing)|anodi[sz]ation|black oxide|blackening|阳极氧化|阳极|发黑|黑色氧化|anodisé|anodizad[oa]|eloxiert/iu;
const PROCESS_HELD =
  /MIL-[A-Z]{1,4}-\d|\bAA\s?(?:5|10|15|20|25)\b|ISO\s?\d|ASTM\s?[A-Z]?\d|GB\/T\s?\d|\d\s{0,2}(?:[µμu]m|微米)/u;
const ONLY_BLACK =
  /^\s{0,3}(?:colou?r\s{0,2}[:：]?\s{0,2})?(?:black|黑色?|noir|negro|preto|schwarz|nero)(?:\s{0,2}(?:$|[,;，；]))/iu;

/** "Anodize Type II black", "anodised, black": black named as the dye of the anodising the clause names. */
// The process then its dye in each word order a sheet writes: "anodizado negro", "eloxiert schwarz", "硬质阳极氧化黑色".
const ANODIZE_THEN_BLACK =
  /(?:anodi[sz]\p{L}{0,5}|eloxiert|anodisé\p{L}{0,2}|anodizzat\p{L})(?:\s{1,2}(?:type|class|typ)\s{0,2}(?:I{1,3}|[1-3])\b)?[\s,]{1,3}(?:colou?r\s{0,2}[:：]?\s{0,2})?(?:black|negro|negra|preto|preta|noir|noire|schwarz|nero)\b|(?:阳极氧化|阳极|发黑)(?:处理)?[，,、\s]{0,2}(?:颜色[:：]?)?(?:为|成)?黑色?/iu;

/** "natural silver", "clear", "colour: natural": the undyed anodic film's own colour, alone in its clause. */
const UNDYED_ONLY =
  /^\s{0,3}(?:colou?r\s{0,2}[:：]?\s{0,2}|Farbe\s{0,2}[:：]?\s{0,2})?(?:natural|clear|colou?rless|natur|naturel(?:le)?)(?:\s{1,2}(?:silver|silber|argent|aluminium|aluminum))?\s{0,3}[.,;]?\s{0,3}$/iu;

/**
 * "anodised Class AA15 per MIL-A-8625, natural silver": on a line whose anodising is held by a standard or a film
 * thickness, "natural" is the film left undyed — the metal's own colour, as "clear anodised" says in one word.
 */
function undyedOfItsAnodising(clause: Clause, line: string): boolean {
  const own = clause.attribute ? clause.text.slice(clause.valueStart) : clause.text;
  return UNDYED_ONLY.test(own) && anodisingHeld(line);
}

function anodisingHeld(line: string): boolean {
  return /anodi[sz]|eloxiert|anodisé|anodizad/iu.test(line) && PROCESS_HELD.test(line);
}

/** The same undyed film as one comma-separated item of a longer clause: "…per MIL-A-8625, natural silver." */
function undyedItem(text: string, start: number, end: number, line: string): boolean {
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(';', start)) + 1;
  const stops = [text.indexOf(',', end), text.indexOf(';', end)].filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) : text.length;
  return UNDYED_ONLY.test(text.slice(from, to)) && anodisingHeld(line);
}

function blackOfItsFinish(clause: Clause, line: string): boolean {
  const value = clause.text.slice(clause.valueStart);
  return (
    (ONLY_BLACK.test(value) ||
      /黑色阳极|black (?:anodi[sz]|oxide)/iu.test(clause.text) ||
      ANODIZE_THEN_BLACK.test(clause.text)) &&
    BLACK_FINISH_PROCESS.test(line) &&
    PROCESS_HELD.test(line)
  );
}

/**
 * "Upper full-grain leather 1.2-1.4 mm, colour Black; tear strength min 60 N (ISO 3377-2)": black or white alone as
 * the colour field of a part whose line gives its measures and the test method it is held to. A neutral leaves no
 * shade to argue over, and the line is a technical sheet, not a listing's "Colour: black".
 */
const TEST_METHOD =
  /\b(?:SATRA\s{0,2}TM\s{0,2}\d|ISO\s{0,2}\d{3,5}|ASTM\s{0,2}[A-Z]\s{0,2}\d|EN\s{0,2}(?:ISO\s{0,2})?\d{3,5}|DIN\s{0,2}\d{3,5}|AATCC\s{0,2}\d|IULTCS|GB\/T\s{0,2}\d)/u;
const NEUTRAL_VALUE =
  /^\s{0,3}(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss)|preto|branco|nero|bianco)\s{0,2}$/iu;

function neutralOfATestedPart(clause: Clause, line: string): boolean {
  if (clause.attribute !== 'color' || !NEUTRAL_VALUE.test(clause.text.slice(clause.valueStart))) return false;
  return TEST_METHOD.test(line) && (line.match(MEASURED) ?? []).length >= 1;
}

/**
 * "black oxide finish", "black zinc plated", "black phosphate": black is part of the name of a conversion or plating
 * process, whose chemistry gives its one colour. The process is what the line specifies; no shade is left to choose.
 * (A dyed finish named by its colour, "anodized black", is still read as a colour unless its standard or thickness
 * is given: see blackOfItsFinish.)
 */
const PROCESS_AFTER_BLACK =
  /^[\s-]{1,2}(?:oxide|oxidi[sz]ed|oxidi[sz]ing|phosphat(?:e|ed|ing)|zinc|nickel|chrome|chromat(?:e|ed|ing)|passivat\p{L}{0,5}|e-?coat(?:ed|ing)?)\b/iu;

/**
 * "anodized natural silver", "clear anodised", "anodizado natural (plata)", "eloxiert natur", "本色阳极氧化": the
 * undyed anodising, whose silver is the metal's own seen through the oxide. No dye is chosen, so no shade is left
 * open; a dyed anodising named by its colour ("anodized silver", "anodized blue") is still read as a colour.
 */
const UNDYED_ANODIZE = new RegExp(
  [
    String.raw`(?:anodi[sz]\p{L}{0,5}|eloxiert|anodisé\p{L}{0,2}|anodizad[oa]s?)\s{1,2}(?:in\s)?(?:natural|natur|naturel(?:le)?|clear|colou?rless|incolore|transparent[ea]?)(?:\s{1,2}(?:silver|silber|argent|plata|prata|argento|aluminium|aluminum))?`,
    String.raw`(?:natural|clear|colou?rless|naturel(?:le)?|natur)\s{1,2}(?:silver\s{1,2})?(?:anodi[sz]\p{L}{0,5}|eloxiert|anodisé\p{L}{0,2})`,
    '(?:本色|原色|银白色?)阳极氧化',
  ].join('|'),
  'giu',
);

function namesAFinishProcess(text: string, start: number, end: number): boolean {
  for (const m of text.matchAll(UNDYED_ANODIZE))
    if (m.index <= start && end <= m.index + m[0].length) return true;
  if (namesZincPassivation(text, start, end)) return true;
  return /^black$/iu.test(text.slice(start, end)) && PROCESS_AFTER_BLACK.test(text.slice(end, end + 16));
}

/** "text 80 gsm woodfree 1/1 black", "1C black": black named by the ink count is the process black of the press. */
// The same in the other languages read: "stampa 1 colore nero", "impresión 1 color negro", "druk 1 kolor czarny".
// Not with another ink offered after it ("1 color negro o azul", "1 kolor czarny lub granatowy"): then the one
// colour is still to be chosen.
const PROCESS_BLACK_INK =
  /(?:\b\d\s?\/\s?\d|\b[1-4]\s?C|\b1[- ](?:colou?re?|couleur|cor|kolor|Farbe|renk))\s{1,2}(?:black|nero|negro|noir|preto|czarn[ya]|schwarz|siyah)(?!\p{L})(?![\s,]{0,3}(?:or|o|ou|oder|lub|albo|oppure|veya|ya da|или)(?!\p{L})|\s{0,2}或)/iu;

/**
 * "Shipping marks: …, black ink, 2 long sides", "Kartonbeschriftung: … in schwarzer Farbe", "唛头：黑色油墨": the ink
 * the marks are stencilled or printed in. Marks only need to be legible; the goods' colour is not at stake.
 */
const INK_AFTER =
  /^\s{0,2}(?:ink|inks|printing ink|encre|tinta|Tinte|Druckfarbe|inchiostro|mürekkep|farba drukarska|油墨|墨)(?!\p{L})/iu;
/** "black ink, 25 mm letters", "letters 30 mm high": the height of stencilled or printed lettering. */
const LETTER_HEIGHT =
  /\d{1,3}\s{0,2}mm\s{0,2}(?:high\s{0,2})?(?:letters|lettering|characters|font|text)|(?:letters|lettering|characters|font|text)\s{0,2}(?:height\s{0,2})?[:=]?\s{0,2}\d{1,3}\s{0,2}mm/iu;
function inkOfThePackMarks(text: string, end: number, line: string): boolean {
  if (!INK_AFTER.test(text.slice(end, end + 16))) return false;
  // "…, black ink, 25 mm letters": an ink with its letter height is the lettering of a mark, whatever the field says.
  return aboutPackMarks(line) || LETTER_HEIGHT.test(line);
}

/** Swatches picked by their numbers on a card: "swatches 3, 7 and 12", "swatch no. 14". */
const SWATCH_NUMBERS = /\bswatch(?:es)?\s{0,3}(?:no?s?\.?|#)?\s{0,2}\d{1,3}\b/iu;

/**
 * "rubbed 60 times with white cotton cloth", "crocking with a dry white cloth": the colour of the rubbing cloth is
 * part of the test method (ISO 105-X12), not a colour of the goods. True when the colour word at `start` names
 * the cloth a rub or crock test is done with.
 */
export function namesTheRubbingCloth(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 70), start);
  const after = text.slice(end, end + 30);
  // "white cotton rub cloth", "white crocking cloth": the cloth named by the test it is for; or, on a line about
  // rubbing ("Colour fastness to rubbing: grade 4 (dry), white cotton cloth"), the cloth the test is done with.
  if (RUBBING_CLOTH_AFTER.test(after)) return true;
  return (RUB_WITH_BEFORE.test(before) || RUB_TEST_BEFORE.test(before)) && RUB_CLOTH_AFTER.test(after);
}
const RUBBING_CLOTH_AFTER =
  /^\s*(?:(?:cotton|wool|woollen|felt|standard|dry|wet)\s+){0,2}(?:rub(?:bing)?|crock(?:ing)?|abrasion)\s+(?:test\s+)?(?:cloth|fabric|pad|squares?)\b/iu;
const RUB_TEST_BEFORE = /\b(?:rubbing|crocking|crock(?:ing)?[- ]fastness|rub[- ]fastness)\b/iu;
const RUB_WITH_BEFORE =
  /\b(?:rub(?:s|bed|bing)?|crock(?:s|ed|ing)?|wip(?:e|es|ed|ing)|abrad(?:e|ed|ing))\b[^;.]{0,50}\b(?:with|using|by)\s+(?:an?\s+|the\s+)?(?:(?:dry|wet|clean|standard|white|cotton)\s+){0,3}$/iu;
const RUB_CLOTH_AFTER =
  /^\s*(?:(?:cotton|wool|woollen|felt|standard|crocking|rubbing)\s+){0,2}(?:cloth|felt|fabric|pad|squares?)\b/iu;

function colourIsFixed(clause: Clause, line = clause.text): boolean {
  const text = clause.text;
  if (hasColorCode(text) || colourNamedByItsCode(text, clause.attribute === 'color')) return true;
  if (blackOfItsFinish(clause, line) || PROCESS_BLACK_INK.test(text)) return true;
  if (neutralOfATestedPart(clause, line)) return true;
  if (test(DESIGN_FILE, text) && !test(COLOUR_NAMED, text)) return true;
  // A standard the colour is only said to resemble fixes nothing, however well it is numbered.
  // "… sample ref CS-30 or equivalent": the named standard reopened to any other the supplier calls alike.
  const resembles =
    test(RESEMBLES, clause.attribute ? text.slice(clause.valueStart) : text) || test(OR_SIMILAR, text);
  if (!resembles && test(COLOUR_STANDARD, text) && test(SAMPLE_IDENTIFIED, text)) return true;
  // "to match pre-production sample PPS-0412", "colour as sealed sample": a sample both sides keep and can name is a
  // physical colour standard, like a numbered lab dip.
  if (heldToIdentifiedSample(text)) return true;
  if (!resembles && test(NUMBERED_STANDARD, text)) return true;
  // "颜色按确认色卡 No.C-17", "kolor wg wzornika nr 12": one numbered swatch of a named colour card.
  if (!resembles && namesNumberedCardEntry(text)) return true;
  // "Sage 400 / Oat 500 / Charcoal 300, colours = swatches 3, 7 and 12 of fabric card FC-88": the names are the
  // labels of numbered swatches on a numbered card, wherever on the line the card is named.
  if (!resembles && test(NUMBERED_STANDARD, line) && SWATCH_NUMBERS.test(line)) return true;
  // "Warm white 3000K": a light's colour is its correlated colour temperature, measured in kelvin.
  if (test(LIGHT_COLOUR_TEMPERATURE, text)) return true;
  // "Type II anodising per MIL-A-8625, natural silver": the undyed film, held by the process standard it names.
  if (undyedOfItsAnodising(clause, line)) return true;
  // "Carton colour: brown kraft (unprinted)": the board's own colour, no ink on it.
  if (clause.attribute === 'color' && boardLeftUnprinted(text.slice(clause.valueStart))) return true;
  // "…, colour navy (Pantone 19-4023 TCX), per approved colour swatch": the swatch backs a code the line gives.
  if (clause.attribute === 'color' && backsACodedColour(clause, line)) return true;
  // "Light colour: RGB", "颜色：RGBW": the emitter type of a colour-changing light, whose colours the controller sets.
  if (clause.attribute === 'color' && RGB_EMITTER.test(text.slice(clause.valueStart))) return true;
  // "colore naturale non pigmentato", "Color: natural (PP)": no colourant is added, the material's own colour is asked.
  if (clause.attribute === 'color' && leftUncoloured(text.slice(clause.valueStart), line)) return true;
  return clause.attribute === 'color' && test(BARE_PANTONE, text.slice(clause.valueStart));
}

export const colorDetector: AttributeDetector = {
  attribute: 'color',
  detect(clause: Clause, line: string): Finding[] {
    // "Available colours: Black / White / Navy (buyer selects per SKU on order)": a menu, each order line picks one.
    // Only a list of named colours is a menu: "dark-ish, buyer selects on order" still leaves the shade open.
    if (clause.attribute === 'color' && buyerPicksFromMenu(clause.text.slice(clause.valueStart))) return [];
    // "colours 500pcs each: black/clear/pink/navy": the label's count applies to each colour listed after it, so the
    // slashes split the order between the colours; they offer no choice.
    if (clause.attribute === 'color') {
      const label = clause.text.slice(0, clause.valueStart);
      if (countedColourList(label, clause.text.slice(clause.valueStart), perVariantCount(label))) return [];
    }
    // Checked before the codes: "Pantone 286 C or 300 C" names codes and still fixes no colour.
    const value = clause.attribute
      ? ' '.repeat(clause.valueStart) + clause.text.slice(clause.valueStart)
      : '';
    const alternatives = [
      ...colourAlternatives(value, clause.attribute === 'color'),
      ...(clause.attribute === 'color' ? leftToStock(value) : []),
    ];
    // "Pantone 186 C, shade may vary between batches": the code loosened by an unlimited difference.
    if (clause.attribute === 'color' && !COLOUR_THRESHOLD.test(clause.text))
      alternatives.push(...findAll(COLOUR_MAY_VARY, value).map((m) => hit(m.start, m.end, m.text)));
    // "close to Pantone 286 C": the code names where the colour is near, not where it must be.
    const near = approximatedCodes(
      clause.attribute ? value : clause.text,
      PANTONE_FIELD.test(clause.text.slice(0, clause.valueStart)),
    );
    alternatives.push(...near.map((m) => hit(m.start, m.end, m.text)));
    if (alternatives.length > 0)
      return withoutOverlaps(alternatives).map((h) => vagueFinding('color', clause, h));
    if (colourIsFixed(clause, line)) return [];
    // "RAL 9005, colour chip supplied": the chip travels with the code the line already gives (reference-supplied.ts).
    if (referenceSuppliedOnly(clause.text) && colourFixedOnLine(line.slice(0, clause.start))) return [];
    // "MOQ: 300 pcs per colour, mixing colours allowed" states how the supplier counts its minimum; it names no colour.
    if (test(MOQ_LINE, line) && !test(COLOR_NAME, clause.text)) return [];
    if (clause.attribute === 'color') {
      // "Colour⇥Qty⇥Ref": the head of a pasted table names its columns; the colours are in the rows.
      if (isColumnHeaderRow(clause.text.slice(0, clause.valueStart), clause.text.slice(clause.valueStart)))
        return [];
      const range = valueRange(clause);
      // "un seul coloris par colis", "one colour per carton": the packs are not mixed; no colour is given here.
      if (oneColourPerPack(clause.text) && !test(COLOR_NAME, clause.text.slice(clause.valueStart))) return [];
      // "koli etiketinde … renk kodu ve beden asortisi": the fields a pack's label carries, named, not filled.
      if (range && fieldNounsOnly(clause.text.slice(range.start, range.end)) && aboutPackMarks(line))
        return [];
      // "Colours not in stock: 15-20 working days": the field holds a lead time for those colours, not a colour.
      if (range && LEAD_TIME_ONLY.test(clause.text.slice(range.start, range.end))) return [];
      // "Colour: no difference with approved sample, ΔE ≤ 1.0": the allowed difference has its measured limit.
      if (
        range &&
        COLOUR_LIMITED.test(clause.text.slice(range.start, range.end)) &&
        COLOUR_THRESHOLD.test(clause.text)
      )
        return [];
      // "Amostra nº AM-332 aprovada, tolerância de cor ΔE ≤ 1,5": the value is only the measured limit, and the line
      // names the sample or code the colour is measured against. Alone ("Colour tolerance: ΔE ≤ 1.5") it says from what
      // nothing, and is still asked.
      if (range && DELTA_E_ONLY.test(clause.text.slice(range.start, range.end)) && colourFixedOnLine(line))
        return [];
      // "Bottle colour: amber glass 30 ml Boston round, dropper with white PP collar": the value names the glass
      // type (amber blocks light, flint is clear), and any other colour word only the neutral stock of a fitted part.
      const glassEnd = range ? glassTypeValue(clause.text.slice(range.start, range.end), line) : -1;
      if (
        range &&
        glassEnd >= 0 &&
        findAll(COLOR_PHRASE, value).every(
          (m) =>
            m.end <= range.start + glassEnd ||
            neutralOfAMinorPart(value, m.start, m.end, line, clause.start) ||
            colourWordNamesAMaterial(value, m.start, m.end, line, clause.start),
        )
      )
        return [];
      // "Per colour: 250 pcs each of red, yellow and blue" counts variants, it does not define them.
      const counted = QUANTITY_LABEL.test(clause.text.slice(0, clause.valueStart));
      if (!range || breakdownIn(clause.text.slice(range.start, range.end), counted)) return [];
      if (allShadeNumbered(clause.text.slice(range.start, range.end), line)) return [];
      // "Zipper: YKK #5 nylon coil, colour 580": a bare shade number on the line of a zip or thread maker is a
      // code on that maker's colour card.
      if (BARE_SHADE.test(clause.text.slice(range.start, range.end)) && TRIM_MAKER.test(line)) return [];
      return [
        vagueFinding('color', clause, hit(range.start, range.end, clause.text.slice(range.start, range.end))),
      ];
    }
    const text = clause.attribute
      ? ' '.repeat(clause.valueStart) + clause.text.slice(clause.valueStart)
      : clause.text;
    // "Barcode: black on white, EAN-13": bars are black on white by the symbology; the words name no colour choice.
    const barcode = BARCODE.test(text);
    // "No black or white spots allowed": colour words that name the marks an inspector rejects.
    const marks = defectMarkSpans(text);
    // Only asked when a black or white word turns up: most clauses are not prints.
    let print: boolean | undefined;
    const isPrint = () => {
      print ??= isCompletePrint(text);
      return print;
    };
    // Colour words that name a variant of the line's quantity breakdown (offsets are the line's).
    const { breakdown } = lineFacts(line);
    const shades = test(SHADE_CONTEXT, text) || test(GRADE, text);
    let board: boolean | undefined;
    const onBoard = () => {
      board ??= aboutABoard(line);
      return board;
    };
    // "HD screen with vivid colours" praises a display, not the colour of the goods.
    const praiseCounts = !test(RENDERED_COLOUR, text);
    const hits = [
      ...findAll(ASSORTED_COLOURS, text),
      ...(praiseCounts ? findAll(COLOUR_PRAISE, text) : []),
      ...findAll(COLOR_PHRASE, text),
    ].filter(
      (m) =>
        // "PP pellets, natural colour": one colour, the resin's own, not an assortment of natural shades.
        !naturalOfAPolymer(m.text, line) &&
        (test(ASSORTED_COLOURS, m.text) ||
          (praiseCounts && test(COLOUR_PRAISE, m.text)) ||
          (isColourUse(text, m.start, m.end) &&
            !insideDefectMark(marks, m.start, m.end) &&
            !namesTheRubbingCloth(text, m.start, m.end) &&
            !(barcode && BLACK_OR_WHITE.test(m.text)) &&
            !insideBreakdown(breakdown, clause.start + m.start, clause.start + m.end) &&
            !(shades && shadeNumbered(text, m.start, m.end)) &&
            !neutralOfAMinorPart(text, m.start, m.end, line, clause.start) &&
            // "OD 3.5mm black TPE" on a cable's line: the jacket's stock neutral (cable-jacket.ts).
            !neutralOfACableJacket(text, m.start, m.end, line) &&
            !colourWordNamesAMaterial(text, m.start, m.end, line, clause.start) &&
            // "Carrara Bianco C marble", "granito Verde Ubatuba": the stone's trade name (stone-name.ts).
            !colourNamesAStone(text, m.start, m.end) &&
            !namesAFinishProcess(text, m.start, m.end) &&
            !inkOfThePackMarks(text, m.end, line) &&
            !undyedItem(text, m.start, m.end, line) &&
            !pcbFinishColour(text, m, onBoard) &&
            !(STANDARD_INK.test(m.text) && isPrint()))),
    );
    // "tone deviation ±3 dB": a sound's level or a tonne's weight, not a colour (see tone-not-colour.ts).
    if (!COLOUR_THRESHOLD.test(text))
      hits.push(...findAll(COLOUR_DIFFERENCE, text).filter((m) => !toneNotAColour(text, m)));
    // "Colour tolerance: little difference between batches is normal": a label about the colour no attribute owns,
    // answered with a difference allowed at no size.
    if (!COLOUR_THRESHOLD.test(text) && COLOUR_ABOUT_LABEL.test(clause.text.slice(0, clause.valueStart)))
      hits.push(...findAll(COLOUR_MAY_VARY, text));
    hits.push(...percentColourDifferences(clause, line));
    hits.push(...findAll(COLOUR_UNDECIDED, text), ...findAll(COLOUR_BY_BRAND, text));
    return withoutOverlaps(hits).map((m) => vagueFinding('color', clause, hit(m.start, m.end, m.text)));
  },
};
