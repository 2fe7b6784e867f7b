/**
 * Colour words that are part of the name of a material or a commodity, not a colour the buyer picks:
 * - a board or liner grade: "350 g/m² white coated outer liner", "white-top kraft liner", "white lined chipboard";
 * - a commodity named by its raw state: "café verde" (green coffee), "green coffee beans", "thé noir", "black tea";
 *   and a food commodity whose kind is its colour: "white rice", "brown sugar", "black pepper", "arroz branco", "riz
 *   blanc", "weißer Reis", "red lentils" (milled or whole, refined or raw: the colour names which goods, no dye);
 *   not when the commodity names what an object is for: "white rice cooker", "black pepper grinder" are coloured goods;
 * - the white or black of a small fitted part moulded in a named polymer, later on a measured line: "dropper with
 *   white PP collar", "black PE neck ring" (the part's maker has no other white to choose).
 * - a gold alloy named by its colour beside its fineness: "18K (750) yellow gold", "oro bianco 750", "14K rose gold";
 * - the insulation colour of a wire measured by its gauge: "18 AWG, PVC insulation, black" (wire colours are the
 *   standard code colours, named by the word alone, as UL and IEC name them); a cable's jacket colour is still read;
 * - "natural colour" of a polymer named on the line: the resin's own colour, no pigment added (see uncoloured.ts).
 * The item's own colour ("white coated mug", "café color verde", "white PP bottle, 500 ml") is still read.
 */

import { colourOfContainerGlass, namesABottleShape, namesContainerLine } from './container-glass';
import { anyOf, cjk, latinWords, regex, test } from './patterns';
import { POLYMER } from './polymers';

const BOARD_GRADE_AFTER =
  /^[\s-]{1,2}(?:(?:clay[- ])?coated|lined|top(?:ped)?|faced|back(?:ed)?)(?:\s{1,2}(?:outer|inner|top|kraft|duplex|recycled|virgin|test)){0,2}\s{1,2}(?:board|liner|linerboard|paper|kraft|chipboard|duplex|testliner|cardboard|carton ?board|GC[12]|GD[12])s?\b/iu;
const BOARD_COLOUR = /^(?:white|brown|grey|gray|blanco|blanc|weiß|weiss|branco|bianco)$/iu;

/** The noun a Romance or Vietnamese line puts before its colour word: "café verde", "thé vert", "chá preto". */
const COMMODITY_BEFORE =
  /(?<![\p{L}])((?:long|medium|short|round|bold)[ -]grain|caf[eé]s?|coffee|Kaffee|kopi|cà phê|té|thé|chá|tè|tea|arroz|riz|riso|beras|gạo|az[uú]car|açúcar|sucre|zucchero|pimienta|pimenta|poivre|pepe|lentejas?|lentilhas?|lentilles?|lenticchie|frijoles|feijão|haricots|fagioli|s[eé]samo|sésame|gergelim|quinoa|quinua)\s{1,2}$/iu;
/**
 * "pimienta negra" is black pepper, "molinillo de pimienta negro" a black mill: a Romance colour word agrees with the
 * noun it describes, so after a food noun it names that food only when its gender and number fit the noun's. Words
 * that do not inflect ("verde", "rouge", "integral") and nouns of languages without gender fit any.
 */
const FEMININE_FOOD = /^(?:pimienta|pimenta|lentejas?|lentilhas?|lentilles?|lenticchie|quinoa|quinua)$/iu;
const MASCULINE_FOOD =
  /^(?:caf[eé]s?|té|thé|chá|tè|arroz|riz|riso|açúcar|sucre|zucchero|poivre|pepe|frijoles|feijão|haricots|fagioli|s[eé]samo|sésame|gergelim)$/iu;
const FEMININE_COLOUR =
  /^(?:negras?|pretas?|ner[ae]|blancas?|brancas?|bianc(?:a|he)|noires?|vertes?|blanches?|rojas?|ross[ae]|vermelhas?|morenas?|amarillas?|amarelas?)$/iu;
const MASCULINE_COLOUR =
  /^(?:negros?|pretos?|ner[oi]|blancos?|brancos?|bianc(?:o|hi)|noirs?|verts?|blancs?|rojos?|ross[oi]|vermelhos?|morenos?|amarillos?|amarelos?|mascavo)$/iu;
