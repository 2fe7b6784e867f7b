/**
 * A value that is a menu ending in "or custom", or only "customisable": "Capacity: 30ml/50ml/100ml or custom",
 * "용량: 30ml/50ml/100ml 또는 주문제작", "目付：カスタマイズ可能", "Gramaje: personalizable". The listing offers to make
 * whatever is asked; the order still has to say which one is made, or the supplier picks. Read under fields no
 * attribute owns (capacity, fabric weight, voltage); under a size or weight label that rule reads it.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import { customizationDetector } from './detect-customization';
import type { AttributeDetector } from './detector';
import {
  anyOf,
  cjk,
  findAll,
  LENGTH_UNIT,
  latinWords,
  NUMBER,
  scriptWords,
  test,
  WEIGHT_UNIT,
} from './patterns';
import { tidyRange, type VagueHit, vagueFinding } from './spec-finding';

/** "customisable", "can be customized", "personnalisable", "カスタマイズ可能", "주문제작 가능", "可定制". */
const CUSTOMISABLE = anyOf(
  latinWords([
    'custom(?:i[sz]able)?',
    'custom[- ]made',
    'made to order',
    'can be custom(?:i[sz]ed)?',
    'OEM available',
    'personali[sz]able',
    'a medida',
    'sur mesure',
    'personnalisable',
    'anpassbar',
    'individuell',
    'auf Anfrage anpassbar',
    'personalizzabile',
    'su misura',
    'personalizável',
    'sob medida',
    'dostosowywan[ya]',
    'na zamówienie',
    'özelleştirilebilir',
    'özel üretim',
    'dapat disesuaikan',
    'bisa custom',
    'có thể tùy chỉnh',
    'theo yêu cầu',
  ]),
  scriptWords(['на заказ', 'под заказ', 'индивидуально']),
  cjk([
    'カスタマイズ(?:可能|可|対応)?',
    'カスタム(?:可能|可)?',
    '別注(?:可能|可)?',
    '주문\\s?제작(?:\\s?가능)?',
    '맞춤\\s?제작(?:\\s?가능)?',
    '커스텀(?:\\s?가능)?',
    '可定制',
    '可订做',
    '可订制',
    '支持定制',
    '定制',
  ]),
);
const OR = `(?:${latinWords(['or', 'o', 'ou', 'oder', 'ou', 'lub', 'veya', 'ya da', 'atau', 'hoặc', 'of'])}|또는|或者?|または|(?<![\\p{L}])или(?![\\p{L}]))`;
/**
 * "or on request", "o a pedido", "lub na życzenie", "или по запросу", "或按要求": after a figure, the same offer as
 * "or custom": whatever the buyer asks for may be made instead, so the figure binds nothing until one is chosen.
 */
const ON_REQUEST = anyOf(
  latinWords([
    '(?:up)?on request',
    "as (?:per )?(?:your |customer[’']?s? )?(?:request(?:ed)?|requirements?|required)",
    "according to (?:your |customer[’']?s? )?(?:request|requirements?)",
    '(?:a|bajo|por) pedido',
    'según (?:solicitud|pedido|requerimiento)',
    'sob (?:encomenda|pedido|consulta)',
    'conforme (?:solicitado|pedido)',
    'sur (?:demande|commande)',
    'à la demande',
    '(?:nach|auf) (?:Wunsch|Anfrage|Kundenwunsch)',
    'su richiesta',
    'na (?:życzenie|zamówienie|zapytanie)',
    'isteğe (?:göre|bağlı)',
    'talebe göre',
    'sesuai (?:permintaan|pesanan)',
    'atas permintaan',
    'theo yêu cầu',
    'op aanvraag',
  ]),
  scriptWords(['по (?:запросу|желанию|требованию)(?: заказчика| клиента)?', 'на заказ', 'под заказ']),
  // Hungarian, Swedish, Ukrainian, Greek, Hebrew and Arabic: "igény szerint", "enligt önskemål", "за бажанням",
  // "κατόπιν αιτήματος", "לפי בקשה", "حسب الطلب".
  latinWords([
    '(?:kérésre|igény szerint|kívánságra|megrendelő kérésére)',
    'enligt (?:önskemål|önskan|beställning)',
    'på begäran',
    'la (?:cerere|alegere)(?:a clientului)?',
  ]),
  scriptWords([
    'за (?:запитом|бажанням|замовленням|вимогою)(?: (?:замовника|клієнта))?',
    'на (?:ваш )?вибір',
    'під замовлення',
    'κατόπιν (?:αιτήματος|παραγγελίας)',
    'κατά παραγγελία',
    'לפי (?:בקשה|בקשת הלקוח|דרישה|דרישת הלקוח|הזמנה)',
    'حسب (?:ال)?طلب(?: (?:ال)?(?:عميل|زبون))?',
    'عند الطلب',
  ]),
  cjk(['按(?:客户)?要求', '可按要求', '根据(?:客户)?要求']),
);

/**
 * The whole value: "customisable"; two or more options and then "or custom"; or one figure (a value or a range)
 * and then "or custom" / "or on request": "500 ml or on request" leaves the capacity as open as "30/50/100 ml or
 * custom" does. The single option must hold a figure: "T/T or as required" is a payment term, no measure offered.
 */
