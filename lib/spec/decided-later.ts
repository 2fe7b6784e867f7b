/**
 * A value handed to a later decision or to one side's say instead of being written: "exact number decided by our
 * engineer", "critical dims agreed later", "details after sample", "las cotas críticas se acordarán más adelante",
 * "conditions: ask the manager", "heat treated to customer satisfaction". Each reading is a verb of settling (decide,
 * agree, define, confirm) governing the value, with its doer on the supplier's side or its time after the order;
 * what is settled after the deposit is settled by the side that holds the goods. The order has nothing to hold them
 * to until the value itself is written. Read on clauses no attribute rule owns (their own rules read their deferrals).
 */
import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, runStart, scriptWords, test } from './patterns';
import type { VagueHit } from './spec-finding';
import { STOCK_CONDITION } from './stock-condition';

/** The supplier side as the one who decides: "our engineer", "the factory", "nuestro técnico". */
const OUR_SIDE_EN =
  '(?:our|the|their|factory|supplier|seller)(?:[’\u0027]s)? (?:own )?(?:engineers?|technicians?|factory|workshop|designers?|QC(?: team)?|team|production(?: team)?|supplier|seller|mou?ld (?:maker|shop))';
const SETTLE_EN =
  '(?:decided|determined|defined|chosen|set|fixed|confirmed|adjusted|specified|finali[sz]ed|agreed|discussed|settled)';
const LATER_EN =
  '(?:later|afterwards|at a later (?:date|stage|time)|after (?:the )?(?:samples?|sampling|trial(?: run)?|first article|T1|order(?: confirmation)?|deposit))';
/** What a technical line leaves to later: its details, dimensions, tolerances, figures. */
const DETAILS_EN =
  '(?:details?|specs?|specifications?|dimensions?|dims|values?|tolerances?|figures?|parameters?|data)';

const DECIDED_LATER = anyOf(
  latinWords([
    `${SETTLE_EN} by ${OUR_SIDE_EN}`,
    `at (?:the )?(?:our|factory|supplier|seller)(?:[’\u0027]s)? (?:own )?discretion`,
    `(?:(?:to be|will be|shall be|are|is|be) )?${SETTLE_EN} ${LATER_EN}`,
    `${DETAILS_EN} (?:(?:will be |to be )?(?:given|sent|provided|confirmed|agreed|decided|defined|fixed) )?after (?:the )?(?:samples?|sampling|trial(?: run)?|first article|T1)`,
    `(?:heat[- ]treated|${runStart('[\\p{L}-]')}[\\p{L}-]{3,}ed|made|done|ground|cut|built|sewn|woven|cast|bent|wound|spun|worn|shown) to (?:the )?(?:customer|buyer|client|your)(?:[’\u0027]s)? satisfaction`,
    // Only where the asking is the value: it ends the clause or asks for the terms ("contact our sales team for
    // details"); "ask the manager to sign the report", "contact the account manager for the booking" is an errand.
    `(?:ask|contact|check with|consult) (?:our |the |your )?(?:manager|sales(?:man| team| rep(?:resentative)?)?|customer service|account manager)(?=\\s{0,3}(?:$|[.;,!)]|for (?:(?:more|further|the|exact|full) )?${DETAILS_EN}|for (?:more |further )?(?:info(?:rmation)?|terms|conditions|prices?)))`,
    // Spanish, Portuguese, Italian, French, German: the same verbs of settling, future or passive.
    'se (?:acordar|definir|decidir|confirmar|determinar|fijar|concretar)(?:á|án) (?:más adelante|después|luego|posteriormente|tras la muestra)',
    '(?:decidid|definid|determinad|fijad)[oa]s? (?:por (?:nuestr[oa]|el|la) (?:ingenier[oa]|técnic[oa]|fábrica|taller)|más adelante|después de la muestra)',
    'a criterio (?:de(?:l| la)?|(?:de )?nuestr[oa]) (?:fábrica|ingeniero|proveedor|técnico|fabricante)',
    '(?:serão|será) (?:definid|acordad|combinad|decidid)[oa]s? (?:depois|mais tarde|posteriormente|após a amostra)',
    '(?:definid|decidid)[oa]s? pel[oa] (?:nosso|nossa) (?:engenheir[oa]|técnic[oa]|fábrica)',
    '(?:sarà|saranno) (?:definit|concordat|decis)[oa-i] (?:più avanti|in seguito|dopo (?:il )?campione)',
    '(?:decis|definit)[oa] dal (?:nostro )?(?:ingegnere|tecnico|fornitore)',
    "(?:sera|seront) (?:défini|convenu|décidé|fixé)e?s? (?:plus tard|ultérieurement|après (?:l[’']échantillon|la commande))",
    '(?:défini|décidé|fixé)e?s? par (?:notre|l[’\u0027]) ?(?:ingénieur|technicien|usine)',
    '(?:wird|werden) (?:später|nach (?:dem )?Muster|nachträglich) (?:festgelegt|vereinbart|bestimmt|definiert|abgestimmt)',
    '(?:von unserem|vom) (?:Ingenieur|Techniker|Werk) (?:festgelegt|bestimmt|entschieden)',
    'nach (?:Ermessen|Wahl) (?:des (?:Lieferanten|Herstellers|Werks)|unseres (?:Ingenieurs|Technikers))',
  ]),
  scriptWords([
    // "умови уточнюйте у менеджера", "уточняйте у менеджера": the terms are whatever a salesperson says later.
    '(?:уточн(?:юйте|яйте|іть|ите)|запитуйте|спрашивайте|дізнавайтесь|узнавайте) (?:у|в) (?:менеджера|продавця|продавца|консультанта)',
    '(?:на розсуд|на усмотрение) (?:виробника|постачальника|заводу|производителя|поставщика|завода)',
    '(?:визнач|погодж|узгодж)(?:ать|имо|иться|уються|ено) (?:пізніше|згодом|після зразка)',
    '(?:определ|соглас|соглас)(?:им|ится|ятся|уем|уются) (?:позже|позднее|после образца)',
  ]),
  cjk([
    '(?:由)?(?:我方|我们的?|我司|工厂|厂家|厂方)(?:的)?(?:工程师|技术员|技术部)?(?:决定|确定|来定)',
    '(?:后续|之后|以后|样品后)(?:再)?(?:确认|商定|协商|确定|定)',
    '(?:详情|具体)?(?:请)?(?:咨询|询问|联系)(?:客服|业务员|经理|销售)',
  ]),
);