/** Plural nouns take a plural colour: "lentejas rojas", "lenticchie rosse"; "frijoles negro" is no food's name. */
const PLURAL_FOOD = /^(?:caf[eé]s|lentejas|lentilhas|lentilles|lenticchie|frijoles|haricots|fagioli)$/iu;
const PLURAL_COLOUR = /^(?:\p{L}+s|neri|nere|bianchi|bianche|rossi|rosse)$/iu;

function agreesWithFood(colour: string, food: string): boolean {
  const feminine = FEMININE_FOOD.test(food) ? true : MASCULINE_FOOD.test(food) ? false : undefined;
  if (feminine === undefined) return true;
  if (feminine ? MASCULINE_COLOUR.test(colour) : FEMININE_COLOUR.test(colour)) return false;
  const inflects = FEMININE_COLOUR.test(colour) || MASCULINE_COLOUR.test(colour);
  return !inflects || PLURAL_FOOD.test(food) === PLURAL_COLOUR.test(colour);
}

/** The food noun right before the colour word, with the colour agreeing with it: "pimienta negra", "riz blanc". */
function foodBefore(colour: string, before: string): boolean {
  const food = COMMODITY_BEFORE.exec(before);
  return food !== null && agreesWithFood(colour.trim(), food[1]!);
}
// Grains and pulses traded by a colour class: "US No. 2 yellow soybeans", "yellow dent corn", "hard red winter wheat",
// "white maize", "red kidney beans": the grade standard names the class by its colour; no dye is chosen.
// Only when the grain is the goods: "white wheat straw plates", "black rice husk cups" name a material the grain left
// behind, and the plates' colour is chosen.
const COMMODITY_AFTER =
  /^[\s-]{1,2}(?:(?:winter|spring|dent|flint|durum|kidney|split|mung|navy|pinto|lima|butter|cannellini|great northern|-?eyed)[\s-]{1,2})?(?:soy ?beans?|soya ?beans?|corn|maize|sorghum|millet|peas|chick ?peas|wheat|onions?|coffee|tea|Kaffee|Tee|rice|Reis|rijst|sugar|Zucker|suiker|pepper(?:corns)?|Pfeffer|peper|lentils?|Linsen|beans?|Bohnen|sesame(?: seeds?)?|Sesam|quinoa|chia(?: seeds?)?|mustard seeds?|cardamom|raisins?|currants?)(?![\p{L}])(?![\s-]{1,2}(?:straw|husks?|hulls?|fib(?:re|er)s?|stalks?|cobs?|starch|based|composite|leather|plastic|bioplastic)(?![\p{L}]))(?!\s{1,2}(?:cookers?|paper|bowls?|grinders?|mills?|shakers?|dispensers?|containers?|jars?|canisters?|pots?|spoons?|scoops?|cans?|tins?|box(?:es)?|bags?|sacks?|holders?|makers?|machines?|plates?|storage|maker))/iu;
/**
 * "purple corn", "blue maize", "black barley": a grain sold by the colour of its kernel, like yellow corn. Only before
 * a cereal, where the colour is the crop's and no dye is chosen; "blue coffee mugs" stays a chosen colour.
 */
const KERNEL_COLOUR = /^(?:purple|blue|violet)$/iu;
const CEREAL_AFTER = /^[\s-]{1,2}(?:corn|maize|rice|wheat|barley)(?![\p{L}])/iu;
/** "navy beans": the bean's variety, not the navy colour. */
const BEAN_VARIETY = /^navy$/iu;
const BEANS_AFTER = /^[\s-]{1,2}beans?(?![\p{L}])/iu;
const COMMODITY_COLOUR =
  /^(?:green|black|white|brown|red|yellow|verde|vert|verts|grün|grüner|hijau|negro|negra|noir|preto|preta|nero|schwarz(?:er|e)?|blanco|blanca|blanc|branco|bianco|oro|moreno|mascavo|integral|rouges?|roj[oa]s?|ross[oa]|vermelh[oa]s?|weiß(?:er|e)?|weiss(?:er|e)?|brauner?|roter?|gelber?|putih|trắng)$/iu;

const NEUTRAL = /^(?:black|white|negro|blanco|noir|blanc|schwarz|wei(?:ß|ss)|preto|branco|nero|bianco)$/iu;
const POLYMER_PART_AFTER =
  /^\s{1,2}(?:PP|PE|HDPE|LDPE|PET|PETG|ABS|POM|TPE|TPR|silicone|rubber|nylon|aluminium|aluminum)\s{1,2}(?:collars?|(?:neck\s)?rings?|bands?|shoulders?|sleeves?|spouts?|nozzles?|bulbs?|teats?)\b/iu;