const MENU = `[^,;:：]{1,40}?[/、,，]\\s{0,2}[^,;:：]{1,40}?\\s{0,2}${OR}\\s{0,2}(?:${CUSTOMISABLE})`;
// A decimal comma ("0,5-3 l") is part of the figure, not a list separator.
const FIGURE_OR_REQUEST = `[^,;:：\\d]{0,20}\\d(?:[^,;:：]|(?<=\\d),(?=\\d)){0,30}?\\s{0,2}${OR}\\s{0,2}(?:${ON_REQUEST}|${CUSTOMISABLE})`;
const MENU_OR_CUSTOM = `^\\s*(?:${MENU}|${FIGURE_OR_REQUEST}|${CUSTOMISABLE})\\s*[.。!]?\\s*$`;

/**
 * "Outer diameter: <=500, or customized", "Wall thickness 6 to 6.4 mm, or custom": a measured value followed by the
 * offer to make another, the comma before "or" included. "Or on request" after a figure stays as stop 36 read it: a
 * narrow band "1,0-1,2 mm lub na życzenie" is the size, a wide one is told by the size rule. Read by the size and weight
 * rules under their own labels. The offer must end its piece of the value: "40x60 cm, printed or customized logo"
 * offers artwork, not another size.
 */
const CUSTOMISED = latinWords([
  'customi[sz]ed',
  'personali[sz]ed',
  'tailor[- ]made',
  'personnalisé',
  'personalizado',
  'personalizzato',
  'individuell angepasst',
]);
// No comma between the figure and the offer, save a decimal one: "20x30 cm, gift box standard or customized" offers
// another box, not another size.
const ENDS_ON_REQUEST = new RegExp(`${OR}\\s{0,2}(?:${ON_REQUEST})\\s*$`, 'iu');
const FIGURE_THEN_OPEN = `\\d(?:[^;:：,，]|(?<=\\d)[,，](?=\\d)){0,40}?[,，]?\\s{0,2}${OR}\\s{0,2}(?:${CUSTOMISABLE}|${CUSTOMISED})(?=\\s*(?:$|[,;/.。(（)]))`;

/** The figure in a labelled clause's value offered "or customized", as a hit in the clause. */
export function openToOther(clause: Clause): VagueHit[] {
  if (clause.valueStart === 0) return [];
  const value = ' '.repeat(clause.valueStart) + clause.text.slice(clause.valueStart);
  // A word both lists hold ("theo yêu cầu") reads as on request.
  return findAll(FIGURE_THEN_OPEN, value)
    .filter((m) => !ENDS_ON_REQUEST.test(m.text))
    .map((m) => ({
      start: m.start,
      end: m.end,
      why: msg('spec.why.alternatives'),
      fix: msg('spec.fix.alternatives', { seen: m.text }),
    }));
}

/**
 * A payment or price line: its figures are shares of the money ("30% T/T", "50% deposit") or sums, not a measure of
 * the goods, so "or as required" there lets the buyer choose how to pay, which binds the goods to nothing.
 */
const PAYMENT_LABEL = anyOf(
  latinWords([
    '(?:payment|price|pricing|deposit)(?: terms?| methods?)?',
    'terms(?: of payment)?',
    'pago',
    'forma de pago',
    'pagamento',
    'paiement',
    'Zahlung(?:sbedingungen)?',
    'płatnoś[ćc]',
    'ödeme',
    'pembayaran',
    'thanh toán',
    'betaling',
  ]),
  scriptWords(['оплата', 'условия оплаты']),
  cjk(['付款(?:方式)?', '支付(?:方式)?', '结算方式', '支払(?:い|条件)?', '결제']),
);
/** A share of the price paid by a named means: "30% T/T", "50% deposit", "70% L/C". */
const PAYMENT_SHARE = String.raw`\d{1,3}\s?%\s{0,2}(?:${latinWords(['T/?T', 'L/?C', 'D/[PA]', 'deposit', 'advance', 'balance', 'prepayment', 'down payment'])}|定金|预付)`;

/** A length or a weight: the goods' measure, which no payment term is written in. */
const GOODS_MEASURE = `${NUMBER}\\s?(?:${LENGTH_UNIT}|${WEIGHT_UNIT})`;

export const customValueDetector: AttributeDetector = {
  attribute: 'customization',
  detect(clause: Clause, line: string): Finding[] {
    if (clause.valueStart === 0 || clause.attribute !== undefined) return [];
    // The customization rule's own cues ("or customized", "定制") are told once, by it.
    if (customizationDetector.detect(clause, line).length > 0) return [];
    const labelText = clause.text.slice(0, clause.valueStart);
    const paymentLine =
      test(`${PAYMENT_LABEL}\\s{0,2}[:：]?\\s*$`, labelText) || test(PAYMENT_SHARE, clause.text);
    // "Terms: 10/20/30 cm or on request": lengths or weights under a payment word are the goods' sizes, not money.
    if (paymentLine && !test(GOODS_MEASURE, clause.text.slice(clause.valueStart))) return [];
    const value = ' '.repeat(clause.valueStart) + clause.text.slice(clause.valueStart);
    const found = findAll(MENU_OR_CUSTOM, value)[0];
    if (!found) return [];
    const range = tidyRange(clause.text, Math.max(found.start, clause.valueStart), found.end);
    const seen = clause.text.slice(range.start, range.end);
    return [
      vagueFinding('customization', clause, {
        ...range,
        why: msg('spec.why.alternatives'),
        fix: msg('spec.fix.alternatives', { seen }),
      }),
    ];
  },
};