/**
 * The same handing-over without a verb of settling, as sheets write it in a few words after the property: the choice
 * given to the supplier ("10-50W a scelta del fornitore", "au choix du fabricant", "do wyboru dostawcy"), the value
 * made to follow the buyer's need with no figure ("presión según necesidad del cliente", "功率根据客户需要"), the order's
 * own decision to come ("功率等客户下单后再定"), the value still "to be agreed" ("do ustalenia", "à préciser", "da
 * concordare"), or the stock the factory happens to hold ("capacidade conforme estoque"). Each leaves the line with
 * no value the goods can be checked against.
 */
const HANDED_OVER = anyOf(
  latinWords([
    "(?:supplier|seller|factory|manufacturer|vendor|maker)[’']s (?:choice|option|discretion)",
    '(?:at|by|upon) (?:the )?(?:choice|option|discretion) of (?:the )?(?:supplier|seller|factory|manufacturer|vendor)',
    'a (?:scelta|discrezione) del(?:la|l[’\u0027])? ?(?:fornitore|produttore|fabbrica|venditore|costruttore)',
    'au choix (?:du|de l[’\u0027]) ?(?:fournisseur|fabricant|usine|vendeur)',
    'a (?:elección|discreción) del (?:proveedor|fabricante|vendedor)',
    'à (?:escolha|discrição) do (?:fornecedor|fabricante|vendedor)',
    '(?:do wyboru|według uznania|wg uznania|na życzenie) (?:dostawcy|producenta|sprzedawcy|fabryki)',
    // The buyer's need standing for the figure: the order is where that need is written down.
    "(?:according to|as per|based on|depending on|depends on|per) (?:the )?(?:customer|client|buyer)(?:[’']?s)? (?:needs?|usage)",
    '(?:según|segun|de acuerdo (?:a|con)(?: la)?) (?:la )?necesidad(?:es)? del (?:cliente|comprador)',
    '(?:selon|suivant) (?:les |le )?besoins? du client',
    '(?:conforme|de acordo com) (?:a )?necessidade do cliente',
    '(?:secondo|in base a)(?:lle| le)? (?:esigenze|necessità) del cliente',
    'nach (?:Kundenbedarf|Bedarf des Kunden)',
    '(?:według|wg|zgodnie z) potrzeb(?:ami)? klienta',
    // Still to be agreed, with nothing written: "do ustalenia", "à préciser", "a convenir", "da definire".
    'do (?:ustalenia|uzgodnienia|określenia|potwierdzenia)',
    'à (?:préciser|définir|convenir|déterminer)',
    '(?:a|por) (?:convenir|definir|determinar|acordar|combinar|especificar)',
    'da (?:definire|concordare|stabilire|specificare|confermare)',
    'noch (?:festzulegen|zu (?:klären|definieren|vereinbaren|spezifizieren))',
    'to be (?:specified|agreed|determined)',
    // The maker's own sums standing for the figure: "according to manufacturer's calculation", "dle výpočtu výrobce",
    // "laut Herstellerberechnung". Whatever the sums give is met by definition; no figure is there to test the goods by.
    "(?:according to|as per|per|based on|by) (?:the |our )?(?:manufacturer|factory|supplier|maker|engineer)(?:[’']?s)? (?:own )?(?:calculations?|estimates?|estimation|judg(?:e)?ment|experience)",
    '(?:as )?(?:calculated|estimated) by (?:the |our )?(?:manufacturer|factory|supplier|maker|engineers?)',
    '(?:dle|podle|podľa) (?:výpočtu|odhadu|uvážení) (?:výrobce|výrobcu|dodavatele|dodávateľa)',
    '(?:laut|nach) (?:Berechnung|Einschätzung) des (?:Herstellers|Lieferanten)|laut Herstellerberechnung',
    '(?:según|segun) (?:el )?(?:cálculo|criterio) del (?:fabricante|proveedor)',
    '(?:selon|suivant) (?:le )?calcul du (?:fabricant|fournisseur)',
    '(?:secondo|in base al) (?:il )?calcolo del (?:produttore|fornitore)',
    '(?:według|wg) (?:obliczeń|wyliczeń) (?:producenta|dostawcy)',
    // The stock left to choose the value: "capacidade conforme estoque", "capacity according to stock".
    '(?:according to|depending on|depends on|based on|as per) (?:the |our )?(?:stock|inventory)',
    'conforme (?:o )?estoque',
    '(?:según|segun) (?:el )?(?:stock|existencias)',
    'selon (?:le )?stock',
    'je nach Lager(?:bestand)?',
    'in base al magazzino|secondo (?:il )?magazzino',
    'w zależności od (?:stanu )?magazynu',
  ]),
  scriptWords([
    'по (?:выбору|усмотрению) (?:поставщика|производителя|завода)',
    'по согласованию',
    'по потребности (?:заказчика|клиента)',
    'в зависимости от (?:наличия|склада)',
    'по расч[её]т(?:у|ам) (?:производителя|завода|поставщика)',
  ]),
  cjk([
    '由(?:供应商|卖方|卖家)(?:选择|决定|选定)',
    '(?:根据|按照?|视)客户(?:的)?(?:需要|需求)(?:而定)?',
    '(?:等|待)?(?:客户|买家|买方)?下单(?:后|之后|时)(?:再)?(?:确认|确定|决定|商定|定)(?![制金做发收付货])',
    '(?:看|按|视)库存(?:而定)?',
    '(?:按|依|根据)?(?:厂家|工厂|厂方|供应商)(?:的)?(?:计算|估算)(?:为准)?',
  ]),
);
/**
 * The handing-over about the money or a sample, not the goods: "price to be agreed", "samples according to stock".
 * The price is a term the off-record and payment rules read; a sample is not the order's goods.
 */
