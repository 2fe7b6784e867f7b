/**
 * The whole item held to something nobody can produce again: "Specification: same as last order", "Finish: shiny
 * chrome, same like the sample you sent us", "要求：跟上次的货一样". The colour, size, packing and material rules read
 * such references under their own labels; this one reads them under a label that names the whole item
 * (specification, requirement, finish, quality) and, for an earlier order, in a clause with no label at all.
 * Silent when the sample is numbered, sealed or signed, or a document is named by its reference.
 */

import { EXACT_DATE } from './date-lexicon';
import { NAMED_ORDER, namesAStandard } from './named-record';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import {
  AS_SAMPLE,
  BUYER_INSTRUCTION,
  DESIGN_FILE,
  heldToIdentifiedSample,
  SAMPLE_IDENTIFIED,
} from './reference-lexicon';
import { NUMBERED_DOCUMENT } from './written-document';

const EARLIER = '(?:previous|last|former|earlier|old|first) (?:order|shipment|batch|production|lot|time)';
/** An earlier order named as the standard, in the languages read. */
export const EARLIER_ORDER = anyOf(
  latinWords([
    `same (?:as|like) (?:the |our |your )?${EARLIER}`,
    `as (?:the |our )?${EARLIER}`,
    'igual (?:a|que|al) (?:el |la )?(?:pedido|orden|lote) anterior',
    'como (?:el |la )?(?:pedido|orden|lote) anterior',
    'comme (?:la |le )?(?:dernière|précédente|dernier) (?:commande|lot)',
    "(?:identique|identiques|pareil(?:le)?s?|conformes?) (?:à|au) (?:la |le |l[’'])?(?:(?:dernière|précédente|dernier|précédent|ancienne?) (?:commande|lot|livraison)|(?:commande|livraison) précédente|lot précédent)",
    "comme (?:avant|auparavant|d[’']habitude|précédemment)",
    'wie (?:die |bei der )?(?:letzte|vorherige)n? (?:Bestellung|Lieferung)',
    'igual ao (?:pedido|lote) anterior',
    // The Romance adjective before its noun as often as after it: "igual ao último pedido", "igual que el último
    // pedido", "o mesmo da última encomenda", "uguale all'ultimo ordine".
    '(?:igual|idêntic[oa]|idéntic[oa]|(?:(?:o|a|lo|el|la) )?(?:mism[oa]|mesm[oa]))(?: (?:a|al|ao|à|que|do|da|del|de))?(?: (?:o|a|el|la|os|as))? (?:últim[oa]s?|anterior|pasad[oa]|passad[oa]|previ[oa]) (?:pedidos?|orden|órdenes|lotes?|encomendas?|embarques?|envíos?|envios?|compras?|producción|produção|remesas?|partidas?)',
    '(?:como|igual que) (?:en |n)?(?:el |o |a |la )?(?:últim[oa]|anterior|pasad[oa]|passad[oa]) (?:pedido|orden|lote|encomenda|embarque|envío|envio|compra|remesa)',
    "(?:uguale|identic[oa]|come|stess[oa] (?:del|dell[’']|della))\\s?(?:a(?:ll[’']|l|lla)\\s?)?(?:l[’'])?(?:ultim[oa]|precedente|scors[oa]) (?:ordine|lotto|spedizione|consegna)",
    "come (?:l[’']|il )?(?:ordine|lotto) precedente",
    // "the last time" in the other languages read: as vague as "same as last time", and written as often.
    'comme (?:la )?(?:dernière fois|fois précédente|commande précédente)',
    '(?:igual (?:que|a) |como )(?:la )?(?:última vez|vez anterior)',
    '(?:igual (?:à|a|ao que foi|da) |como (?:na |da )?)(?:última vez|vez anterior)',
    'wie (?:beim )?(?:letzten|vorigen) Mal',
    'wie (?:zuletzt|beim letzten Auftrag|bei der letzten Bestellung)',
    "come (?:l[’']ultima volta|la volta scorsa|la volta precedente)",
    'jak (?:poprzednio|ostatnio|(?:przy |za )?ostatnim razem|w (?:poprzednim|ostatnim) zamówieniu|w poprzedniej partii)',
    '(?:bir )?(?:geçen|önceki|son) (?:sefer(?:ki)?|sipariş(?:teki)?|parti(?:deki)?|gönderi(?:deki)?) gibi',
  ]),
  scriptWords([
    'как (?:и )?в (?:прошлый|предыдущий|последний) раз',
    'как (?:и )?в (?:прошлом|предыдущем|последнем) заказе',
    'как (?:и )?в (?:прошлой|предыдущей|последней) партии',
    // "как раньше", "как и раньше", "как прежде": as before, with the "и" ("also") Russian puts in as often as not.
    'как (?:и )?(?:раньше|прежде|ранее)',
    'так же,? как (?:и )?(?:раньше|прежде|ранее)',
  ]),
  cjk([
    '(?:跟|和|同|与)上次(?:的货|订单|的)?(?:一样|相同|一致)',
    '同上次',
    '按上次',
    '照上次',
    '跟以前一样',
    '前回(?:の(?:注文|ロット|商品))?(?:と)?(?:同じ|同様|通り|どおり)',
  ]),
);
/** A sample or a picture, as the attribute rules read it, or the "same like" of suppliers' English. */
const SAMPLE_OR_PICTURE = anyOf(
  AS_SAMPLE,
  latinWords(['same like (?:the |our |your )?(?:samples?|pictures?|photos?|images?)']),
);
/**
 * "must be as good as the sample", "no worse than the approved sample": the goods held to a sample by comparison.
 * Which sample, kept by whom, is what the line leaves out.
 */