const MEASURED = regex(
  String.raw`(?<![\p{L}\d])\d+(?:[.,]\d+)?\s{0,2}(?:mm|cm|ml|cc|l|g|kg|gsm|g/m²)(?![\p{L}\d])`,
  'giu',
);

/** A gold alloy's colour right before or after "gold" in the languages read: "yellow gold", "oro giallo", "Weißgold". */
const GOLD_ALLOY = regex(
  String.raw`^(?:(?:yellow|white|rose|red|pink|green)[\s-]{1,2}gold|gold|(?:oro|ouro|or)\s(?:amarillo|blanco|rosa|giallo|bianco|rosso|amarelo|branco|ros[ée]|jaune|blanc|rouge)|(?:Gelb|Weiß|Weiss|Rot|Rosé|Rose)gold)$`,
  'iu',
);
const GOLD_AFTER = /^[\s-]{1,2}(?:gold|oro|ouro|or)(?![\p{L}])/iu;
const GOLD_BEFORE = /(?:oro|ouro|(?<![\p{L}])or)\s$/iu;
const GOLD_SHADE =
  /^(?:yellow|white|rose|red|pink|green|amarillo|blanco|rosa|giallo|bianco|rosso|amarelo|branco|ros[ée]|jaune|blanc|rouge)$/iu;
/** The fineness that makes "yellow gold" an alloy: "18K", "14 kt", "750", "585", "916", "Au750". */
const FINENESS = anyOf(
  latinWords([
    'd{1,2}s?(?:K|kt|ct|carat|karat|quilates|carati|Karat)',
    '(?:Au|AU)?s?(?:375|585|750|916|917|999)',
  ]),
  cjk(['(?:18|14|22|24|9)K金', '足金', '千足金']),
);