const NOT_THE_GOODS =
  /(?<!\p{L})(?:prices?|pricing|quotation|quote|payment|samples?|precios?|pago|prix|paiement|échantillons?|Preise?|Zahlung|Muster|preços?|pagamento|amostras?|prezz[oi]|campion[ei]|cena|ceny|płatnoś\p{L}*|próbk\p{L}*|цена|оплата|образ\p{L}*)(?!\p{L})|价格|报价|付款|样品/iu;

/**
 * After the deferral, the buyer as the one who settles it: "to be confirmed later by buyer", "solo si el comprador lo
 * pide", "par le client", "vom Käufer". The order leaves the choice with the side that holds the money, not the goods.
 */
const BUYER_SETTLES = anyOf(
  latinWords([
    '(?:by|per|from|with) (?:the )?(?:buyer|customer|client|purchaser|importer)s?',
    '(?:by|from) (?:you|us)(?! (?:and|or))',
    '(?:el|del|al|la|por el|por la) (?:comprador|cliente|importador)[ae]?',
    '(?:o|do|pelo|pela|a) (?:comprador|cliente|importador)[a]?',
    "(?:par |de )?(?:l[’']acheteur|le client|du client)",
    '(?:vom|dem|der|des) (?:Käufer|Kunden?|Besteller|Auftraggeber)s?',
    '(?:dal|del|il) (?:cliente|committente|compratore)',
  ]),
  cjk(['(?:由)?(?:买方|买家|客户|贵司|你方)']),
);
/** "i.e. HRC 58-60", "es decir 45 HRC", "d. h. ±0,1 mm": the deferral restated at once as a figure of its own kind. */
const RESTATED_AS_FIGURE =
  /^\s{0,2}[,;(]?\s{0,2}(?:i\.\s?e\.?|ie|that is|namely|meaning|es decir|o sea|ou seja|c[’']est-à-dire|d\.\s?h\.|cioè|即)\s{0,2}[,:]?\s{0,2}(?:[±≤≥<>]\s{0,2})?(?:[A-Z]{2,4}\s{0,2})?\d/iu;
/** Confirming, not choosing: "to be confirmed later", "se confirmará", "wird bestätigt". */
const CONFIRMS = /confirm|bestätig|conferm/iu;
/** A measured figure already written: "±0.05 mm", "58 HRC", "0,1 mm", "ISO 2768-f". */
const WRITTEN_FIGURE =
  /[±]\s{0,2}\d|\d(?:[.,]\d+)?\s{0,2}(?:mm|cm|µm|μm|um|m|kg|g|N|Nm|MPa|°C|HRC|HV|HB|%)(?![\p{L}])|\b(?:ISO|EN|DIN|ASTM|JIS|GB)\s{0,2}\d/u;
/** A figure offered as one of several: "4 or 8", "3/4/5" — a choice left open, not a value written. */
const ALTERNATIVE_FIGURES = /\d\s{0,2}(?:or|o|ou|oder|или|或)\s{0,2}\d/u;

/**
 * Whether the deferral at [start, end) leaves nothing open: the buyer settles it, it is restated as a figure right
 * after, or what is later "confirmed" is a single measured figure the clause already wrote before it.
 */
function settledOnTheLine(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  const before = text.slice(0, start);
  if (test(BUYER_SETTLES, after)) return true;
  if (RESTATED_AS_FIGURE.test(after)) return true;
  return (
    CONFIRMS.test(text.slice(start, end)) && WRITTEN_FIGURE.test(before) && !ALTERNATIVE_FIGURES.test(before)
  );
}

/**
 * The handing-over settled in the words right after it: "según necesidad del cliente, confirmada en PO 4521", "per
 * customer needs: EU Schuko (CEE 7/7)", "conforme estoque do modelo CX-500", "下单后再定为国标". A figure, a code or a colon
 * before the clause ends gives the value the phrase seemed to leave open.
 */
const SETTLED_AFTER =
  /^(?:[^,;，；]{0,40}?(?:[:：=]|\d|为|為)|[\s,]{0,3}(?:confirm|bestätig|potwierdz|подтвержд)\p{L}*\s[^;；]{0,30}\d)/iu;

/**
 * A figure the stock may change, in every language the stock is read in: "180–260 g/m² depending on fabric stock
 * availability", "حدود ۲ لیتر، بسته به مدل موجود در انبار". Only beside a figure: "Hartholz, je nach Verfügbarkeit"
 * names no value to change, and the material rule already reads the open wood.
 */
function figureLeftToStock(text: string): { start: number; end: number }[] {
  return /\p{Nd}/u.test(text) ? findAll(STOCK_CONDITION, text) : [];
}

/** `text` is the clause's value; `clause`, the whole clause with its label ("Price: to be agreed"). */
/**
 * `withHandedOver`: false for a reader that owns the handing-over itself (a tolerance field "a convenir" is the size
 * rule's, open-tolerance.ts) and yields only to the deferrals with a verb of settling.
 */
export function decidedLater(text: string, clause = text, withHandedOver = true): VagueHit[] {
  const handed =
    !withHandedOver || NOT_THE_GOODS.test(clause)
      ? []
      : [...findAll(HANDED_OVER, text), ...figureLeftToStock(text)].filter(
          (m) => !SETTLED_AFTER.test(text.slice(m.end)),
        );
  return [...findAll(DECIDED_LATER, text), ...handed]
    .filter((m, i, all) => !all.some((o, j) => j < i && o.start <= m.start && m.end <= o.end))
    .filter((m) => !settledOnTheLine(text, m.start, m.end))
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: msg('spec.why.leftOpen'),
      fix: msg('spec.fix.performance', { example: '___ (unit) ± ___, EN/ISO ___' }),
    }));
}