const SAMPLE_LIKENESS = latinWords([
  '(?:as good as|no worse than|not (?:worse|lower) than|equal to|identical to|consistent with|in line with|up to) (?:the |our |your )?(?:approved |confirmed |original |first |pre-?production )?samples?',
  '(?:igual de buen[oa]|tan buen[oa]) (?:que|como) (?:la )?muestra',
  "aussi (?:bon|bonne)s? que l[’']échantillon",
  'tão bo[ma]s? quanto a amostra',
  'so gut wie (?:das )?Muster',
]);
/** The goods as a whole, made in bulk: the subject a sample comparison is about when no label names one. */
const BULK_GOODS = latinWords([
  'bulk(?: goods| production| order)?',
  'mass(?:ive)? production',
  '(?:the |all )?(?:finished |production )?goods',
  'production(?: quality)?',
  'producción(?: en masa)?',
  'production en série',
  'produção(?: em massa)?',
  'Serienproduktion',
  'Serienware',
  // The product itself as the subject: "Produto conforme amostra aprovada", "Products same as sample".
  'products?',
  '(?:all )?items',
  // Its quality as a whole: "Quality same as sample", "Qualité conforme à l'échantillon".
  'quality',
  'qualité',
  'calidad',
  'qualidade',
  'Qualität',
  'produto',
  'producto',
  'produits?',
  'Produkte?',
  'Ware',
  // The goods or their make as the subject in Italian, Polish and Turkish: "merce come da campione", "wykonanie jak w
  // próbce", "ürün numune gibi".
  'prodott[oi]',
  'merce',
  'qualità',
  'wykonanie',
  'produkty?',
  'towary?',
  'jakość',
  'ürün(?:ler)?',
  'kalite',
  'üretim',
  // Dutch, Indonesian and Vietnamese: "kwaliteit zoals op de foto", "kualitas sama seperti di foto", "chất lượng
  // như hình", "barangnya sesuai gambar".
  'kwaliteit',
  'afwerking',
  'goederen',
  'kualitas',
  'mutu',
  'barang(?:nya)?',
  'produk(?:nya)?',
  'chất lượng',
  'sản phẩm',
]);
/** The same subjects in Cyrillic and Japanese, bounded by their own scripts. */
const BULK_GOODS_OTHER = anyOf(
  scriptWords(['товары?', 'продукци[яи]', 'издели[яе]', 'качество', 'партия']),
  cjk(['製品', '商品', '品質', '量産品?']),
);
/**
 * "Come da campione.", "Jak w próbce.", "As sample.": the reference is the whole line. Nothing else says what
 * the goods are, so the sample nobody named is the spec.
 */