function namesAGoldAlloy(word: string, text: string, start: number, end: number, line: string): boolean {
  if (!test(FINENESS, line)) return false;
  if (GOLD_ALLOY.test(word)) return true;
  if (GOLD_SHADE.test(word) && GOLD_AFTER.test(text.slice(end, end + 8))) return true;
  return GOLD_SHADE.test(word) && GOLD_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

const CODE_COLOUR =
  /^(?:black|white|red|blue|green|yellow|brown|grey|gray|orange|violet|purple|green[/-]yellow|yellow[/-]green|negro|blanco|rojo|azul|verde|amarillo|marr[oó]n|gris|noir|blanc|rouge|bleu|vert|jaune|schwarz|wei(?:ß|ss)|rot|blau|gr[üu]n|gelb|braun|grau|preto|branco|vermelho|amarelo|nero|bianco|rosso|blu|giallo|أسود|أبيض|أحمر|أزرق|أخضر|أصفر)$/iu;
/** A wire line: its conductor counted in AWG or mm², and its insulation named. */
const WIRE_GAUGE = /\d\s{0,2}(?:AWG|mm²|mm2|sq\.?\s?mm|مم²)(?![\p{L}])/iu;
// The conductor's insulation, not a cable's outer jacket or sheath: a USB or a mains cord's jacket colour is the
// buyer's pick like any housing's ("TPE jacket, black" stays vague).
const INSULATION = /insulat|aislamiento|aislado|isolant|Isolierung|isoliert|isolamento|عزل|绝缘|絶縁/iu;

/** "natural colour", "natural color", "colore naturale", "couleur naturelle": the material's own colour. */
const NATURAL_COLOUR =
  /^(?:natural(?:\s(?:colou?r|shade))?|(?:colou?r\s)?natural|colore\snaturale|couleur\snaturelle|color\snatural|cor\snatural|Naturfarbe|naturfarben)$/iu;

/** "PP pellets, natural colour": read before "natural colours" is taken for an assortment (color-words.ts). */
export function naturalOfAPolymer(word: string, line: string): boolean {
  return NATURAL_COLOUR.test(word.trim()) && test(POLYMER, line);
}

/**
 * The commodity colour of a pack or carrier named with its material, later in a line about the goods it holds:
 * "new white PP woven bags", "frasco PET 250 ml transparente, tapa flip-top PP blanca", "butelka HDPE biała",
 * "black HDPE drum 200 l". A sack or a bottle maker sells white, black, clear or natural stock; no shade is left to
 * argue over. The line's item itself ("White PP bottle, 500 ml" first on its line, "Colour: white") is still read,
 * and so is a colour with no material beside it ("lotion pump, white") or a part that is not a pack ("ABS housing").
 */
const PACK_NEUTRAL = regex(
  `^(?:white|black|clear|transparent|natural|blanc[oa]s?|blanc(?:he)?s?|branc[oa]s?|bianc[oa]|bianch[ie]|negr[oa]s?|pret[oa]s?|ner[oa]|noire?s?|transparentes?|trasparente|wei(?:ß|ss)(?:e[rsnm]?)?|schwarz(?:e[rsnm]?)?|biał(?:y|a|e)|czarn(?:y|a|e)|przezroczyst(?:y|a|e)|beyaz|siyah|şeffaf|putih|hitam|bening)$`,
  'iu',
);
const PACK_NOUN = latinWords([
  '(?:woven |jumbo |valve |laminated )?(?:bags?|sacks?)',
  'bottles?',
  'jars?',
  'caps?',
  'lids?',
  'closures?',
  'collars?',
  'drums?',
  'jerry ?cans?',
  'pails?',
  'buckets?',
  'tubs?',
  'vials?',
  'liners?',
  'pouches?',
  'trays?',
  'crates?',
  'containers?',
  'IBCs?',
  'Boston rounds?',
  'frascos?',
  'botell(?:a|as)',
  'tap(?:a|as|ón|ones)',
  'bols(?:a|as)',
  'sac(?:o|os|s)?',
  'envases?',
  'bid(?:ón|ones)',
  'tarros?',
  'garraf(?:a|as)',
  'tamp(?:a|as)',
  'potes?',
  'flacons?',
  'bouteilles?',
  'bouchons?',
  'Flaschen?',
  'Deckel',
  'Verschl(?:uss|üsse)',
  'Säcke|Sack',
  'Beutel',
  'flacon[ei]',
  'bottigli[ae]',
  'tapp[oi]',
  'sacch[io]|sacco',
  'butel(?:ka|ki|ek)',
  'zakręt(?:ka|ki|ek)',
  'nakręt(?:ka|ki|ek)',
  'wor(?:ek|ki|ków)',
  'słoi(?:k|ki|ków)',
  'şişe(?:ler)?',
  'kapak(?:lar)?',
  'çuval(?:lar)?',
  'botol',
  'tutup',
  'karung',
]);
const PACK_MATERIAL = anyOf(
  POLYMER,
  latinWords(['glass', 'vidrio', 'vidro', 'verre', 'Glas', 'vetro', 'szkło|szklan[aey]', 'cam', 'kaca']),
);
const WORDS_BETWEEN = String.raw`(?:[\s,]{1,2}(?:[\p{L}\d/×x.-]{1,12}|\d+(?:[.,]\d+)?\s{0,2}(?:ml|l|cc|g|kg|mm)))`;
/** Colour, material, up to three words (size, make), then the pack: "white PP woven bags", "black HDPE 200 l drum". */
const COLOUR_FIRST = regex(
  String.raw`^\s{1,2}${PACK_MATERIAL}${WORDS_BETWEEN}{0,3}?\s{1,2}${PACK_NOUN}`,
  'iu',
);
/** The pack, its material and size, then the colour: "butelka HDPE biała", "tapa flip-top PP blanca". */
const COLOUR_LAST = regex(
  String.raw`${PACK_NOUN}${WORDS_BETWEEN}{0,3}?\s{1,2}${PACK_MATERIAL}${WORDS_BETWEEN}{0,2}?\s{1,2}$`,
  'iu',
);
/**
 * "milky white PP jar", "off-white HDPE bottle", "tapa PP blanca lechosa", "bianco latte": a shade word beside the
 * neutral makes it a chosen shade again (a milky white is a masterbatch, not the resin's stock white).
 */
const SHADE_BEFORE =
  /(?<![\p{L}])(?:milky|milk|creamy|cream|pearl(?:y|escent)?|snow(?:y)?|ivory|off|warm|cool|pure|super|jet|ice|icy|chalk(?:y)?|bone|antique|soft|pitch|ink|opal|frosty|natural|signal|traffic|piano|matt?e?|glossy|satin|bright|brilliant)[\s-]{1,2}$/iu;
const SHADE_AFTER =
  /^[\s-]{1,2}(?:lechos[oa]s?|hueso|roto|rota|perla|marfil|crema|nieve|cass[ée]e?s?|laiteu(?:x|se)s?|crème|ivoire|nacr[ée]e?s?|latte|lattiginos[oa]|avorio|panna|leitos[oa]s?|gelo|pérola|marfim|neve|mleczn\p{L}{0,3}|kremow\p{L}{0,3}|perłow\p{L}{0,3}|süt|krem|inci|susu|gading|mutiara)(?![\p{L}])/iu;

/** A glass named by its type: amber (light-blocking) and flint (clear soda-lime) glass are grades, not shades. */
const GLASS_TYPE =
  /(?<![\p{L}])(?:amber|flint|ámbar|âmbar|ambre|ambra|Braun)[\s-]{1,2}(?:glass|vidrio|vidro|verre|vetro|Glas)(?![\p{L}])/iu;

/** Green and cobalt are glass types too, but only on a container's line (container-glass.ts): "green glass vase". */
const CONTAINER_GLASS_TYPE =
  /(?<![\p{L}])(?:emerald[\s-]green|green|cobalt(?:[\s-]blue)?|verde|vert|grün(?:es)?|cobalto|Kobalt)[\s-]{1,2}(?:glass|vidrio|vidro|verre|vetro|Glas)(?![\p{L}])/iu;

/**
 * Where the glass type that opens the value of a colour field ends ("amber glass 30 ml Boston round"), or -1. The
 * colour words inside it are the type's; any other must be the neutral stock of a fitted part.
 */
export function glassTypeValue(value: string, line: string): number {
  const m = GLASS_TYPE.exec(value) ?? (namesContainerLine(line) ? CONTAINER_GLASS_TYPE.exec(value) : null);
  return m !== null && value.slice(0, m.index).trim() === '' ? m.index + m[0].length : -1;
}

export function neutralOfAPack(
  text: string,
  start: number,
  end: number,
  line: string,
  lineStart: number,
): boolean {
  if (!PACK_NEUTRAL.test(text.slice(start, end))) return false;
  if (
    SHADE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    SHADE_AFTER.test(text.slice(end, end + 20))
  )
    return false;
  // Not the line's own item: past its first break or label, and on a measured line.
  const at = lineStart + start;
  const firstBreak = line.search(/[,;:，；：]/u);
  if (firstBreak < 0 || at < firstBreak) return false;
  if ((line.match(MEASURED) ?? []).length < 1) return false;
  const segmentStart = Math.max(
    ...[',', ';', ':', '，', '；', '：'].map((c) => text.lastIndexOf(c, start - 1)),
  );
  const before = text.slice(Math.max(0, segmentStart + 1, start - 60), start);
  return COLOUR_FIRST.test(text.slice(end, end + 60)) || COLOUR_LAST.test(` ${before}`);
}

export function colourWordNamesAMaterial(
  text: string,
  start: number,
  end: number,
  line: string,
  lineStart: number,
): boolean {
  const word = text.slice(start, end);
  const after = text.slice(end, end + 60);
  if (namesAGoldAlloy(word.trim(), text, start, end, line)) return true;
  if (namesABottleShape(text, start, end)) return true;
  if (colourOfContainerGlass(text, start, end, line)) return true;
  if (CODE_COLOUR.test(word.trim()) && WIRE_GAUGE.test(line) && INSULATION.test(line)) return true;
  if (naturalOfAPolymer(word, line)) return true;
  if (neutralOfAPack(text, start, end, line, lineStart)) return true;
  if (BOARD_COLOUR.test(word) && BOARD_GRADE_AFTER.test(after)) return true;
  if (
    COMMODITY_COLOUR.test(word) &&
    (foodBefore(word, text.slice(Math.max(0, start - 16), start)) || COMMODITY_AFTER.test(after))
  )
    return true;
  if (KERNEL_COLOUR.test(word.trim()) && CEREAL_AFTER.test(after) && COMMODITY_AFTER.test(after)) return true;
  if (BEAN_VARIETY.test(word.trim()) && BEANS_AFTER.test(after)) return true;
  if (!NEUTRAL.test(word) || !POLYMER_PART_AFTER.test(after)) return false;
  // Later in the line, past the item the line is about, and the item is measured.
  const firstBreak = line.search(/[,;，；]/u);
  return firstBreak >= 0 && lineStart + start > firstBreak && (line.match(MEASURED) ?? []).length >= 2;
}
