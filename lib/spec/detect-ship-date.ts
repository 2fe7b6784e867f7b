/**
 * vague-ship-date: "ship in August", "ASAP", "within 30 days" (from when?),
 * "end of month", "尽快发货" — anything but a calendar day or a duration
 * counted from a named event.
 */

import { type Msg, msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import {
  APPROX_DURATION,
  APPROX_MARKER,
  ASAP,
  DEPENDENT_TIMING,
  DURATION,
  EXACT_DATE,
  FIXED_DAY_WORDS,
  HEDGED_DURATION,
  MONTH,
  MONTH_ALONE,
  OPEN_LATER,
  SEASON_END,
  SHIP_WHEN_DONE,
  SPELT_DURATION,
  START_EVENT,
  TIMING_BY_AMOUNT,
  UPON_AVAILABILITY,
  VAGUE_TIME,
  YEAR_WEEK,
} from './date-lexicon';
import { deferredPayment } from './deferred-items';
import { type AttributeDetector, valueRange, withoutOverlaps } from './detector';
import { openIncotermPlaces } from './incoterm-place';
import { earliestDayOnly } from './open-earliest';
import { openTimingHits, weeksBesideDates } from './open-timing';
import { anyOf, cjk, findAll, latinWords, regex, scriptWords, test } from './patterns';
import { boundsARecordsAge } from './record-age';
import { UNDECIDED } from './reference-lexicon';
import { type VagueHit, vagueFinding } from './spec-finding';
import { hasWindow, wideWindows } from './wide-window';

export const SHIP_CUE = anyOf(
  latinWords([
    'ship(?:s|ping|ment|ped)?',
    'deliver(?:y|ed)?',
    'dispatch(?:ed)?',
    'lead[ -]time',
    'production(?: time)?',
    // "bulk time: depends on quantity": the bulk order's lead time, as against the sample's.
    '(?:bulk|mass)(?: production| order)?(?: lead)? time',
    'ETD',
    'ETA',
    'ready',
    'turnaround',
    // Leaving the factory is the shipment for an FOB buyer: "must leave the factory before CNY".
    'leav(?:e|es|ing) (?:the )?factory',
    'ex[- ]factory',
    'loading',
    // "We need the goods by the end of summer": when the goods must be there is the delivery date.
    'need (?:the |our |all )?(?:goods|order|products|items|shipment)',
    'envío',
    'entrega',
    'embarque',
    'expédition',
    'livraison',
    'Lieferung',
    'Lieferzeit',
    'Versand',
    'envio',
    'consegna',
    'spedizione',
    'sped(?:ire|iamo|ito|ita)',
    // The timing words of the other languages the R21 probe wrote: "délai de fabrication", "teslimat", "dostawa".
    'délais?(?: de (?:fabrication|production|livraison))?',
    'Liefertermin',
    'Auslieferung',
    'prazo(?: de entrega)?',
    'plazo(?: de entrega)?',
    'teslim(?:at|atı)?',
    'sevk(?:iyat)?',
    'yükleme',
    'dostaw[aęy]',
    'wysyłk[aęi]',
    'termin (?:dostawy|realizacji|wysyłki)',
    'realizacj[ai]',
    // Indonesian, Malay, Vietnamese and Dutch: "pengiriman bulan Agustus", "dikirim akhir bulan", "giao hàng tháng 8",
    // "levering eind augustus".
    '(?:pengiriman|penghantaran|dikirim|kirim|dihantar)',
    '(?:giao|gửi|xuất) hàng',
    'lever(?:ing|tijd|datum|en)',
    'geleverd',
    'verzend(?:ing|datum|en)',
    'verzonden',
  ]),
  scriptWords([
    'поставк[аиу]',
    'отгрузк[аиу]',
    'доставк[аиу]',
    'срок(?:и)? (?:поставки|отгрузки|изготовления|производства)',
  ]),
  cjk([
    '发货',
    '出货',
    '交货',
    '交期',
    '货期',
    '船期',
    '生产',
    '出厂',
    '装柜',
    '納期',
    '出荷',
    '納品',
    '発送',
    '船積み',
  ]),
);
/** "Reply ASAP" is about the chat, not the goods. */
const REPLY_CONTEXT = latinWords([
  'reply',
  'answer',
  'respond',
  'confirm',
  'quote',
  'quotation',
  'call',
  'contact',
  'pay',
  'payment',
  'balance',
  'invoice',
  'PI',
]);

/** A timing word followed at once by a value left for later: "plazo por confirmar", "lead time TBC", "交期待定". */
const TIMING_UNDECIDED = `(?:${SHIP_CUE}|${latinWords([
  'plazos?(?: de entrega)?',
  'prazos?(?: de entrega)?',
  'délais?(?: de livraison)?',
  'Liefer(?:termin|zeit)',
  'fecha de (?:entrega|embarque)',
  // Polish "termin" (the due date), alone or with what is due: "termin do uzgodnienia", "termin dostawy do ustalenia".
  'termin(?: (?:dostawy|realizacji|wysyłki|produkcji))?',
])}|${cjk(['交期', '交货期', '货期', '船期'])})\\s{0,3}(?:date\\s|time\\s)?[:：]?\\s{0,3}(?:${UNDECIDED}|${cjk(['待定', '另定', '再定'])})`;

const WHY = msg('spec.why.shipDate');
const WHY_WINDOW = msg('spec.why.shipWindow');

/**
 * Labels that ask for a date or a lead time, not a route or a carrier
 * ("Shipping: by sea" answers another question). A value under them with no
 * number at all ("upon request", "negotiable", "面议", "in stock") names no day.
 */
const DATE_LABEL = anyOf(
  latinWords([
    '(?:delivery|ship(?:ping|ment)?|dispatch|arrival) (?:date|time)',
    'lead[ -]time',
    'production time',
    'due date',
    'ET[AD]',
    'plazo de entrega',
    '(?:tiempo|tempo) de (?:fabricación|fabricação|producción|produção)',
    'fecha de (?:envío|entrega|embarque)',
    'délai(?: de livraison)?',
    "date d[’']expédition",
    'date de livraison',
    'Liefertermin',
    'Lieferzeit',
    'prazo de entrega',
    'data de (?:embarque|entrega|envio)',
    'tempi di (?:consegna|produzione|spedizione)',
    'data di (?:consegna|spedizione)',
    'termine di consegna',
    'teslim (?:süresi|tarihi)',
    'lever(?:tijd|datum)',
    'verzenddatum',
    'productietijd',
    '(?:waktu|tanggal|tempoh|tarikh) (?:pengiriman|penghantaran|produksi|pengeluaran)',
    '(?:thời gian|ngày) (?:giao hàng|sản xuất)',
  ]),
  cjk([
    '交货期',
    '交期',
    '货期',
    '交货日期',
    '生产周期',
    '出货日期',
    '发货时间',
    '出货时间',
    '納期',
    '납기(?:일)?',
  ]),
);

function shipFix(seen: string): Msg {
  const month = regex(MONTH, 'iu').exec(seen)?.[0];
  if (month && !/^(?:mar|may|dec)$/i.test(month) && !/\d/.test(seen))
    return msg('spec.fix.shipMonth', { month });
  if (/\d/.test(seen)) return msg('spec.fix.shipLeadTime');
  return msg('spec.fix.shipDate');
}

/**
 * "交货时间：5月20日之后", "Ship after 20 May", "ab 1. März": an earliest day
 * is no latest day — the goods may leave any time after it. Only when every
 * date of the clause is such a floor and nothing bounds it from above.
 */
const AFTER_DATE_BEFORE = `${latinWords(['after', 'not before', 'no earlier than', 'from', 'ab', 'nach dem', 'después del', 'a partir del?', 'à partir du', 'après le', 'após', 'depois de', 'dopo il', 'dal'])}\\s{1,3}$`;
const AFTER_DATE_AFTER =
  /^\s{0,2}(?:之后|以后|后|起|onwards|or later|and later|en adelante|ou plus tard|oder später|em diante|in poi)/u;
const LATEST = anyOf(
  latinWords([
    'before',
    'by',
    'latest',
    'no later than',
    'not later than',
    'until',
    'to',
    'antes',
    'avant',
    'bis',
    'vor',
    'entro',
    'até',
    'hasta',
    'au plus tard',
    'spätestens',
  ]),
  cjk(['之前', '以前', '前', '不晚于', '最迟', '截止', '到', '至']),
);

function afterDateOnly(text: string): { start: number; end: number; text: string } | undefined {
  const dates = findAll(EXACT_DATE, text);
  if (dates.length === 0 || test(LATEST, text)) return undefined;
  let first: { start: number; end: number; text: string } | undefined;
  for (const d of dates) {
    const before = regex(AFTER_DATE_BEFORE, 'iu').exec(text.slice(Math.max(0, d.start - 20), d.start));
    const after = AFTER_DATE_AFTER.exec(text.slice(d.end, d.end + 14));
    if (!before && !after) return undefined;
    const start = before ? d.start - before[0].length : d.start;
    const end = after ? d.end + after[0].length : d.end;
    first ??= { start, end, text: text.slice(start, end) };
  }
  return first;
}

function mask(text: string, source: string): string {
  return text.replace(regex(source), (m) => ' '.repeat(m.length));
}

/** A word for the date or time itself, which an estimate beside it qualifies: "estimated date", "Termin voraussichtlich". */
const TIME_WORD = anyOf(
  latinWords([
    'dates?',
    'timing',
    'lead ?time',
    'ETD',
    'ETA',
    'Termin',
    'Datum',
    'fecha',
    'data',
    'datum',
    'délai',
    'plazo',
    'prazo',
  ]),
  scriptWords(['срок\\p{L}{0,2}', 'дат\\p{L}{0,2}']),
  cjk(['交期', '日期']),
);

/**
 * Whether an estimate word qualifies the time itself: it closes the clause ("…after payment, tentatively", "(estimated)"),
 * or a count of time or a date word follows it ("approx. 30 days", "voraussichtlich 4 Wochen", "约 30 天"), or a count of
 * time stands just before it ("30 days approx."). "30 days after deposit, estimated freight USD 1,200" or "roughly 40
 * cartons" estimate something else on the line, and the counted lead time stays a deadline.
 */
function estimatesTheTime(text: string, m: { start: number; end: number }): boolean {
  const after = text.slice(m.end);
  if (/^[\s\p{P}]*$/u.test(after)) return true;
  // A unit within a short reach, the count in figures or words between: "approx. 30 days", "ungefähr zwei Wochen".
  const reach = after.replace(/^[\s\p{P}]{0,4}/u, '').slice(0, 24);
  const unit = [...findAll(TIME_UNIT, reach), ...findAll(TIME_WORD, reach)].sort(
    (a, b) => a.start - b.start,
  )[0];
  if (
    unit &&
    /^(?:[\p{N}.,\-–~ ]|\p{L}{1,12}\s|)*$/u.test(reach.slice(0, unit.start)) &&
    !/[,;]/.test(reach.slice(0, unit.start))
  )
    return true;
  // "30 days approx.", "30 Tage, ungefähr": a unit just before the word.
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  return findAll(TIME_UNIT, before).some((u) => /^[\s\p{P}]{0,4}$/u.test(before.slice(u.end)));
}

/**
 * "about two months", "around three weeks", "unos dos meses", "environ deux mois": the estimate words too common to be
 * markers on their own (APPROX_MARKER leaves "about" out), read only right before a count spelt in words and its unit.
 */
const SPELT_ESTIMATE = latinWords([
  '(?:about|around|some) (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few) (?:days?|weeks?|months?)',
  '(?:unos|unas|cerca de|alrededor de) (?:un|una|dos|tres|cuatro|cinco|seis|ocho|diez) (?:días|semanas|mes(?:es)?)',
  '(?:environ|à peu près) (?:un|une|deux|trois|quatre|cinq|six|huit|dix) (?:jours|semaines?|mois)',
  "(?:circa|all[’']incirca) (?:un|una|uno|due|tre|quattro|cinque|sei|otto|dieci) (?:giorni|settimane?|mes[ei])",
  '(?:cerca de|uns|umas|por volta de) (?:um|uma|dois|duas|três|quatro|cinco|seis|oito|dez) (?:dias|semanas?|m[eê]s(?:es)?)',
  '(?:etwa|ungefähr|rund|ca\\.) (?:ein(?:en|e)?|zwei|drei|vier|fünf|sechs|acht|zehn) (?:Tage|Wochen?|Monate?)',
]);

/** A unit of time, with the count in figures or in words ("within two weeks after deposit"): a time is counted. */
const TIME_UNIT = anyOf(
  latinWords([
    'days?',
    'weeks?',
    'months?',
    'días',
    'dias',
    'semanas',
    'jours',
    'semaines',
    'mois',
    'Tagen?',
    'Wochen?',
    'Monaten?',
    'giorni',
    'settimane',
    'mesi',
    'meses',
    'gün',
    'hafta',
    'ay',
    // Indonesian and Malay, with "se-" for one ("sebulan", "seminggu"); Vietnamese; Dutch; Polish.
    '(?:se)?(?:hari|minggu|bulan)',
    'ngày',
    'tuần',
    'tháng',
    'dag(?:en)?',
    'we(?:ek|ken)',
    'maand(?:en)?',
    'dni',
    'dzień',
    'tydzień',
    'tygodni(?:e|a)?',
    // The abbreviations Polish sheets write: "3 tyg.", "2 mies.".
    'tyg\\.',
    'mies\\.',
    'miesi(?:ąc|ące|ęcy)',
  ]),
  scriptWords(['дн(?:ей|я)', 'день', 'недел\\p{L}{1,2}', 'месяц\\p{L}{0,2}']),
  // Hungarian, Swedish, Ukrainian, Greek and Hebrew units: "nap", "dagar", "днів", "ημέρες", "ימים".
  latinWords([
    'zile',
    'săptămâni',
    '(?:munka)?nap(?:on)?',
    'hét',
    'hónap',
    '(?:arbets)?dag(?:ar)?',
    'veck(?:a|or)',
    'månad(?:er)?',
  ]),
  scriptWords([
    'дн(?:ів|і)',
    'тижн\\p{L}{0,2}',
    'тиждень',
    'місяц\\p{L}{0,2}',
    'ημέρ\\p{L}{1,2}',
    'μέρες',
    'εβδομάδ\\p{L}{1,2}',
    'μήν(?:ες|ών)',
    'ימים',
    'ימי עבודה',
    'שבועות',
    'חודשים',
  ]),
  // Thai writes the count and its unit without a space: "สองสัปดาห์", "สิบวัน".
  cjk(['天', '日', '周', '週', '星期', '个月', '[ヶか]月', 'วัน', 'สัปดาห์', 'อาทิตย์', 'เดือน']),
);

/**
 * "after confirmation", "upon the confirmation", "после подтверждения": a confirmation with neither its object nor
 * who gives it. An order is confirmed by the supplier as often as a sample by the buyer, so the day the count starts
 * is one the supplier may set; a count from it is as open as a count from nothing. ("after approval" is the buyer's:
 * only the buyer approves a sample or artwork.)
 */
const UNNAMED_CONFIRMATION =
  /^(?:after|upon|on|from|following|once|since)\s{1,2}(?:the\s{1,2})?confirmation$|^(?:после|с момента)\s{1,2}подтверждения$/iu;

/**
 * The start named by the message that records the event: "after the PO e-mail", "après l'e-mail de confirmation de la
 * commande", "desde el correo de aprobación", "od maila z akceptacją", "с даты письма об утверждении". The message is
 * dated, so a single count from it is a day; but it is a looser start than the event itself, and a window counted from
 * it ("30 à 45 jours après l'e-mail…") is not made firm by it. Not "approved by e-mail", "by letter": there the message
 * is only how the event was recorded.
 */
const START_BY_MESSAGE =
  /(?<!(?:by|per|par|por|via|pocztą)\s{1,2})(?<![\p{L}-])(?:e-?mail|courriel|mail|lettre|letter|message|notice|notification|correo(?: electrónico)?|mensaje|maila|pisma|письма|сообщения|e-?posta\p{L}*)(?![\p{L}])(?!\s{1,2}(?:approval|confirmation|acceptance|sign-?off))/iu;

/** Two spelt counts joined as a range: "two or three", "zwei bis drei", "deux à trois", "dos o tres", "due o tre". */
const SPELT_RANGE =
  /\b\p{L}+\s(?:or|to|-|–|bis|oder|à|ou|a|o|y|e)\s(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|zwei|drei|vier|fünf|sechs|acht|zehn|deux|trois|quatre|cinq|six|huit|dix|dos|tres|cuatro|cinco|seis|ocho|diez|due|tre|quattro|cinque|sei|otto|dieci|dois|duas|três|quatro|oito|dez)\s/iu;
/** A condition after the count that leaves the day to the factory: "subject to factory schedule", "je nach Auslastung". */
const SPELT_COUNT_HEDGED =
  /\b(?:subject to|depend\p{L}*|according to (?:the )?(?:factory|production|schedule)|if (?:the )?(?:factory|production)|je nach|abhängig|selon|sous réserve|según|sujeto a|secondo|salvo|conforme (?:a )?(?:produção|fábrica)|sujeito a)\b/iu;

export const shipDateDetector: AttributeDetector = {
  attribute: 'shipDate',
  detect(clause: Clause, line: string): Finding[] {
    // "Balance when goods ready": the balance falls due on a day only the supplier declares.
    const payment = deferredPayment(clause.text, line);
    if (payment.length > 0) return payment.map((h) => vagueFinding('shipDate', clause, h));
    if (test(EXACT_DATE, clause.text)) {
      const cued = clause.attribute === 'shipDate' || test(SHIP_CUE, clause.text);
      const floor = cued ? afterDateOnly(clause.text) : undefined;
      const hits: VagueHit[] = floor ? [{ ...floor, why: WHY, fix: msg('spec.fix.shipDate') }] : [];
      // "Delivery: week 14, price valid until 31 Dec 2026": a date of something else does not give the week its year.
      for (const m of weeksBesideDates(clause.text, cued, findAll(EXACT_DATE, clause.text)))
        hits.push({ ...m, why: WHY, fix: shipFix(m.text) });
      return withoutOverlaps(hits).map((h) => vagueFinding('shipDate', clause, h));
    }
    const text = mask(clause.text, EXACT_DATE);
    const labelled = clause.attribute === 'shipDate';
    // "Price term: FOB China port": the place the goods pass to the buyer, left to the supplier.
    const places = openIncotermPlaces(clause.text);
    const events = findAll(START_EVENT, text);
    const windowed = hasWindow(text);
    const counted = events.some(
      (e) => !UNNAMED_CONFIRMATION.test(e.text) && !(windowed && START_BY_MESSAGE.test(e.text)),
    );
    const hits: VagueHit[] = [];
    const add = (m: { start: number; end: number; text: string }) =>
      hits.push({ ...m, why: WHY, fix: shipFix(m.text) });
    // Under a timing label ("Delivery: ASAP after payment") ASAP is about the goods whatever else the line names.
    if (labelled || !test(REPLY_CONTEXT, text)) findAll(ASAP, text).forEach(add);
    // "plazo por confirmar", "lead time TBC", "交期待定" with no label: the timing word and its open value together.
    if (!labelled) findAll(TIMING_UNDECIDED, text).forEach(add);
    if (labelled || test(SHIP_CUE, text)) {
      // "CW 8/2027, before the end of the season": the dated week is the day, the season only why it was chosen.
      const weekDated = test(YEAR_WEEK, text);
      for (const m of findAll(VAGUE_TIME, text))
        if (!(counted && /\d/.test(m.text)) && !(weekDated && test(SEASON_END, m.text))) add(m);
      // "About 25 days after deposit": the event is recorded, the count is not.
      const approx = counted ? findAll(APPROX_DURATION, text) : [];
      approx.forEach(add);
      // "within a month after payment, tentatively": the estimate may sit anywhere, the count spelled in words.
      // A bare labelled count ("交期：40天左右") is flagged as a bare count below, quoted as before.
      // A labelled count spelt in words ("Consegna: entro circa due mesi", "Delivery: about two months") has no
      // digit for the bare-count reading below, so its estimate word is read here as an unlabelled one is.
      const spelt = labelled && !/\d/u.test(text) && test(TIME_UNIT, text);
      if (spelt) findAll(SPELT_ESTIMATE, text).forEach(add);
      if (approx.length === 0 && (counted || spelt || (!labelled && test(TIME_UNIT, text))))
        findAll(APPROX_MARKER, text)
          .filter((m) => estimatesTheTime(text, m))
          .forEach(add);
      // "30-60 days after deposit": the event is recorded, but the window is too wide to hold the supplier to a day.
      if (counted)
        for (const m of wideWindows(text))
          hits.push({ ...m, why: WHY_WINDOW, fix: msg('spec.fix.shipWindow', { seen: m.text }) });
      // "normally 30-45 days after payment, depends on order size": habit and the order's size, not this order's day.
      findAll(HEDGED_DURATION, text).forEach(add);
      // "…nach Freigabe der Muster oder später": a recorded event, but the count is left open at its far end.
      if (counted) findAll(OPEN_LATER, text).forEach(add);
      // "frühestens 20 Tage nach Anzahlung": an earliest day only, unless something on the line bounds it from above.
      if (counted) earliestDayOnly(text).forEach(add);
      findAll(UPON_AVAILABILITY, text).forEach(add);
      // "ship right after production finish": no count, and the start is the supplier's own word that he is done.
      if (!test(DURATION, text) && !test(FIXED_DAY_WORDS, text)) findAll(SHIP_WHEN_DONE, text).forEach(add);
      if (test(DURATION, text)) findAll(TIMING_BY_AMOUNT, text).forEach(add);
    }
    // "ETD: week 14", "binnen enkele weken", "после праздников": timings the lexicon above does not read.
    openTimingHits(text, labelled || test(SHIP_CUE, text), labelled).forEach(add);
    if (labelled) {
      if (!counted) findAll(DURATION, text).forEach(add);
      // "Teslimat: onaydan sonra", "Delivery: after approval", "Отгрузка: после утверждения": the event the time is
      // counted from, and no time counted from it; the supplier ships whenever he likes after it.
      // The unit is read in the value only: "Ngày giao hàng:" (delivery date) names a day in its label.
      const given = text.slice(clause.valueStart);
      // Not when the time is already quoted as vague ("as soon as possible after…", "soon after…"): one finding.
      if (hits.length === 0 && events.length > 0 && !/\d/.test(given) && !test(TIME_UNIT, given))
        events.forEach(add);
      // A month alone in a shipment-date field names no day: "Ship date: March", "Dostawa: sierpień", "tháng 8".
      findAll(MONTH_ALONE, text).forEach(add);
      findAll(UNDECIDED, text).forEach(add);
      const range = valueRange(clause);
      const value = range ? text.slice(range.start, range.end) : '';
      // "Lead time: two months after deposit": a count spelt in words from a named event is counted as its figure is.
      // Not a spelt range ("two or three months", "zwei bis drei Monate") nor a count the clause then makes conditional
      // ("…, subject to factory schedule"): both leave the day open, as the same words with figures do.
      const speltFromEvent =
        counted && test(SPELT_DURATION, value) && !SPELT_RANGE.test(value) && !SPELT_COUNT_HEDGED.test(value);
      if (
        hits.length === 0 &&
        range &&
        !/\d/.test(value) &&
        !speltFromEvent &&
        (test(DATE_LABEL, text.slice(0, clause.valueStart)) || test(DEPENDENT_TIMING, value))
      )
        add({ ...range, text: value });
    }
    // "test reports dated within 12 months of shipment": the window dates the report, not the shipment.
    const timed = hits.filter((h) => !boundsARecordsAge(text, h.start, h.end));
    return [...joinAbutting(withoutOverlaps(timed), text), ...places].map((h) =>
      vagueFinding('shipDate', clause, h),
    );
  },
};

/**
 * "来月中旬" (mid next month), "下个月底": two timing words written with nothing between them are one phrase, the way
 * Chinese and Japanese write it; reported once, quoting both.
 */
function joinAbutting(hits: VagueHit[], text: string): VagueHit[] {
  const joined: VagueHit[] = [];
  for (const h of hits) {
    const last = joined.at(-1);
    if (last && h.start === last.end) {
      const seen = text.slice(last.start, h.end);
      joined[joined.length - 1] = { ...last, end: h.end, fix: shipFix(seen) };
    } else joined.push(h);
  }
  return joined;
}