const APPROVED =
  /approved|confirmed|aprobad|aprovad|approuvé|freigegeb|approvat|zatwierdz|onaylı|утвержд|承認/iu;
function referenceIsWholeClause(text: string): { start: number; end: number; text: string }[] {
  const found = findAll(AS_SAMPLE, text);
  const only = found[0];
  // "Same as approved sample": a sample both sides signed off is a step the order records, unlike a bare "as sample".
  // "按样品" alone is the hard-case list's clear line (a table cell answering another column): Latin and Cyrillic only.
  if (!only || found.length !== 1 || APPROVED.test(only.text) || /\p{sc=Han}|\p{sc=Kana}/u.test(only.text))
    return [];
  const rest = (text.slice(0, only.start) + text.slice(only.end)).replace(/[\s\p{P}]/gu, '');
  return rest.length === 0 ? found : [];
}
/**
 * "All items as per buyer's requirement": the goods held to requirements the order does not write down; whichever
 * the buyer meant, the supplier can say it met them.
 */
const UNWRITTEN_REQUIREMENT = BUYER_INSTRUCTION;
/**
 * "As per buyer's requirement.", "Printing per customer's request": the unwritten requirement is all the line says
 * (at most two words name what it is about), so nothing on the order holds the goods to anything.
 */
function requirementIsWholeClause(text: string): { start: number; end: number; text: string }[] {
  const found = findAll(UNWRITTEN_REQUIREMENT, text);
  const only = found[0];
  if (!only || found.length !== 1) return [];
  const rest = (text.slice(0, only.start) + text.slice(only.end)).replace(/\p{P}/gu, ' ').trim();
  return rest === '' || (/^[\p{L}]+(?: [\p{L}]+)?$/u.test(rest) && !/\d/.test(rest)) ? found : [];
}
/**
 * German names the sample by what it is, in one word: "wie Musterstuhl", "gemäß Mustertisch" (the sample chair,
 * the sample table). Which one, kept where, is what the line leaves out, as with "same as sample".
 */
const SAMPLE_COMPOUND = latinWords(['(?:wie|gemäß|nach) (?:(?:das|der|die|dem|beim) )?Muster\\p{Ll}+']);
/**
 * Labels that name the whole item rather than one attribute of it. The make and finish of the goods (workmanship,
 * "Wykonanie", "Ausführung", "acabado", "işçilik", "исполнение") head the whole item in every language read, and so
 * does the sample field of an order sheet ("Sample: mass production same as sample", "Muestra: …", "样品：…"): what
 * it holds the bulk goods to is the whole item's standard. So does the formula of a cosmetic, a food or a chemical
 * ("Formula: same as sample", "Serum formula:", "Rezeptur:", "配方："): the recipe is what the goods are.
 */
const GENERIC_LABEL =
  /^\s{0,3}(?:(?:(?:pre-?production|PP|approved|reference|golden|counter) )?samples?(?: (?:requirements?|approval|standard))?|sampling|muestras?|échantillons?|Muster|amostras?|campion[ei]|próbk[ai]|numune|sampel|contoh|mẫu|monsters?|образцы?|样品|样板|サンプル|spec(?:ification)?s?|requirements?|finish(?:ing)?|(?:\p{L}{2,20}\s)?formula(?:tion)?|fórmula|formulaci[oó]n|formule|Rezeptur|formulazione|配方|surface|quality|hand ?feel(?:ing)?|feel(?:ing)?|touch|texture|Griff|Haptik|tacto|toucher|tatto|toque|手感|風合い|触感|촉감|afwerking|kwaliteit|uitvoering|kualitas|mutu|hasil akhir|chất lượng|style|appearance|details?|models?|design|mod[eè]les?|modelos?|modell[oi]?|diseños?|Stil|estilo|款式|款型|样式|式样|外观|デザイン|스타일|디자인|bulk(?: production| goods)?|mass production|workmanship|craftsmanship|especificaci[oó]n(?:es)?|requisitos?|exigences?|Anforderungen?|especifica[cç][aã]o|requisiti|acabados?|acabamentos?|finitions?|finiture?|lavorazione|fattura|Ausführung|Verarbeitung|wykonanie|wykończenie|[iİ]şçilik|yüzey|hoàn thiện|исполнение|отделка|要求|规格|工艺|做工|产品要求|质量要求|大货|仕上げ|品質)\s{0,2}[:：]/iu;

/**
 * What may sit between the reference and the number that names its order: a space, a comma, a bracket, a dash.
 * Words in between ("same as last time, ship by invoice no. 100") make the number some other paper's.
 */
const TIE = String.raw`[\s,，、;:：(（\[\-–—]{0,4}`;
/** "same as PO 45821", "как в заказе № 20417": the numbered order is itself what the goods are held to. */
const SAME_AS_ORDER = anyOf(
  latinWords([`(?:same (?:as|like)|identical to|like) (?:the |our |your )?(?:${NAMED_ORDER})`]),
  scriptWords([`(?:так(?:ой|ое|ая)? же,? )?как (?:и )?в (?:${NAMED_ORDER})`]),
);
/** "(new order)", "this order": the number after the reference is the order being placed, not the earlier one. */
const NUMBER_IS_THIS_ORDERS =
  /^\s{0,3}[(（,，-]?\s{0,3}(?:(?:the|a|our) )?(?:new|this|current|present|nouvelle|présente|cette|nuevo|nueva|este|esta|neue[rn]?|diese[rn]?|nuovo|questo|novo|nova|нов|текущ|этот|этого|新|本次|这次|今回)/iu;

/**
 * "same as last time (order no. 45821)", "как в прошлый раз, заказ № 20417", "前回と同じ（発注番号 55012）": an earlier
 * order reference with the number of that order right after it, or "same as PO 45821". Only the reference itself
 * is answered: the number says which goods, not what grade, so praise beside it is still praise.
 */
export function namedEarlierOrders(text: string): { start: number; end: number; text: string }[] {
  return findAll(anyOf(`(?:${EARLIER_ORDER})${TIE}(?:${NAMED_ORDER})`, SAME_AS_ORDER), text).filter(
    (m) => !NUMBER_IS_THIS_ORDERS.test(text.slice(m.end, m.end + 24)),
  );
}

export function wholeItemReferences(
  text: string,
  line: string,
): { start: number; end: number; text: string }[] {
  const named = namedEarlierOrders(text);
  return referencesIn(text, line).filter((r) => !named.some((n) => r.start < n.end && n.start < r.end));
}

function referencesIn(text: string, line: string): { start: number; end: number; text: string }[] {
  // A sample both sides can find again — numbered, sealed, signed, or approved on a stated date — is a standard.
  if (test(SAMPLE_IDENTIFIED, line) || test(DESIGN_FILE, line) || heldToIdentifiedSample(line)) return [];
  if (test(UNWRITTEN_REQUIREMENT, text) && test(NUMBERED_DOCUMENT, line)) return [];
  if (test(EXACT_DATE, line) && test(SAMPLE_LIKENESS, line)) return [];
  // "как в прошлый раз (ГОСТ 31410-2010)": a standard named by its number pins what the goods must meet.
  if (namesAStandard(text)) return [];
  if (GENERIC_LABEL.test(text))
    return findAll(anyOf(EARLIER_ORDER, SAMPLE_OR_PICTURE, SAMPLE_LIKENESS), text);
  // Under another label ("Pallet: same as last order", "唛头：同上次") the reference is that label's rule's to read.
  if (/[:：]/u.test(text)) return [];
  // "Bulk production must be as good as the sample": with no label, the bulk goods name the whole item.
  // "Bulk same as sample": the bulk goods held to a sample nobody can name.
  const likeness = test(anyOf(BULK_GOODS, BULK_GOODS_OTHER), text)
    ? findAll(anyOf(SAMPLE_LIKENESS, AS_SAMPLE, UNWRITTEN_REQUIREMENT), text)
    : [];
  return [
    ...findAll(EARLIER_ORDER, text),
    ...likeness,
    ...findAll(SAMPLE_COMPOUND, text),
    ...(likeness.length === 0 ? referenceIsWholeClause(text) : []),
    ...(likeness.length === 0 ? requirementIsWholeClause(text) : []),
  ];
}
