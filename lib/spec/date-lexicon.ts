/** Dates and time phrases in the seven languages read, for the shipment-date check. */

import { AGENT_START_EVENT } from './agent-start-event';
import { JOINT_START_EVENT } from './joint-start-event';
import { anyOf, cjk, latinWords, scriptWords } from './patterns';
import { STOCK_CONDITION } from './stock-condition';

const MONTHS = [
  'january|jan',
  'february|feb',
  'march|mar',
  'april|apr',
  'may',
  'june|jun',
  'july|jul',
  'august|aug',
  'september|sept?',
  'october|oct',
  'november|nov',
  'december|dec',
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember',
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre',
  'ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık',
  // Indonesian and Malay ("Pengiriman: bulan Agustus", "hujung Ogos"); Malay "Mac" (March) is left out here, as it
  // is also the computer: it is read only after "bulan" (see MONTH_BULAN).
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember',
  'jun|julai|ogos|disember',
  // Dutch ("Levering: eind augustus", "15 maart").
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december',
  // Swedish ("Leverans: i augusti", "15 maj"); the other months are the Dutch and Indonesian ones above.
  'mars|maj|augusti',
  // Romanian ("Livrare: august", "15 septembrie 2026"); "mai" and "august" are in the lists above.
  'ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie',
  // Hungarian, with the case endings a timing takes: "augusztusban" (in August), "augusztusra" (by), "augusztusig".
  '(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)(?:ban|ben|ra|re|ig|i)?',
];
export const MONTH = `(?:${MONTHS.join('|')})\\.?`;
/**
 * Greek months (nominative, accusative, genitive: "Αύγουστος", "τον Αύγουστο", "15 Αυγούστου"), Ukrainian ones in the
 * cases a date or a timing takes ("серпень", "15 серпня", "у серпні"), Hebrew ones with the prefixes "ב" (in) and
 * "ל"/"עד" (by: "באוגוסט", "עד סוף אוגוסט"), and Arabic ones by both their Gregorian and Levantine names.
 */
const MONTH_EL =
  'Ιανουάρι(?:ος|ο)|Ιανουαρίου|Φεβρουάρι(?:ος|ο)|Φεβρουαρίου|Μάρτι(?:ος|ο)|Μαρτίου|Απρίλι(?:ος|ο)|Απριλίου|Μάι(?:ος|ο)|Μαΐου|Ιούνι(?:ος|ο)|Ιουνίου|Ιούλι(?:ος|ο)|Ιουλίου|Αύγουστο(?:ς)?|Αυγούστου|Σεπτέμβρι(?:ος|ο)|Σεπτεμβρίου|Οκτώβρι(?:ος|ο)|Οκτωβρίου|Νοέμβρι(?:ος|ο)|Νοεμβρίου|Δεκέμβρι(?:ος|ο)|Δεκεμβρίου';
const MONTH_UK =
  'січ(?:ень|ня|ні)|лют(?:ий|ого|ому)|берез(?:ень|ня|ні)|квіт(?:ень|ня|ні)|трав(?:ень|ня|ні)|черв(?:ень|ня|ні)|лип(?:ень|ня|ні)|серп(?:ень|ня|ні)|верес(?:ень|ня|ні)|жовт(?:ень|ня|ні)|листопад(?:а|і)?|груд(?:ень|ня|ні)';
const MONTH_HE = '(?:ב|ל|מ)?(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)';
const MONTH_AR =
  'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول';
const MONTH_OTHER_SCRIPTS = `(?:${MONTH_EL}|${MONTH_UK}|${MONTH_HE}|${MONTH_AR})`;
/** Polish months as written after "w", "do", "około": "we wrześniu", "do końca maja". */
const MONTH_PL =
  '(?:styczni[ua]|styczeń|lut(?:y|ego|ym)|mar(?:zec|ca|cu)|kwie(?:cień|tnia|tniu)|maj[au]?|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)|październik[au]?|listopad(?:a|zie)?|grud(?:zień|nia|niu))';
/**
 * Vietnamese names a month by its number or its number word after "tháng" ("tháng 8", "tháng Tám"); a figure before
 * "tháng" counts months instead ("3 tháng", three months), and a day before it makes a date ("ngày 15 tháng 8").
 */
const MONTH_VI =
  'tháng (?:0?[1-9]|1[0-2]|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai)?|chạp)(?!\\d|[/.-]\\d{1,2}(?!\\d))';
/** Malay writes March "Mac"; read only after "bulan" (month), where it cannot be the computer. */
const MONTH_BULAN =
  'bulan (?:januari|februari|maret|mac|april|mei|juni?|juli|julai|agustus|ogos|september|oktober|november|desember|disember)';
/**
 * A month named alone in a timing field, in the forms the shared MONTH list cannot hold: Polish in every case
 * ("Dostawa: sierpień"), Vietnamese "tháng 8", Indonesian and Malay "bulan Agustus", "bulan Mac".
 */
export const MONTH_ALONE = anyOf(
  latinWords([MONTH]),
  latinWords([MONTH_PL]),
  latinWords([MONTH_VI]),
  latinWords([MONTH_BULAN]),
  scriptWords([MONTH_OTHER_SCRIPTS]),
);
/** Russian months: genitive ("в конце марта") and prepositional ("в марте"). */
const MONTH_RU_GEN = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const MONTH_RU_PREP = 'январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре';

/** A calendar day a dispute can hold the supplier to. */
export const EXACT_DATE = anyOf(
  String.raw`\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b`,
  String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
  `${latinWords([`\\d{1,2}(?:st|nd|rd|th)?\\.?\\s*(?:de\\s+)?${MONTH}\\s*,?\\s*(?:de\\s+)?\\d{4}`])}`,
  `${latinWords([`${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*\\d{4}`])}`,
  String.raw`\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]`,
  /* A day without a year ("Dec 12", "15 March") still names the day; the year is the order's. */
  `${latinWords([`${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?`, `\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+|de\\s+)?${MONTH}`])}`,
  String.raw`\d{1,2}\s*月\s*\d{1,2}\s*[日号]`,
  // Vietnamese: "ngày 15 tháng 8 năm 2025", "ngày 15/8".
  `${latinWords(['ngày \\d{1,2}(?: tháng \\d{1,2}(?: năm \\d{4})?|[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)'])}`,
  // Polish and Russian write the day before the month's genitive: "15 maja 2025", "15 мая".
  `${latinWords([`\\d{1,2}\\.?\\s(?:${MONTH_PL})(?:\\s\\d{4})?`])}`,
  `${scriptWords([`\\d{1,2}\\s(?:${MONTH_RU_GEN})(?:\\s\\d{4})?`])}`,
  // "15 Αυγούστου 2026", "15 серпня", "15 באוגוסט 2026", "15 أغسطس 2026"; Hungarian writes the year and the month
  // first ("2026. augusztus 15."), read by the month-before-day form above.
  `${scriptWords([`\\d{1,2}\\.?\\s(?:${MONTH_OTHER_SCRIPTS})(?:\\s\\d{4})?`])}`,
);

/**
 * A duration counted from a named event is checkable ("30 days after
 * deposit", "45 days from PO confirmation"): the event is recorded (a payment,
 * a signed PO, an approval), so the date follows from it. Written per language
 * as: after-word, an optional "receipt/confirmation of", an optional article,
 * the event.
 */
// "receipt of the advance payment", "30% T/T deposit", "balance payment": the payment's kind is part of the event's name.
// "receipt of workable L/C", "irrevocable sight L/C": the credit's kind is part of its name; its opening is recorded.
const EVENT_EN =
  '(?:\\d{1,3} ?% )?(?:T/?T |TT |wire |bank )?(?:(?:advance|initial|first|down|balance|final|full) )?(?:prepayment|deposit|down ?payment|payment|order(?: confirmation)?|PO(?: confirmation)?|purchase order|contract|(?:(?:golden|gold|master|reference|sealed|counter|pre-?production|PP) )?(?:sample approval|sample)|approved sample|artwork approval|artwork|proof approval|signing|delivery|lab[- ]?dips?|fit samples?|PP samples?|PPS|pre-?production samples?|(?:(?:workable|irrevocable|confirmed|operative|acceptable|valid|documentary|sight|usance) ){0,2}(?:L/?C(?: opening| issuance)?|letter of credit)|(?:written )?(?:claims?|complaints?|notice of (?:the )?(?:claim|defect))|(?:(?:buyer|customer|client)(?:[’\u0027]s)? )?(?:written |signed |e-?mail )?(?:approval|confirmation))(?: approval)?(?: date)?';
/**
 * "45 days from written artwork approval", "from the signed PO": how the event is recorded (in writing, signed,
 * by e-mail) only makes it firmer; the event is still the named one.
 */
const MANNER_EN = '(?:(?:written|signed|formal|e-?mail(?:ed)?) )?';
/**
 * "30 days from the date of the PO e-mail", "from the sample approval letter": the message that records the event
 * is dated, so the count starts on a day both sides can show.
 */
const RECORD_EN = '(?: (?:e-?mail|letter|message|notice|notification))?';
/** The trade's English names inside another language's frame: "após aprovação do pre-production sample". */
const EVENT_MIXED =
  '(?:pre-?production samples?|PP samples?|PPS|golden samples?|samples?|artwork|deposit|PO|proforma|PI)';
const EVENT_ES = `(?:anticipo|depósito|pago|pedido|orden(?: de compra)?|contrato|muestra|diseño|maqueta|boceto|arte final|prueba gráfica|${EVENT_MIXED})`;
const EVENT_FR = `(?:acompte|paiement|commande|contrat|BAT|échantillon|${EVENT_MIXED})`;
const EVENT_DE =
  '(?:Anzahlung|Zahlungseingang|Zahlung|Auftragsbestätigung|Bestellung|Auftrag|(?:Vorserien|Vorproduktions|Produktions|Referenz|Farb)?[Mm]usters?(?:freigabe)?|Druckfreigabe|Vertrag|(?:Druck)?[Dd]aten|Entwurfs?|Layouts?|Korrekturabzugs?)';
// "após aprovação da maqueta": the mock-up (pt-PT maqueta, pt-BR maquete) is approved in writing, like a proof.
const EVENT_PT = `(?:sinal|depósito|pagamento|pedido|contrato|amostra|(?:assinatura|aprovação) d[oae] (?:contrato|pedido|especificação|proposta)|layout|arte|maquet[ae]|${EVENT_MIXED})`;
const EVENT_IT = `(?:acconto|anticipo|pagamento|ordine|contratto|campione|bozza|grafica|conferma (?:grafica|d[’']ordine|dell[’']ordine)|${EVENT_MIXED})`;
export const START_EVENT = anyOf(
  latinWords([
    `(?:after|from|upon|following|of) (?:the )?(?:date (?:of |the |when )?)?(?:receipt of |receiving |receipt |credit(?:ing)? of |confirm(?:ation|ing) of |${MANNER_EN}approval of )?(?:the |your |our |an? )?${MANNER_EN}${EVENT_EN}${RECORD_EN}`,
    // "45 days from the later of (a) 30% deposit received (b) written PP sample approval": counted from the later of
    // recorded events, as "whichever is later" is; the events may be lettered.
    `(?:the )?(?:later|latest) of:? (?:\\(?(?:[a-d]|[1-4]|i{1,3})\\)\\s{0,2})?(?:the )?(?:receipt of )?${MANNER_EN}${EVENT_EN}`,
    // "a test report dated within 12 months before shipment": counted back from the shipment, itself a dated term.
    '(?:before|prior to) (?:the )?(?:shipment|loading|dispatch|shipping|final inspection)',
    '(?:lab[- ]?dips?|fit samples?|PP samples?|pre-?production samples?|samples?|artwork|proofs?)(?: and (?:lab[- ]?dips?|fit samples?|PP samples?|samples?|artwork|proofs?))? (?:are|is|were|was|being) (?:approved|confirmed|signed)',
    // "tras aprobar la muestra", "desde la aprobación del boceto": the approval is the recorded event. Sheets drop the
    // article as often as not: "desde aprobación de muestra de preproducción", "tras recepción del anticipo".
    `(?:después de(?:l)?|tras|a partir de(?:l)?|desde)(?: la fecha de(?:l)?)?(?: (?:(?:correo|e-?mail|mensaje)(?: electrónico)? de (?:la )?(?:aprobación|confirmación|aceptación) de(?:l)?|recibir|(?:la )?recepción de(?:l)?|(?:la )?acreditación de(?:l)?|recibido|confirmar|aprobar|firmar|(?:la )?confirmación de(?:l)?|(?:la )?aprobación(?: (?:por escrito|por (?:correo(?: electrónico)?|e-?mail)|formal))? de(?:l)?))?(?: (?:el|la))? ${EVENT_ES}`,
    `(?:après|à compter de|à partir de|dès)(?:(?:(?: (?:la )?date d[eu])? (?:la |le |l[’'])?| (?:la )?date d[’'])(?:réception|confirmation|validation|approbation|crédit|encaissement|(?:e-?mail|courriel|mail|lettre) d[’'](?:approbation|acceptation|confirmation)|(?:e-?mail|courriel|mail|lettre) de (?:validation|confirmation))(?: (?:écrite|formelle|par écrit|par e-?mail))?)?(?: (?:de |d[’']))?(?: ?(?:l[’']|la |le |du ))?${EVENT_FR}`,
    `(?:nach|ab)(?: (?:dem )?Datum)?(?: (?:Eingang|Erhalt|Bestätigung|Freigabe|Gutschrift))?(?: (?:der|des|dem))? ${EVENT_DE}`,
    // "25 dias corridos contados da aprovação por e-mail da amostra": "counted from" names the start as "após" does.
    `(?:após|depois d[oae]|a partir d[oae]|contad[oa]s (?:a partir )?d[oae])(?: (?:receber|(?:o )?recebimento d[oae]|(?:a )?confirmação d[oae]|(?:a )?aprovação(?: (?:por e-?mail|por escrito|formal|escrita))? d[oae]))?(?: (?:o|a))? ${EVENT_PT}`,
    // "dalla data di approvazione del campione": the date of an approval, two qualifiers before the event.
    `(?:dopo|dal|dalla|da|a partire da(?:l|lla)?)(?: (?:il |la )?(?:data|ricevimento|ricezione|conferma|approvazione)(?: (?:dell[’']|del |della |di )\\s?(?:l[’'])?(?:ricevimento|ricezione|conferma|approvazione))?)?(?: (?:dell[’']|del |della |di ))?\\s?(?:l[’'])?${EVENT_IT}`,
    // Polish, Turkish and Vietnamese: "od wpłaty zaliczki", "sipariş onayından sonra", "sau khi thanh toán".
    // "od daty wpłaty zaliczki", "od dnia podpisania umowy": counted from the date of the same event.
    // "od akceptacji próbki przedprodukcyjnej", "po zatwierdzeniu makiety": the approved sample or mock-up, as "wzoru".
    // "od pisemnego zatwierdzenia próbki", "po formalnej akceptacji projektu": how the approval is recorded, before it.
    '(?:od|po)(?: (?:daty|dnia|momentu))?(?: (?:pisemn|formaln|mailow|oficjaln|ostateczn)(?:ego|ej|ym))?(?: (?:otrzymani[ua]|podpisani[ua]|wpłacie|wpłaty|wpływu|zaksięgowani[ua]|(?:e-?)?maila z (?:akceptacją|potwierdzeniem|zatwierdzeniem)|pisma z (?:akceptacją|potwierdzeniem|zatwierdzeniem)|potwierdzeni[ua]|akceptacji|zatwierdzeni[ua]|zatwierdzeniu|złożeni[ua]))? (?:zaliczki|wpłaty|płatności|przedpłaty|zamówienia|projektu|umowy|wzoru|(?:próbki|makiety)(?: \\p{L}{3,}(?:ej|owej))?)',
    '(?:sipariş(?: onayı(?:ndan)?| onaylandıktan)?|ödeme(?:den|nin alınmasından)?|avans(?:ın alınmasından)?|sözleşme(?:den)?|numune onayı(?:ndan)?) (?:sonra|itibaren)',
    // Turkish marks the event by suffixes on the noun and on "receive/approve/sign": "depozitonun alınmasından sonra",
    // "kaporanın yatırılmasından itibaren", "ön ödeme alındıktan sonra" — the deposit's arrival, a recorded event.
    '(?:depozito|kapora|avans|ön ödeme|peşinat|ödeme|sipariş|sözleşme|numune|proforma)[a-zçğıöşü]{0,6} (?:(?:alın|yatırıl|onaylan|imzalan|ödenme|teyit edil|gelme)[a-zçğıöşü]{0,10}|onay[a-zçğıöşü]{0,8}) (?:sonra|itibaren)',
    // The event noun alone in the ablative, its possessive suffix between ("avans ödemesinden sonra", "depozitodan
    // itibaren", "numune onayından sonra"): the payment or approval itself, as "after the advance payment" is.
    '(?:depozito|kapora|avans|ön ödeme|peşinat|ödeme|sipariş|sözleşme|numune|proforma|onay)[a-zçğıöşü]{0,6}(?:dan|den|tan|ten) (?:sonra|itibaren)',
    // "numune onayı e-postasının tarihinden itibaren", "depozitonun hesabımıza geçtiği tarihten itibaren": counted from
    // the date of the event (or of the e-mail recording it). Not "…hazır olduğu tarihten": readiness is the supplier's word.
    '(?:depozito|kapora|avans|ön ödeme|peşinat|ödeme|sipariş|sözleşme|numune|proforma|onay)[a-zçğıöşü]{0,8}(?: (?!hazır|bit|tamamlan|üretim)[\\p{L}-]{2,20}){0,2} tarih[a-zçğıöşü]{0,6} (?:sonra|itibaren)',
    'sau khi (?:thanh toán|đặt cọc|nhận (?:cọc|tiền)|xác nhận đơn(?: hàng)?|ký hợp đồng|duyệt mẫu)',
    // Dutch: "na ontvangst van de aanbetaling", "na orderbevestiging", "na goedkeuring van het monster".
    '(?:na|vanaf) (?:(?:ontvangst|bevestiging|goedkeuring|akkoord) (?:van |op )?)?(?:de |het |uw |onze )?(?:aanbetaling|betaling|vooruitbetaling|bestelling|order(?:bevestiging)?|opdracht(?:bevestiging)?|contract|[\\p{L}-]{0,20}monster(?:goedkeuring)?|proefdruk|ontwerp|drukproef)',
    // Indonesian and Malay: "setelah pembayaran DP", "sejak konfirmasi pesanan", "selepas bayaran deposit".
    '(?:setelah|sesudah|sejak|selepas|dari) (?:(?:menerima|terima|diterimanya|penerimaan|konfirmasi|persetujuan) )?(?:pembayaran|bayaran|DP|uang muka|deposit|panjar|pesanan|PO|kontrak|sampel|pelunasan|pembayaran pelunasan)',
    // Czech: "od připsání zálohy", "po obdržení platby", "od podpisu smlouvy", "po schválení vzorku", with the date
    // or day of it ("od data objednávky", "ode dne podpisu smlouvy") and the approved design ("grafického návrhu").
    '(?:od|ode|po) (?:(?:data|dne) )?(?:(?:přijetí|obdržení|připsání|zaplacení|uhrazení|potvrzení|schválení|podpisu|podepsání|akceptaci|akceptace) )?(?:zálohy|platby|doplatku|objednávky|smlouvy|vzorku|náhledu|grafiky|(?:grafického )?návrhu)',
    // "od uhrazení zálohové faktury": the buyer's payment of the invoice is recorded; its mere receipt is not.
    '(?:od|ode|po) (?:(?:data|dne) )?(?:uhrazení|zaplacení|připsání úhrady) (?:zálohové |konečné )?faktury',
    // "ode dne podpisu": the signing, its document understood.
    '(?:od|ode) (?:data|dne) (?:podpisu|podepsání)',
  ]),
  // Hungarian: "az előleg beérkezésétől számítva", "a megrendelés visszaigazolása után", "a minta jóváhagyását
  // követően"; Swedish: "efter mottagen handpenning", "från orderbekräftelse", "efter godkänt prov".
  latinWords([
    '(?:az |a )?(?:előleg|foglaló|fizetés|megrendelés|rendelés|szerződés|minta|grafika|utalás)\\p{L}{0,4}(?: (?:beérkezés|jóváírás|kifizetés|megfizetés|visszaigazolás|aláírás|jóváhagyás|megérkezés|elfogadás)\\p{L}{0,4})?(?: (?:után|követően)|(?<=(?:tól|től))(?: számítva)?)',
    // Romanian: "de la primirea avansului", "după confirmarea comenzii", "de la semnarea contractului".
    // "de la confirmarea scrisă a mostrei": how the event is recorded (in writing) and the genitive article between.
    '(?:de la|după|din data) (?:(?:primirea|primire|confirmarea|semnarea|aprobarea|plata|achitarea)(?: (?:scris[ăe]|oficial[ăe]|în scris))?(?: (?:a|al))? )?(?:avansului|plății|comenzii|contractului|mostrei|machetei)',
    '(?:efter|från|räknat från) (?:mottagen |mottaget |erhållen |erhållet |mottagandet av |bekräftad |godkänd |godkänt |godkännandet av |undertecknat |signerat )?(?:handpenning(?:en)?|förskott(?:et|sbetalning(?:en)?)?|betalning(?:en)?|order(?:bekräftelse(?:n)?|n)?|beställning(?:en)?|avtal(?:et)?|kontrakt(?:et)?|prov(?:et)?|provgodkännande(?:t)?)',
  ]),
  // Greek: "μετά την παραλαβή της προκαταβολής", "από την έγκριση του δείγματος"; Ukrainian: "після надходження
  // передоплати", "з дати підписання договору"; Hebrew: "מקבלת המקדמה", "לאחר אישור ההזמנה".
  scriptWords([
    '(?:μετά (?:την|το|από την|από το)|από την|από το) (?:(?:παραλαβή|λήψη|επιβεβαίωση|έγκριση|υπογραφή|καταβολή|πληρωμή) (?:της|του) )?(?:προκαταβολής|προκαταβολή|πληρωμής|πληρωμή|παραγγελίας|σύμβασης|συμβολαίου|δείγματος)',
    '(?:після|з моменту|від дати|з дати|з дня|від дня) (?:(?:отримання|надходження|підтвердження|підписання|затвердження|погодження) )?(?:передоплати|авансу|оплати|замовлення|договору|контракту|зразка|макета)',
    '(?:מ|לאחר |אחרי )(?:מועד |יום )?(?:קבלת|אישור|חתימת|תשלום|העברת) ה?(?:מקדמה|תשלום|הזמנה|חוזה|הסכם|דוגמ[הא])',
  ]),
  // Arabic: "بعد استلام الدفعة المقدمة", "من تاريخ استلام العربون", "بعد تأكيد الطلب".
  scriptWords([
    '(?:بعد|من تاريخ|من)\\s(?:استلام|دفع|تأكيد|توقيع|اعتماد|الموافقة على)\\s(?:الدفعة(?: المقدمة)?|العربون|المقدم|الدفع|الطلب|أمر الشراء|العقد|العينة)',
  ]),
  scriptWords([
    // "после утверждения", "после согласования": the approval alone, its object understood (a sample, a layout).
    '(?:с момента|после) (?:утверждения|согласования|подтверждения)(?! (?:оплаты|предоплаты|аванса|заказа|макета|договора|образца|сч[её]та))',
    '(?:с момента|после)(?: (?:утверждения|получения|подтверждения|поступления|подписания|зачисления))? (?:оплаты|предоплаты|аванса|заказа|макета|договора|образца|счёта|счета)',
    // "45 дней с даты подписания спецификации № 3", "со дня поступления предоплаты": the day of a signed document or
    // of a payment's arrival ("зачисления предоплаты": the advance credited to the seller's account, as a bank statement
    // shows), both recorded. Not "с даты готовности товара": readiness is the supplier's word.
    // Not "с даты получения счёта": the invoice is the supplier's, issued when he likes.
    // "с даты письма об утверждении образца": the letter that records the approval is dated.
    '(?:с|со) (?:даты|дня|момента) (?:письма|сообщения|e-?mail) (?:об?|с) (?:утверждении|подтверждении|согласовании|оплате|поступлении)',
    '(?:с|со) (?:даты|дня|момента) (?:подписания|утверждения|согласования|поступления|получения|зачисления) (?:сторонами )?(?:договора|контракта|спецификации|приложения|заказа|оплаты|предоплаты|аванса|макета|образца)',
  ]),
  cjk([
    '收到定金后',
    '定金到账后',
    '收到预付款后',
    '付款后',
    '确认后',
    // "制版后15-20天": the printing plates are made once the artwork is signed off — a step the buyer is told of.
    '制版(?:完成)?后',
    '样品确认后',
    '下单后',
    '合同签订后',
    '签(?:订)?合同后',
    '合同签署后',
    '(?:收到|开立?)信用证后',
    '开证后',
    '确认订单后',
    '(?:付|收到)定金后',
    '收到(?:全款|余款)后',
    '收到货款后',
    // "预付款到账后35个工作日内": the payment's kind varies, its arrival is the recorded event.
    '(?:定金|订金|预付款|首付款|货款|全款)(?:已)?(?:到账|付清|收到)后',
    '收到(?:定金|订金|预付款|首付款)后',
    // "收到30%定金之日起35天内", "自合同签订之日起": counted from the day a recorded event happened, written with
    // 之日起 / 当日起 / 起 instead of 后, the payment often with its share ("收到30%定金后" too).
    '(?:自|从)?(?:收到|收妥)(?:买方)?(?:\\d{1,3}\\s{0,2}[%％])?的?(?:定金|订金|预付款|首付款|货款|全款|余款|信用证)(?:之日|当日|当天|日)?(?:起|以后|之后|后)',
    '(?:自|从)?(?:\\d{1,3}\\s{0,2}[%％])?的?(?:定金|订金|预付款|首付款|货款|全款)(?:已)?(?:到账|付清|收到)(?:之日|当日|当天|日)?(?:起|以后|之后|后)',
    '(?:自|从)?(?:合同|订单|样品|大货样|产前样)(?:签订|签署|签字|确认)(?:之日|当日|当天|日)?(?:起|以后|之后)',
    // Japanese: "受注後30営業日", "ご入金確認後", "校了後".
    '(?:受注|発注|ご?入金(?:確認)?|校了|契約|サンプル承認|承認)後',
    // Thai: "หลังชำระเงิน" (after paying), "หลังจากได้รับเงินมัดจำ" (after the deposit arrives), "นับจากยืนยันคำสั่งซื้อ".
    '(?:หลัง(?:จาก)?|นับ(?:จาก|ตั้งแต่)|ตั้งแต่)\\s{0,2}(?:ได้รับ|ชำระ|จ่าย|โอน|ยืนยัน|อนุมัติ|เซ็น|ลงนาม)[^\\s,，]{0,12}?(?:เงิน|มัดจำ|คำสั่งซื้อ|ออเดอร์|สัญญา|ตัวอย่าง)',
  ]),
  JOINT_START_EVENT,
  // "after the buyer confirms the PP sample", "sau khi bên mua xác nhận mẫu": the event as a sentence with its doer.
  AGENT_START_EVENT,
);

/** "ASAP" and friends: always about timing in an order. */
export const ASAP = anyOf(
  latinWords([
    'ASAP',
    'as soon as possible',
    // Czech: "co nejdříve", "co nejrychleji".
    'co nejdř[íi]v(?:e)?',
    'co nejrychleji',
    'lo antes posible',
    'lo más pronto posible',
    'dès que possible',
    'au plus vite',
    'dans les plus brefs délais',
    'so schnell wie möglich',
    'schnellstmöglich',
    'baldmöglichst',
    'o mais rápido possível',
    'o quanto antes',
    'assim que possível',
    // "Consegna: prima possibile": the article is often dropped in a terse field.
    '(?:il )?prima possibile',
    'al più presto',
    'quanto prima',
    'appena possibile',
    'jak najszybciej',
    'jak najszybciej to możliwe',
    'możliwie szybko',
    // Turkish: "en kısa zamanda", "mümkün olan en kısa sürede", "acilen".
    '(?:mümkün olan )?en kısa (?:zamanda|sürede)',
    'acilen',
    // Indonesian and Vietnamese: "secepatnya", "secepat mungkin", "sesegera mungkin"; "sớm nhất có thể",
    // "càng sớm càng tốt", "nhanh nhất có thể".
    'secepat(?:nya| mungkin)',
    'sesegera mungkin',
    'sớm nhất có thể',
    'càng sớm càng tốt',
    'nhanh nhất có thể',
    'zo snel mogelijk',
    // Hungarian and Swedish: "a lehető leghamarabb", "amint lehetséges"; "så snart som möjligt", "snarast".
    '(?:a )?lehető leg(?:hamarabb|gyorsabban|rövidebb időn belül)',
    'amint (?:lehet|lehetséges)',
    'mihamarabb',
    'sürgősen',
    'så (?:snart|fort) som möjligt',
    'snarast(?: möjligt)?',
    'omgående',
    // Romanian: "cât mai curând posibil", "în cel mai scurt timp".
    'cât mai (?:curând|repede|rapid)(?: posibil)?',
    'în cel mai scurt timp(?: posibil)?',
  ]),
  // Greek, Ukrainian and Hebrew: "το συντομότερο δυνατό", "όσο το δυνατόν γρηγορότερα"; "якнайшвидше",
  // "якомога швидше", "найближчим часом"; "בהקדם האפשרי", "כמה שיותר מהר".
  scriptWords([
    'το (?:συντομότερο|ταχύτερο|γρηγορότερο)(?: δυνατό(?:ν)?)?',
    'όσο (?:το )?δυνατόν (?:πιο )?(?:γρήγορα|σύντομα|γρηγορότερα|συντομότερα)',
    'якнайшвидше',
    'якомога (?:швидше|скоріше|раніше)',
    'найближчим часом',
    'терміново',
    'в найкоротші (?:терміни|строки)',
    'בהקדם(?: האפשרי)?',
    'מוקדם ככל (?:ה)?אפשר(?:י)?',
    'כמה שיותר מהר',
    'בדחיפות',
  ]),
  scriptWords(['как можно (?:скорее|быстрее)', 'в кратчайшие сроки', 'срочно']),
  // "εντός εύλογου χρόνου" (within a reasonable time), "в разумный срок", "خلال مدة معقولة": judged, not counted.
  scriptWords([
    '(?:εντός|σε) εύλογ(?:ου|ο) (?:χρόνου|χρόνο|διαστήματος|διάστημα)',
    'в разумн(?:ый срок|ые сроки)',
    '(?:خلال|في) (?:مدة|فترة|وقت) معقولة?',
  ]),
  // Arabic and Thai: "بأسرع وقت ممكن", "في أقرب وقت ممكن"; "เร็วที่สุด", "โดยเร็ว".
  scriptWords(['(?:ب|في )?(?:أسرع|اسرع|أقرب|اقرب) وقت(?: ممكن)?', 'على وجه السرعة']),
  // Persian, Urdu, Bengali and Hindi: "هر چه زودتر"; "جلد از جلد"; "যত তাড়াতাড়ি সম্ভব"; "जल्द से जल्द", "जितनी जल्दी
  // हो सके". A bare "soon" is read under a timing label only (SOON_SCRIPT).
  scriptWords([
    'هر ?چه (?:زودتر|سریع\u200c?تر)',
    '(?:در )?(?:سریع\u200c?ترین|کوتاه\u200c?ترین) (?:زمان|وقت)(?: ممکن)?',
    'جلد از جلد',
    'جتنی جلدی (?:ہو سکے|ممکن ہو)',
    'যত (?:তাড়াতাড়ি|তাড়াতাড়ি|দ্রুত|শীঘ্র) সম্ভব',
    'जल्द से जल्द',
    'जितनी जल्दी (?:हो सके|संभव हो)',
    'शीघ्रातिशीघ्र',
    'यथाशीघ्र',
  ]),
  cjk([
    'เร็วที่สุด(?:เท่าที่จะทำได้)?',
    'โดยเร็ว(?:ที่สุด)?',
    '尽快',
    '越快越好',
    '马上',
    'できるだけ早く',
    'なるべく早く',
    '至急',
    '早急に',
    // Korean: "최대한 빨리", "가능한 한 빨리", "빠른 시일 내".
    '(?:최대한|가능한(?: 한)?|되도록) 빨리',
    '빠른 시일 내',
  ]),
);

/**
 * The end of a selling season is no day either, and whose season it is stays unsaid: "by end of season",
 * "entro fine stagione", "a finales de temporada", "d'ici la fin de saison", "bis Saisonende", "sezon sonuna kadar".
 */
const SEASON_END_WORDS = [
  '(?:by|before|at|until|towards?|around) (?:the )?end of (?:the |this |next )?(?:selling )?season',
  '(?:entro|per|a|prima della|verso) (?:la )?fine (?:della )?stagione',
  '(?:a|para|antes de|hacia)(?: (?:el|los))? (?:finales|final|fin) de (?:la )?temporada',
  "(?:d[’']ici|avant|pour|vers|à) (?:la )?fin (?:de (?:la )?)?saison",
  '(?:bis|vor|zum|gegen)(?: zum)? (?:Saisonende|Ende der Saison)',
  '(?:até|antes d)[oa]? (?:o |ao )?(?:final|fim) d[ao] (?:temporada|estação)',
  'sezon (?:sonu|bitimi)(?:n[ae] kadar|n[dt][ae]|n[dt][ae]n önce)?',
];
/** The end of a season as read inside VAGUE_TIME, for the ship-date detector to tell it apart. */
export const SEASON_END = anyOf(latinWords(SEASON_END_WORDS));
/**
 * A calendar week with its year is a date: "CW 8/2027", "KW 6/2027", "semaine 8 / 2027", "semana 6 de 2027",
 * "week 9 of 2027", "2027-W09". Beside it, "before the end of the season" only says why the week was chosen.
 */
export const YEAR_WEEK = anyOf(
  latinWords([
    '(?:week|wk|CW|KW|semaine|sem\\.|semana|settimana|Woche|hafta|tydzień|week nr\\.?)\\.? ?(?:n[°º.] ?)?\\d{1,2} ?(?:/|of|,|de|del|di|du|-) ?20\\d\\d',
    '20\\d\\d-?W\\d{2}',
  ]),
);

/**
 * "Soon" in Persian, Urdu, Bengali and Hindi: "به زودی", "جلد ہی", "শীঘ্রই", "जल्द ही". Like "soon" it names no day,
 * but it is also how a chat says "reply soon", so it is read under a timing label (and gates the label of these
 * languages, cued-labels.ts). Not a bare Urdu "جلد": Persian and Arabic write it for a volume.
 */
export const SOON_SCRIPT = scriptWords([
  'به ?زود[یي]',
  'جلد ہی',
  'جلدی',
  'শীঘ্রই',
  'অতি ?শীঘ্র',
  'জলদি',
  'जल्द(?: ही)?',
  'जल्दी',
  'शीघ्र',
]);

/** Times that name no day. */
export const VAGUE_TIME = anyOf(
  SOON_SCRIPT,
  latinWords([
    'soon(?:est)?',
    // "within a reasonable time after production": a time only the supplier judges, counted from no day.
    '(?:within |in )?(?:a )?reasonable (?:time|period|timeframe|time ?frame|lead time)',
    'en un (?:plazo|tiempo) razonable',
    'dans (?:un|des) délais? raisonnables?',
    'in angemessener (?:Zeit|Frist)',
    'em (?:um )?prazo razo[aá]vel',
    '(?:in tempi ragionevoli|entro un termine ragionevole)',
    'trong thời gian hợp lý',
    'makul (?:bir )?(?:süre(?: içinde)?|zamanda)',
    // "once material arrive(s)", "when the raw material comes": the start is the supplier's own supply, no day.
    '(?:once|when|after|as soon as) (?:the |our )?(?:raw )?materials? (?:arrives?|comes?|(?:is|are) (?:ready|in|available)|in)',
    'immediate(?:ly)?',
    'right away',
    'at once',
    // Seasons name no day: "by the end of summer", "for the autumn season".
    '(?:early|mid|late|end of|by|before|in|for|during) (?:the )?(?:(?:end|beginning|start) of (?:the )?)?(?:spring|summer|autumn|fall|winter)(?: season)?',
    ...SEASON_END_WORDS,
    'fast',
    'quick(?:ly)?',
    'prompt(?:ly)?',
    'urgent(?:ly)?',
    'pronto',
    'bientôt',
    'bald',
    'em breve',
    'a breve',
    'presto',
    `(?:early|mid|late|end of|beginning of|the end of|middle of)[- ]?(?:the )?(?:${MONTH}|month|week|year|next month)`,
    `(?:in|by|before|during|within|for|en|dans|im|em|de) (?:${MONTH})(?: \\d{4})?`,
    `${MONTH}(?: \\d{4})? (?:shipment|delivery)`,
    'end of (?:the |this |next )?(?:month|week|year)',
    `(?:first|second|third|fourth|last|\\d(?:st|nd|rd|th)) (?:week|half|ten days|10 days) of (?:the )?(?:${MONTH}|month)`,
    'next (?:week|month)',
    'this (?:week|month)',
    'Q[1-4]',
    '(?:before|after|by|until|around) (?:the )?(?:Christmas|(?:Chinese|Lunar) New Year|CNY|Spring Festival|Golden Week|National Day|Mid-Autumn(?: Festival)?|Dragon Boat(?: Festival)?|Ramadan|Easter|Thanksgiving|Black Friday|holidays?)',
    // "in time for the Christmas season", "for the back-to-school season": a selling season, not a day.
    "(?:in time for|ready for|for|before) (?:the )?(?:Christmas|holiday|festive|peak|back[- ]to[- ]school|summer|winter|spring|autumn|fall|Black Friday|Easter|Ramadan|Valentine(?:[’']s)?(?: Day)?) (?:season|sales?|rush|market)",
    // The seasons in the other languages read: "im Frühjahr", "bis Ende Sommer", "para la primavera", "au printemps",
    // "no verão", "entro l'autunno", "in het voorjaar", "ilkbaharda".
    '(?:im|bis|zum|vor dem|ab|Anfang|Mitte|Ende|bis Ende|bis Anfang) (?:des )?(?:Frühjahrs?|Frühlings?|Sommers?|Herbsts?|Winters?)',
    '(?:en|para|antes del?|hacia|durante|a (?:finales|principios|mediados) del?) (?:la |el )?(?:primavera|verano|otoño|invierno)',
    "(?:au|en|avant l[’']|avant le|pour l[’']|pour le|d[ée]but|fin|mi-|à la fin de l[’']|à la fin du|au début du|au début de l[’'])\\s?(?:printemps|été|automne|hiver)",
    '(?:na|no|até (?:a|o)|antes d[ao]|para (?:a|o)|(?:no )?(?:início|final|fim) d[ao]) (?:primavera|verão|outono|inverno)',
    "(?:in|entro (?:la |l[’'])|per (?:la |l[’'])|prima del(?:la|l[’'])|a (?:inizio|fine) |in )\\s?(?:primavera|estate|autunno|inverno)",
    '(?:in het|voor het|in de|voor de) (?:voorjaar|najaar|zomer|winter|lente|herfst)',
    '(?:ilkbahar|yaz|sonbahar|kış)(?:da|ta|ın)?(?: (?:sonu|başı|ortası|aylarında|döneminde))?',
    // Turkish "ağustos sonu" (end of August), "mart başı", "eylül ortası": a part of a month, no day.
    `(?:${MONTH}) (?:sonu|başı|ortası|içinde|ayı içinde)`,
    // French "courant mars" (some time in March), "fin courant".
    `courant (?:${MONTH})`,
    // "before the factory holiday", "after the Chinese holidays": a shutdown whose days the supplier sets.
    '(?:before|after|by|until|around) (?:the )?(?:factory|company|Chinese|national|public|summer|winter|New Year|annual) (?:holidays?|break|shutdown|closure|vacation)',
    // The same holidays in the other languages read; none of them has a year or a day.
    '(?:después|antes) de(?:l| la| las| los)? (?:Año Nuevo [Cc]hino|feriados?|festivos?|vacaciones|fiestas|Navidad)(?: chin[oa]s?)?',
    "(?:après|avant) (?:le |la |les )?(?:Nouvel An chinois|fêtes|vacances|Noël|congés)(?: chinois| de l[’']usine)?",
    '(?:nach|vor) (?:dem |den |der )?(?:chinesischen Neujahr(?:sfest)?|Neujahrsfest|Feiertagen|Ferien|Weihnachten|Betriebsferien|Frühlingsfest)',
    '(?:depois|antes) d[oa]s? (?:Ano Novo [Cc]hinês|feriados?|festas|Natal|férias)(?: chinês| chineses)?',
    "(?:dopo|prima)(?: de)?(?: il| le| la| lo| di| delle| del| dell[’'])? ?(?:Capodanno cinese|festività|ferie|vacanze|Natale|feste)(?: cinesi)?",
    // "maybe in 2 more weeks", "another 2 weeks": a promise that moves with each message.
    '(?:in|within|wait(?: for)?|need|takes?) (?:another|other|about)? ?\\d{1,4} (?:more |additional |further )(?:days?|weeks?|months?)',
    '(?:another|other) \\d{1,4} (?:days?|weeks?|months?)',
    `(?:finales|principios|mediados|fin|début|mi|Ende|Anfang|Mitte|final|início|meados|inizio|metà|fine|primi|prima metà|seconda metà)[- ](?:de |d[’']|di )?(?:${MONTH})`,
    '(?:entro |a |per )?(?:la )?fine (?:del )?(?:mese|settimana|anno)',
    '(?:entro|a|per) (?:inizio|metà) (?:mese|settimana)',
    'il mese prossimo',
    // A month or a part of one after the other languages' own prepositions and hedges: "a settembre", "verso metà
    // del mese prossimo", "we wrześniu", "a mediados del próximo mes", "Mitte nächsten Monats", "ay sonunda".
    `(?:a|entro|per|verso|intorno a|ai primi di|a fine|a metà) (?:${MONTH})`,
    '(?:verso|intorno a|entro|a|per) (?:la )?(?:metà|fine|inizio) (?:del )?(?:mese|settimana)(?: prossim[oa])?',
    '(?:a|hacia|para) (?:mediados|finales|principios) del? (?:(?:próximo|este|siguiente) )?mes(?: que viene| próximo| siguiente)?',
    '(?:el )?(?:próximo mes|mes que viene|mes próximo)',
    '(?:no |em |para o |até o |por volta d[oa] )?(?:meio|meados|início|fim|final) d[oe] (?:mês|próximo mês)(?: que vem)?',
    '(?:o )?(?:próximo mês|mês que vem)',
    '(?:le mois prochain|la semaine prochaine|(?:fin|début|mi)[- ](?:du )?mois(?: prochain)?|courant du mois(?: prochain)?)',
    '(?:Mitte|Ende|Anfang) (?:des )?(?:nächsten|kommenden|diese[ns]) Monats',
    '(?:Mitte|Ende|Anfang) (?:des )?Monats',
    '(?:nächsten|kommenden) Monat',
    'nächste Woche',
    `(?:w|we|do|na|około|pod koniec|na początku|w połowie) (?:${MONTH_PL})`,
    // Indonesian, Malay, Dutch and Vietnamese months with their own prepositions: "pada bulan Agustus", "akhir
    // Agustus", "hujung bulan Ogos", "eind augustus", "medio maart", "cuối tháng 8".
    `(?:(?:pada|sebelum|awal|akhir|pertengahan|hujung|penghujung|dalam|sekitar) )?${MONTH_BULAN}`,
    `(?:pada|sebelum|awal|akhir|pertengahan|hujung|penghujung|sekitar) (?:${MONTH})`,
    `(?:eind|begin|half|medio|vóór|uiterlijk|rond|ergens in) (?:${MONTH})`,
    `(?:(?:trong|vào|đầu|cuối|giữa|trước|khoảng) )?${MONTH_VI}`,
    // Next month, next week, the end of the month: "bulan depan", "akhir bulan", "tháng sau", "cuối tháng",
    // "volgende maand", "eind van de maand".
    '(?:bulan|minggu) (?:depan|hadapan)',
    '(?:akhir|awal|pertengahan|hujung) bulan(?: (?:ini|depan|hadapan))?',
    'tháng (?:sau|tới)',
    '(?:cuối|đầu|giữa) tháng(?: (?:này|sau|tới))?',
    'tuần (?:sau|tới)',
    '(?:volgende|komende|deze) (?:week|maand)',
    '(?:eind|begin|half|medio) (?:van )?(?:de |deze |volgende )?maand',
    '(?:w|do|około|pod|na) (?:połow(?:ie|y)|koń(?:ca|cu)|koniec|początku|początek) (?:(?:przyszłego|tego|następnego) )?miesiąca',
    '(?:w )?(?:przyszłym|następnym) miesiącu',
    '(?:w )?przyszłym tygodniu',
    '(?:gelecek|önümüzdeki|bu) (?:ay(?:ın)?|hafta(?:nın)?)(?: (?:sonu|başı|ortası|içinde)(?:nda|na)?)?',
    'ay(?:ın)? (?:sonu|başı|ortası)(?:nda|na)?(?: civarı(?:nda)?)?',
    "(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)(?:[’']?(?:da|de|ta|te)| ayında| civarı(?:nda)?)",
    // A hedge before a timing word: "indicativamente", "orientacyjnie", "tahminen", "voraussichtlich".
    '(?:indicativamente|orientacyjnie|tahminen|yaklaşık olarak|ungefähr im|etwa im|voraussichtlich im|approximativement en|environ en|aproximadamente en)\\s(?:\\p{L}+\\s)?\\p{L}+',
    // Lead time praised instead of given: "délai de fabrication rapide", "entrega rápida".
    'rapide(?:ment)?',
    'rápid[oa](?:mente)?',
    'rapid[oa]',
    'schnell',
    'veloce(?:mente)?',
    'szybk(?:o|a|i|ie)',
    'hızlı',
    'la settimana prossima',
    // Hungarian and Swedish: "azonnal", "hamarosan", "augusztus végén", "jövő hónapban"; "omedelbart", "snart",
    // "i slutet av augusti", "nästa månad".
    'azonnal',
    'hamarosan',
    '(?:jövő|következő) (?:hónap|hét)(?:ban|ben|on|en)?',
    '(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december) (?:végén|végéig|elején|közepén|folyamán|környékén)',
    'omedelbart',
    'snart',
    'nästa (?:månad|vecka)',
    `(?:i )?(?:slutet|början|mitten) av (?:${MONTH})`,
    // Romanian: "imediat", "în curând", "la sfârșitul lunii august", "luna viitoare".
    'imediat',
    'în curând',
    `(?:la |până la )?(?:sfârșitul|începutul|mijlocul) (?:lunii )?(?:${MONTH})`,
    `(?:în|până în|în luna) (?:${MONTH})`,
    'luna (?:viitoare|următoare)',
    '(?:within|in|en|dans|sous|innerhalb von|binnen|em|dentro de|entro|tra|fra|trong(?: vòng)?|dalam|w ciągu) (?:about |approx\\.? |circa |ongeveer )?\\d{1,4}(?:\\s{0,2}[-–~]\\s{0,2}\\d{1,4})? ?(?:working |business |calendar )?(?:hours?|hrs?|days?|weeks?|months?|horas|días|semanas|heures|jours|semaines|Stunden|Tagen?|Wochen|dias|ore|giorni(?: lavorativi)?|settimane|mesi|(?:werk)?dagen|weken|maanden|ngày|tuần|tháng|hari(?: kerja)?|minggu|bulan|dni(?: roboczych)?|tygodni|tyg\\.?|miesięcy)',
    '\\d{1,4}[- ](?:working[- ]|business[- ])?(?:hours?|days?|weeks?)[- ](?:turnaround|lead[- ]?time|delivery|production|dispatch|shipping)',
  ]),
  scriptWords([
    // Russian: "в конце месяца", "в середине следующего месяца", "в сентябре", "в начале октября".
    '(?:в|к|до) (?:конц[уае]|начал[уае]|середин[еуы]) (?:(?:следующего|этого|текущего) )?(?:месяца|недели|года)',
    `(?:в|к|до) (?:конц[уае]|начал[уае]|середин[еуы]) (?:${MONTH_RU_GEN})`,
    `(?:в|к|до) (?:${MONTH_RU_PREP}|${MONTH_RU_GEN})`,
    // A hedge before the timing word, as "indicativamente" above: "ориентировочно июнь", "примерно в середине мая".
    '(?:ориентировочно|примерно|приблизительно|предположительно)\\s(?:\\p{L}+\\s){0,2}\\p{L}+',
    'в следующем месяце',
    'на следующей неделе',
    'быстро',
    // Ukrainian, Greek, Hebrew and Arabic timing words that name no day: "негайно", "άμεσα", "מיד", "فوراً", and a
    // month with the preposition or part of it ("наприкінці серпня", "τέλη Αυγούστου", "בסוף אוגוסט", "نهاية أغسطس").
    'негайно',
    'незабаром',
    'швидко',
    'скоро',
    'наступного (?:місяця|тижня)',
    `(?:у|в|до|наприкінці|на початку|в середині|у середині|кінець|кінця|початок|середина) (?:${MONTH_UK})`,
    'άμεσα',
    'αμέσως',
    'σύντομα',
    'γρήγορα',
    '(?:τον )?επόμενο μήνα',
    `(?:τον |μέχρι (?:τον |τέλη |αρχές )?|τέλη |αρχές |μέσα |εντός του )(?:${MONTH_EL})`,
    'מיד(?:ית)?',
    'בקרוב',
    'בחודש הבא',
    `(?:ב|עד )?(?:סוף|תחילת|אמצע) (?:${MONTH_HE}|החודש(?: הבא)?)`,
    'فور(?:اً|ا|ًا)',
    'قريب(?:اً|ا|ًا)',
    'الشهر (?:القادم|المقبل)',
    `(?:في |خلال |قبل )?(?:نهاية|أواخر|أوائل|بداية|منتصف|أول) (?:شهر )?(?:${MONTH_AR})`,
  ]),
  cjk([
    // Japanese: "来月中旬", "今月末", "9月頃", "来週".
    '再?来月',
    '今月(?:中|末)',
    '来週',
    '\\d{1,2}月(?:頃|ごろ|くらい|中|末|上旬|中旬|下旬)',
    '月底',
    '月初',
    '月末',
    '[上中下]旬',
    '月中',
    '下个?月',
    '下周',
    '下星期',
    '\\d{1,2}月份?(?![\\d日号])',
    '(?<!\\d)\\d{1,4}\\s{0,2}天内',
    '(?<!\\d)\\d{1,4}\\s{0,2}个?工作日内?',
    // Holidays name no day either: "年前" (before the lunar new year), "节后", "国庆后"; not "两年前" (two years ago).
    '(?<![一二三两几多半\\d])年[前后底初]',
    // "春季交货", "秋天前发货": a season names no day ("春季款", a spring style, is not read: no timing word follows).
    '(?:春|夏|秋|冬)(?:季|天)(?:之?[前后]|[初末底中])?(?=\\s{0,2}(?:交货|发货|出货|交期|到货|$))',
    '春节(?:之?[前后]|期间)',
    '(?:国庆|中秋|端午|五一)节?(?:之?[前后])',
    '节[前后]',
    // Thai: "ปลายเดือนหน้า" (end of next month), "ต้นเดือนนี้", "กลางเดือน", "สัปดาห์หน้า" (next week), often after
    // "ประมาณ" (about): a part of a month, no day.
    '(?:ประมาณ\\s{0,2})?(?:(?:ปลาย|ต้น|กลาง|สิ้น)เดือน(?:นี้|หน้า)?|เดือนหน้า|(?:สัปดาห์|อาทิตย์)หน้า)',
  ]),
);

/** A Korean count of days, weeks or months, in figures or in native number words: "2주", "15일", "한 달". */
const KOREAN_SPAN = String.raw`(?:\d{1,4}(?:\s{0,2}[-~]\s{0,2}\d{1,4})?|한|두|세|네)\s{0,2}(?:일|주|개월|달)`;

/** "entro un mese", "within a week", "in einer Woche": one unit written as a word, after a hedge. */
const WORD_DURATION = String.raw`(?:a|an|one|un|una|uno|une|ein|eine|einer|einem|um|uma)\s(?:month|week|mese|settimana|mois|semaine|Monat|Woche|mes|semana|mês)`;

const APPROX_COUNT =
  '\\d{1,4}(?:\\s{0,2}[-–~]\\s{0,2}\\d{1,4})? ?(?:working |business |calendar )?(?:days?|weeks?|months?|días|semanas|meses|jours|semaines|Tagen?|Wochen|dias|giorni(?: lavorativi)?|settimane|mesi|(?:werk)?dagen|weken|maanden|hari(?: kerja)?|minggu|bulan|ngày|tuần|tháng|dni|tygodni(?:e)?|tyg\\.?|gün|hafta)';
/**
 * The hedge written after the count: "30 days or so", "30 días más o menos", "30 Tage ungefähr", "30 days approx.".
 * "around"/"about" only where the clause or phrase ends after them ("30 days, around"), since "30 days around the
 * holiday" places the count rather than hedging it.
 */
const HEDGE_AFTER =
  '(?:or so|or thereabouts|more or less|give or take|approx(?:\\.|imately)?|roughly|más o menos|aproximadamente|aprox\\.|environ|à peu près|ungefähr|circa|ca\\.|zirka|o giù di lì|kurang lebih|lebih kurang|kira-kira|khoảng chừng|mniej więcej|около того|(?:around|about)(?=\\s{0,2}(?:$|[,;.)])))';

/** An estimated duration ("about 25 days after deposit", "ca. 30 Tage nach Anzahlung"): even from an event, no last day. */
export const APPROX_DURATION = anyOf(
  latinWords([
    `(?:about|approx(?:\\.|imately)?|around|roughly|circa|ca\\.|aproximadamente|unos|environ|etwa|ungefähr|cerca de|por volta de|circa|ongeveer|sekitar|kira-kira|kurang lebih|khoảng|około|yaklaşık)\\s{1,3}${APPROX_COUNT}`,
    `${APPROX_COUNT},?\\s{1,2}${HEDGE_AFTER}`,
    // "30 days after the buyer approves the artwork, roughly": the hedge closes the clause, over the whole count.
    `(?<=\\d[^\\n]{1,80}[,;]\\s{0,2})${HEDGE_AFTER}(?=\\s{0,3}[.!]?\\s{0,3}$)`,
  ]),
  cjk([
    // "30天左右", "1个月左右", "两周左右": 左右/上下 after the count is how Chinese writes "about".
    '(?<!\\d)(?:\\d{1,4}|[一二两三四五六七八九十]{1,3})\\s{0,2}个?(?:天|工作日|周|星期|个?月)\\s{0,2}(?:左右|上下)',
    '(?:大约|大概|约)\\s{0,2}(?:\\d{1,4}|[一二两三四五六七八九十]{1,3})\\s{0,2}个?(?:天|工作日|周|星期|个?月)',
  ]),
);

/**
 * A word that marks the whole timing as an estimate, wherever it stands in the value: "within a month after payment,
 * tentatively", "ориентировочно 30 дней после оплаты", "voraussichtlich 4 Wochen nach Anzahlung". A count from a
 * recorded event is a deadline only when it is promised; an estimate binds the supplier to no day. Read only beside a
 * count of time (the caller checks), so "approx. 20 kg per carton" on a shipping line is not this.
 */
export const APPROX_MARKER = anyOf(
  latinWords([
    'approx(?:\\.|imately)?',
    // "one month after deposit, approximate": the adjective closing the value.
    'approximate',
    'roughly',
    'tentative(?:ly)?',
    'estimated(?! time of)',
    'indicative(?:ly)?',
    'aproximadamente',
    'aprox\\.',
    'estimad[oa]s?',
    'environ',
    'à titre indicatif',
    'indicatif',
    'estimée?s?',
    'ungefähr',
    'voraussichtlich',
    'circa',
    'approssimativamente',
    'indicativamente',
    'orientativ[oa]s?',
    'ongeveer',
    'około',
    'orientacyjnie',
    'yaklaşık',
    'tahmini',
  ]),
  scriptWords(['ориентировочн\\p{L}{0,3}', 'примерно', 'приблизительно', 'орієнтовно', 'приблизно']),
  cjk(['预计', '大约', '大概', '左右', '約', '予定']),
);

/**
 * "…15 jours après validation écrite du BAT ou plus tard si besoin", "30 días tras el pago o más tarde": a count from a
 * recorded event left open at its far end. The supplier may ship on any day after the count, so the count binds to
 * nothing. Not "au plus tard", "a más tardar", "al più tardi", "не позже" (at the latest), which close it.
 */
export const OPEN_LATER = anyOf(
  latinWords([
    'or later(?! than)(?: if (?:needed|necessary|required))?',
    'ou plus tard(?: si (?:besoin|nécessaire))?',
    'o más tarde(?: si es necesario)?',
    'oder später(?: falls nötig| bei Bedarf)?',
    'o più tardi(?: se necessario)?',
    'ou mais tarde(?: se necessário)?',
    'of later(?: indien nodig)?',
    'lub później',
    'veya daha geç',
    // The reason given for the open end is the same opening: "si besoin", "if needed", "bei Bedarf" after the count.
    'si besoin',
    'selon (?:le )?besoin',
  ]),
  scriptWords(['или позже', 'або пізніше', 'или позднее', 'або пізніш']),
  cjk(['或更晚', '或更迟', '或更遲', '或之后', 'またはそれ以降']),
);

/**
 * "not earlier than 30 days after deposit", "frühestens 20 Tage nach Anzahlung", "不早于付款后30天": a count from a
 * recorded event given as the earliest day only. It bounds the wait from below and promises nothing, so a late
 * shipment breaks no term. Read only when nothing on the line closes it from above (detect-ship-date.ts).
 */
export const OPEN_EARLIEST = anyOf(
  latinWords([
    'not (?:earlier|sooner) than',
    'no (?:earlier|sooner) than',
    'at the earliest',
    'earliest',
    'frühestens',
    'nicht vor',
    'au plus tôt',
    'pas avant',
    'no antes de',
    'como mínimo',
    'non prima di',
    'al più presto',
    'não antes de',
    'no mínimo',
    'niet eerder dan',
    'op zijn vroegst',
    'najwcześniej',
    'nie wcześniej niż',
    'en erken',
    // Czech: "nejdříve 30 dní od připsání zálohy", "ne dříve než"; not the "co nejdříve" of ASAP.
    '(?<!co )nejdř[íi]ve',
    'ne dř[íi]ve než',
  ]),
  scriptWords(['не ранее', 'не раньше', 'не раніше', 'не раніш']),
  cjk(['不早于', '不早於', '最早', '最短']),
);

/**
 * What closes a count from above: "within", "no later than", "spätestens", "не позднее", "以内", and the latest day
 * named beside the earliest ("earliest 38, latest 40 days", "non oltre", "no more than", "最晚"). An earliest day
 * beside one of these is a window, judged by its width instead.
 */
export const CLOSING_BOUND = anyOf(
  latinWords([
    'within',
    'no later than',
    'not later than',
    'latest by',
    'at the latest',
    'before',
    'until',
    'spätestens',
    'innerhalb',
    'binnen',
    'bis (?:zum|spätestens)',
    'au plus tard',
    'dans les',
    'sous',
    'a más tardar',
    'dentro de',
    'en un plazo',
    'al più tardi',
    'entro',
    'até',
    'no máximo',
    'uiterlijk',
    'najpóźniej',
    'w ciągu',
    'en geç',
    'içinde',
    'latest',
    'no more than',
    'not more than',
    'not exceeding',
    'höchstens',
    'nicht später als',
    'non oltre',
    'non più tardi d[ei]',
    'no más (?:de|tarde de)',
    'não mais (?:de|tarde que)',
    'pas plus tard que',
    'nejpozději',
    'ne později než',
  ]),
  scriptWords(['не позднее', 'не позже', 'в течение', 'не пізніше', 'протягом', 'не более', 'не больше']),
  cjk(['以内', '之内', '内', '前', '不晚于', '最迟', '最遲', '截止', '最晚', '最長', '最长']),
);

/** A figure in Western or Arabic-Indic digits, as Arabic sheets write either. */
const AR_NUM = '[0-9٠-٩]{1,4}';

/** A bare lead time, read only in a clause labelled as lead/delivery time: "Lead time: 25-30 days". */
export const DURATION = anyOf(
  latinWords([
    // "25-30 days", "15 a 30 dias", "40 bis 60 Tage", "da 30 a 40 giorni": a range is a bare lead time too.
    '(?:about |approx\\.? |around |circa |de |da |von |from |od |van )?\\d{1,4}(?:\\s{0,2}[-–~]\\s{0,2}\\d{1,4}|\\s(?:to|a|à|bis|al|e|y|und|et|do|ile|đến|tot|hingga|sampai)\\s\\d{1,4})? ?(?:working |business |calendar )?(?:days?|weeks?|months?|días|semanas|jours|semaines|Tagen?|Wochen|Arbeitstagen?|Werktagen?|dias(?: úteis| corridos)?|semanas|giorni(?: lavorativi)?|gg\\.? lav\\.?|settimane|mesi|meses|mois|Monate|dni(?: roboczych| robocze)?|tygodni(?:e)?|tyg\\.?|miesi(?:ąc|ące|ęcy)|(?:iş )?gün(?:ü)?|hafta|ngày(?: làm việc)?|tuần|tháng|(?:hari|minggu|bulan)(?: kerja)?|(?:werk)?dagen|weken|maanden|(?:pracovních |kalendářních )?(?:dní|dnů|dny|týdn(?:ů|y|ech))|měsíc(?:e|ů)?)',
  ]),
  // Arabic: "15-45 يوم", "من 15 إلى 45 يوم عمل", "30 أيام"; the range is "من X إلى Y" (from X to Y).
  scriptWords([
    `(?:من\\s{1,2})?${AR_NUM}(?:\\s{0,2}[-–~]\\s{0,2}${AR_NUM}|\\s{1,2}(?:إلى|الى|حتى|-)\\s{1,2}${AR_NUM})?\\s{0,2}(?:يوم|أيام|ايام|يومًا|يوما|أسبوع|أسابيع|اسبوع|اسابيع|شهر|أشهر|اشهر)(?:\\s(?:عمل))?`,
  ]),
  // Hungarian and Swedish counts: "30 nap", "25-30 munkanap", "4 hét"; "30 dagar", "3-4 veckor", "2 månader".
  latinWords([
    '(?:aproximativ |circa )?\\d{1,4}(?:\\s{0,2}[-–~]\\s{0,2}\\d{1,4})? (?:de )?(?:zile(?: lucrătoare| calendaristice)?|săptămâni|luni)',
    '(?:kb\\.? |körülbelül |cirka |ca\\.? )?\\d{1,4}(?:\\s{0,2}[-–~]\\s{0,2}\\d{1,4})? ?(?:(?:munka)?nap(?:on belül|ig)?|hét(?:en belül)?|hónap(?:on belül)?|(?:arbets)?dag(?:ar)?|veckor|vecka|månad(?:er)?)',
  ]),
  // Ukrainian, Greek and Hebrew counts: "30 днів", "25 робочих днів"; "30 ημέρες", "4 εβδομάδες"; "30 ימים".
  scriptWords([
    '\\d{1,4}(?:\\s{0,2}[-–]\\s{0,2}\\d{1,4})?\\s{0,2}(?:робочих |календарних )?(?:днів|дні|день|тижн(?:і|ів)|тиждень|місяц(?:і|ів|ь))',
    '\\d{1,4}(?:\\s{0,2}[-–]\\s{0,2}\\d{1,4})?\\s{0,2}(?:εργάσιμες |ημερολογιακές )?(?:ημέρες|ημερών|μέρες|εβδομάδες|εβδομάδων|μήνες|μηνών)',
    '\\d{1,4}(?:\\s{0,2}[-–]\\s{0,2}\\d{1,4})?\\s{0,2}(?:ימי עבודה|ימים|יום|שבועות|שבוע|חודשים|חודש)',
  ]),
  // "5-10 рабочих дней", "3 недели".
  scriptWords([
    '\\d{1,4}(?:\\s{0,2}[-–]\\s{0,2}\\d{1,4})?\\s{0,2}(?:рабочих |календарных )?(?:дн(?:ей|я)|день|недел[ьи]|месяц(?:а|ев)?)',
  ]),
  cjk([
    '(?<!\\d)\\d{1,4}(?:\\s{0,2}[-–~到至]\\s{0,2}\\d{1,4})?\\s{0,2}个?(?:天|工作日|周)',
    '(?<!\\d)\\d{1,4}(?:\\s{0,2}[-–~〜]\\s{0,2}\\d{1,4})?\\s{0,2}(?:営業日|日間|週間|ヶ月|か月)',
    // Korean and Thai: "15-20일", "7-15 วัน", "2 สัปดาห์" (Thai writes no spaces, so the count is read alone).
    '(?<!\\d)\\d{1,4}(?:\\s{0,2}[-–~]\\s{0,2}\\d{1,4})?\\s{0,2}(?:วันทำการ|วัน|สัปดาห์|อาทิตย์|เดือน)',
  ]),
);

/**
 * A ship date made a condition the supplier controls: "Delivery: upon
 * completion of production", "Entrega: según disponibilidad", "Lieferung: je
 * nach Menge", "交货：视库存而定". No day follows from it; read only as the
 * whole value of a shipment-labelled field with no number in it.
 */
export const DEPENDENT_TIMING = anyOf(
  latinWords([
    'depend(?:s|ing)? on',
    'subject to',
    '(?:according to|based on) (?:the )?(?:stock|availability|production|quantity|order quantity)',
    'upon (?:completion|finishing)',
    '(?:after|once|when) (?:the )?(?:production|goods)(?: (?:is|are))? (?:finished|completed|done|ready)',
    'after production',
    '(?:when|once) ready',
    'según (?:disponibilidad|stock|existencias|(?:la )?cantidad|producción)',
    'depend(?:e|iendo) de',
    'selon (?:le )?(?:stock|disponibilité|(?:la )?quantité)',
    'en fonction (?:de la|du|des) (?:quantité|stock|production)',
    'je nach (?:Menge|Lager(?:bestand)?|Verfügbarkeit|Produktion)',
    'abhängig von',
    'nach Fertigstellung',
    // "bei Fertigstellung", "sobald die Ware fertig ist", "cuando esté listo", "dès que prêt", "po wyprodukowaniu":
    // the same day the supplier alone declares, in the neighbouring languages.
    'bei Fertigstellung',
    'sobald (?:die )?(?:Ware|Produktion|Auftrag) fertig',
    '(?:cuando|una vez que|en cuanto) (?:la mercancía |el pedido |la producción )?(?:esté|estén|está) (?:list[oa]s?|terminad[oa]s?)',
    '(?:quando|assim que|logo que) (?:a mercadoria |o pedido |a produção )?(?:estiver|estiverem) (?:pront[oa]s?|acabad[oa]s?)',
    '(?:dès que|quand|lorsque) (?:la marchandise |la commande |la production )?(?:est|sera) (?:prête?|terminée?)',
    "(?:appena|quando) (?:la merce |l[’']ordine |la produzione )?(?:è|sarà) (?:pront[oa]|terminat[oa])",
    'po (?:wyprodukowaniu|zakończeniu produkcji)',
    '(?:gdy|kiedy|jak) (?:towar )?będzie gotow[ya]',
    'conforme (?:disponibilidade|(?:o )?estoque|(?:a )?quantidade)',
    'dependendo d[aoe]',
    'depende d[aoe]',
    'in base (?:alla|al|a) (?:quantità|disponibilità|produzione)',
    'a seconda (?:della|del) (?:quantità|disponibilità)',
    'secondo disponibilità',
    // "Delivery: as usual": the last order's timing, which the order does not record.
    'as (?:usual|always|before|last time)',
    'same as (?:the )?(?:last|previous) (?:order|time)',
    'como (?:siempre|de costumbre|sempre|de costume)',
    "comme d[’']habitude",
    'wie (?:üblich|immer|gewohnt)',
    'come (?:al solito|sempre)',
    // Dutch, Polish, Turkish and Vietnamese: "afhankelijk van", "zależy od", "miktara bağlı", "phụ thuộc vào".
    'afhankelijk van',
    'hangt af van',
    '(?:w )?zależ(?:y|ności) od',
    '(?:miktara|stoğa|stoka) (?:bağlı|göre)',
    'phụ thuộc(?: vào)?',
    'tùy (?:theo )?(?:số lượng|tồn kho|đơn hàng)',
  ]),
  scriptWords([
    'в зависимости от',
    'зависит от',
    // "Срок поставки: по готовности товара", "по мере готовности", "після виготовлення": the goods leave when the
    // supplier says they are made, a day only it declares.
    'по (?:мере )?готовности',
    'по (?:мірі )?готовності',
    'при готовност',
    '(?:после|після|след) (?:изготовления|виготовлення|производството|изготвянето|окончания производства|завершення виробництва)',
    // Arabic: "حسب الكمية وظروف المصنع" (by the quantity and the factory's conditions), "بحسب الإنتاج": set by
    // what the supplier alone knows once the order is placed.
    '(?:حسب|بحسب|وفقا ل|وفقًا ل|بناء على|بناءً على)\\s?(?:ال)?(?:كمية|ظروف|إنتاج|مخزون|توفر)',
  ]),
  cjk([
    // Thai: "ขึ้นอยู่กับ…" (depends on), "แล้วแต่…" (up to), "ตามจำนวน…" (according to the quantity).
    'ขึ้นอยู่กับ',
    '(?:แล้วแต่|ตาม)(?:จำนวน|สต็อก|สต๊อก|ยอด|ปริมาณ)',
    '照旧',
    '和上次一样',
    '同上次',
    '视(?:数量|情况|库存)而定',
    '根据(?:数量|库存|情况)',
    '看(?:数量|库存|情况)',
    '生产完成后',
    '做好后',
    '有货就发',
  ]),
);

/**
 * "ship right after production finish", "deliver once the goods are ready", "dispatch upon completion of production":
 * the shipping verb tied to the end of production, a day only the supplier declares. Read without a label, as a
 * sentence, so the verb must govern the event directly; a day count beside it is read by the count's own rules.
 */
export const SHIP_WHEN_DONE = latinWords([
  '(?:ship|deliver|dispatch|send|load)(?:s|ped|ed|ing)?(?: (?:the )?(?:goods|order|it|them))? (?:right |immediately |directly |promptly |soon |straight )?(?:after|upon|once|when|as soon as) (?:the )?(?:production|manufacturing|goods|order|mass production|bulk production)(?: (?:is|are|has been|have been|gets?))? (?:finish(?:es|ed)?|complet(?:e|ed|es|ion)|done|ready|over|end(?:s|ed)?)',
  '(?:ship|deliver|dispatch|send|load)(?:s|ped|ed|ing)?(?: (?:the )?(?:goods|order|it|them))? (?:right |immediately |directly |promptly |soon |straight )?(?:after|upon|on) (?:the )?(?:completion|end|finish(?:ing)?) of (?:the )?(?:mass |bulk )?(?:production|manufacturing)',
]);

const SPELT_TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const SPELT_UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
const SPELT_COUNT = `(?:${SPELT_TENS}(?:[- ]${SPELT_UNITS})?|${SPELT_UNITS}|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen)`;
/**
 * A count of days, weeks or months spelt out in words: "two months", "forty-five days", "a week", "zwei Monate",
 * "deux mois", "dos meses", "due mesi", "dois meses". After a named event ("two months after deposit") it fixes the day
 * as "60 days after deposit" does; "a few weeks", "several months" are no count and stay out.
 */
export const SPELT_DURATION = latinWords([
  `(?:${SPELT_COUNT}|an?) (?:working |business |calendar |full )?(?:days?|weeks?|months?)`,
  '(?:ein(?:en|e)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|dreißig) (?:Arbeits|Kalender)?(?:Tagen?|Wochen?|Monaten?)',
  '(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente) (?:jours?|semaines?|mois)(?: ouvrés| calendaires)?',
  '(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta) (?:días?|semanas?|mes(?:es)?)(?: hábiles| naturales)?',
  '(?:un|una|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|trenta) (?:giorni|giorno|settimane?|mes[ei])(?: lavorativi)?',
  '(?:um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta) (?:dias?|semanas?|m[eê]s(?:es)?)(?: úteis)?',
]);

/**
 * A day the contract fixes in a form DURATION does not read, beside "ship upon completion of production": a count
 * spelt out or with its digits in brackets ("forty-five (45) days"), an ordinal day ("on the 45th day after
 * deposit"), "no later than … days", or a scheduled week with its year ("week 12/2026"). The end of production is
 * then held to that day, and "ship when done" is no longer the only timing.
 */
export const FIXED_DAY_WORDS = anyOf(
  latinWords([
    `(?:${SPELT_COUNT}\\s{0,2})?\\(\\d{1,4}\\)\\s{0,2}(?:working |business |calendar )?(?:days?|weeks?|months?)`,
    `${SPELT_COUNT} (?:working |business |calendar )?(?:days?|weeks?|months?)`,
    '\\d{1,4}(?:st|nd|rd|th) (?:working |business |calendar )?(?:day|week)',
    '(?:no|not) later than [^,;.\\n]{0,40}?(?:days?|weeks?)',
    '(?:week|wk|KW|CW)\\.? ?\\d{1,2} ?(?:/|of|,) ?20\\d\\d',
  ]),
);

/**
 * "selon disponibilité", "sujeta a disponibilidad", "subject to availability": the goods leave when the supplier
 * has them, whichever day that is. Read beside a timing word, whatever else the line says.
 */
export const UPON_AVAILABILITY = anyOf(
  // "within 7 days if stock available", "배송: 재고 상황에 따라 상이": the day kept only while the stock lasts.
  STOCK_CONDITION,
  latinWords([
    'subject to (?:stock|availability|stock availability)',
    'depending on (?:stock|availability)',
    // "subject to raw material availability", "según disponibilidad de materia prima": the day kept only while the
    // factory can buy its material, which the buyer can neither see nor hold it to.
    '(?:subject to|depending on|depends on|dependent on) (?:the )?(?:availability of (?:the )?(?:raw )?materials?|(?:raw )?materials? (?:availability|supply|stock))',
    // "subject to component readiness", "depending on arrival of parts", "once accessories are ready": the day waits on
    // the factory's own inputs, whose readiness the buyer cannot see either.
    // "not subject to component readiness (all parts in stock)": the wait denied, so none is left open.
    '(?<!(?:not|never|no longer|isn[’\u0027]t)\\s)(?:subject to|depending on|depends on|dependent on|pending|based on) (?:the )?(?:(?:readiness|arrival|delivery|supply|availability) of (?:the |all )?(?:components?|parts?|accessor(?:y|ies)|packaging materials?|(?:raw )?materials?|inputs?)|(?:components?|parts?|accessor(?:y|ies)|packaging materials?|(?:raw )?materials?|inputs?) (?:readiness|arrival|delivery|supply|being ready|ready))',
    '(?:once|when|after) (?:the |all )?(?:components?|parts?|accessor(?:y|ies)|(?:raw )?materials?) (?:are|is|become) (?:ready|available|in stock|in)',
    '(?:sujet[oa] a|según|dependiendo de) (?:la )?(?:llegada|disponibilidad) de (?:los )?(?:componentes|piezas|accesorios)',
    '(?:sujeito à|conforme|dependendo da) (?:chegada|disponibilidade) d(?:os|as) (?:componentes|peças|acessórios)',
    '(?:sous réserve de|selon) (?:l[’\u0027]arrivée|la disponibilité) des (?:composants|pièces|accessoires)',
    'según (?:la )?disponibilidad de (?:la )?materias? primas?',
    'sujet[oa] a (?:la )?disponibilidad de (?:la )?materias? primas?',
    'selon (?:la )?disponibilité des matières premières',
    'sous réserve de (?:la )?disponibilité des matières premières',
    '(?:je nach|vorbehaltlich(?: der)?) (?:Material|Rohstoff)verfügbarkeit',
    'conforme (?:a )?disponibilidade de matéria-prima',
    'selon (?:la )?disponibilité',
    'sous réserve de disponibilité',
    'suje(?:to|ta) a (?:disponibilidad|existencias|stock)',
    'según (?:disponibilidad|existencias|stock)',
    'sujeit[oa] à disponibilidade',
    'conforme (?:a )?disponibilidade',
    'je nach Verfügbarkeit',
    'vorbehaltlich (?:der )?Verfügbarkeit',
    '(?:secondo|salvo|in base alla) disponibilità',
    'w zależności od dostępności',
    'stok durumuna (?:göre|bağlı)',
    // Indonesian, Malay and Vietnamese: "tergantung stok", "bergantung kepada stok", "tùy tồn kho".
    '(?:tergantung|bergantung)(?: (?:pada|kepada|dari))? (?:stok|ketersediaan(?: stok)?|persediaan)',
    'tùy (?:theo )?(?:tình trạng )?(?:tồn kho|hàng có sẵn|kho)',
    'w zależności od (?:stanu )?(?:magazynu|stanów magazynowych)',
  ]),
  // Arabic: "حسب توفر المخزون", "حسب المخزون", "بناءً على التوفر".
  scriptWords([
    '(?:حسب|بحسب|وفقا ل|بناء على|بناءً على)\\s?(?:توفر|توافر|المخزون|التوفر|توفر المخزون|المتوفر)',
  ]),
  scriptWords(['в зависимости от наличия', 'по наличию', 'при наличии']),
  cjk([
    '在庫次第',
    '在庫状況(?:により|による|次第)',
    '视库存而定',
    '看库存',
    '(?:视|取决于|根据)原材料(?:供应|情况|库存)(?:而定)?',
  ]),
);

/**
 * A lead time hedged by habit ("normally 30-45 days", "in der Regel 4 Wochen", "一般15天") promises what usually
 * happens, not what this order gets: the supplier is late on this order without breaking it.
 */
export const HEDGED_DURATION = anyOf(
  `${latinWords([
    'normally',
    'usually',
    'generally',
    'typically',
    'mostly',
    'in general',
    'as a rule',
    'under normal (?:circumstances|conditions)',
    'normalmente',
    'generalmente',
    'por lo general',
    'habitualmente',
    'normalement',
    'généralement',
    'habituellement',
    'en général',
    'normalerweise',
    'in der Regel',
    'üblicherweise',
    'meistens',
    'di solito',
    'solitamente',
    'geralmente',
    'normaal(?:gesproken)?',
    'meestal',
    'doorgaans',
    'gewoonlijk',
    'biasanya',
    'umumnya',
    'zazwyczaj',
    'zwykle',
    'genellikle',
    'thường(?: thì| là)?',
  ])}[^,;.\\d]{0,14}(?:${DURATION}|${WORD_DURATION})`,
  cjk([
    // Korean: "빠르면 2주, 늦으면 한 달" (two weeks at the earliest, a month at the latest), "보통 15일".
    `(?:빠르면|늦으면|늦어도|보통|대개|일반적으로)\\s{0,2}${KOREAN_SPAN}(?:\\s{0,2}(?:정도|쯤|가량|내외|전후))?`,
    // "한 달 정도" (about a month), "약 3주", "20일 내외": Korean marks a rough count before or after it.
    `(?:약|대략|대충)\\s{0,2}${KOREAN_SPAN}`,
    `${KOREAN_SPAN}\\s{0,2}(?:정도|쯤|가량|내외|전후)`,
    `(?:一般|通常|正常)(?:情况下)?[^，,；;。\\d]{0,4}\\d{1,4}(?:\\s{0,2}[-–~到至]\\s{0,2}\\d{1,4})?\\s{0,2}个?(?:天|工作日|周)`,
  ]),
);

/**
 * "…, depends on order size", "je nach Auftragsgröße", "视数量而定": a lead time the supplier sets by the order's
 * size or season after it is placed; whatever number stands before it is only a guide.
 */
/** The maker's own plan in English: "factory schedule", "the production planning", "our factory's capacity". */
const FACTORY_PLAN_EN =
  "(?:factory|production|plant|mill|workshop|supplier|manufacturer)(?:[’']s)? (?:own )?(?:schedule|scheduling|planning|plan|capacity|load|arrangement|queue|line-?up)";

export const TIMING_BY_AMOUNT = anyOf(
  latinWords([
    '(?:it )?depend(?:s|ing|ent)? (?:on|upon) (?:the )?(?:order(?:ed)? |final )?(?:size|quantity|qty|volume|amount|order|workload|season|production schedule)(?: of (?:the )?order)?',
    // "within 7-15 days, it depends on stock": the day is set by what the supplier happens to hold.
    '(?:it )?depend(?:s|ing|ent)? (?:on|upon) (?:the |our |your )?(?:stock|inventory|availability|material supply)(?: situation| level)?',
    'according to (?:the )?(?:order )?(?:quantity|qty|size|volume)',
    'je nach (?:Menge|Bestellmenge|Auftragsgröße|Auftragsvolumen|Saison|Auslastung)',
    'abhängig von (?:der )?(?:Menge|Bestellmenge|Auftragsgröße)',
    'seg[uú]n (?:la )?(?:cantidad|temporada|volumen)(?: del pedido)?',
    'depend(?:e|iendo) de (?:la )?(?:cantidad|temporada)',
    'selon (?:la )?(?:quantité|saison)',
    'en fonction de la quantité',
    'dependendo da quantidade',
    'conforme (?:a )?quantidade',
    'a seconda della quantità',
    'in base alla quantità',
    '(?:tergantung|bergantung)(?: (?:pada|kepada|dari))? (?:jumlah|kuantitas)(?: (?:order|pesanan))?',
    'tùy (?:theo )?số lượng',
    'w zależności od ilości',
    // The verb forms beside the noun forms: "zależy od ilości", "hangt af van de hoeveelheid", "dépend de la quantité".
    'zależ(?:y|ne|nie) od (?:ilości|wielkości (?:zamówienia|partii)|liczby sztuk|nakładu|sezonu)',
    'hangt af van (?:de |het )?(?:hoeveelheid|aantal|bestel(?:grootte|hoeveelheid)|ordergrootte|seizoen)',
    'dépend(?:ant)? de (?:la )?(?:quantité|saison|taille de la commande)',
    'dipende dalla (?:quantità|stagione)',
    'depende da (?:quantidade|temporada)',
    'depende do (?:volume|tamanho do pedido)',
    'hängt von der (?:Menge|Bestellmenge|Auftragsgröße|Saison) ab',
    '(?:miktara|sipariş miktarına) bağlı(?:dır)?',
    'phụ thuộc(?: vào)? số lượng',
    'miktara göre',
    'afhankelijk van (?:de )?(?:hoeveelheid|aantal|bestel(?:grootte|hoeveelheid)|ordergrootte)',
    // "…, subject to factory schedule", "w zależności od harmonogramu fabryki", "según el calendario de la fábrica":
    // the count bends to the maker's own plan, which the buyer never sees; the day is the factory's to move.
    `(?:(?:it )?depend(?:s|ing|ent)? (?:on|upon)|subject to|according to|as per|in line with) (?:the |our )?${FACTORY_PLAN_EN}(?!\\s{0,2}(?:no\\.?|#|n[°º])?\\s{0,2}\\d)`,
    "at (?:the )?(?:factory|supplier|seller|manufacturer|maker)[’']s (?:own )?discretion",
    'at the discretion of (?:the )?(?:factory|supplier|seller|manufacturer|maker)',
    '(?:w )?zależ(?:y|ne|nie|ności) od (?:harmonogramu|planu|grafiku|obłożenia|mocy)(?: produkcji| produkcyjn\\p{L}+)?(?: (?:fabryki|zakładu|producenta|dostawcy))?',
    '(?:seg[uú]n|sujeto a|dependiendo de|conforme a) (?:el |la )?(?:calendario|programa|programación|planificación|agenda|capacidad) de (?:la )?(?:fábrica|producción|planta)',
    '(?:sujeito à|conforme|dependendo d[ao]|de acordo com) (?:a |o )?(?:agenda|programação|cronograma|capacidade|planejamento) (?:da |de )?(?:fábrica|produção)',
    '(?:selon|sous réserve du?|en fonction du?) (?:le |la )?(?:planning|calendrier|programme|capacité) (?:de (?:l[’\u0027])?|du |d[’\u0027])(?:usine|production|fabrication)',
    '(?:je nach|vorbehaltlich (?:der |des )?|abhängig von (?:der |dem )?)(?:Produktionsplan(?:ung)?|Werksauslastung|Fertigungsplan(?:ung)?|Kapazität (?:des|der) (?:Werks|Fabrik))',
    '(?:tùy|tuỳ|phụ thuộc) (?:theo |vào )?(?:lịch|kế hoạch|tiến độ) sản xuất',
    '(?:tergantung|sesuai) (?:pada |dengan )?(?:jadwal|antrian) produksi',
    'üretim (?:planına|programına|yoğunluğuna) (?:bağlı(?:dır)?|göre)',
  ]),
  scriptWords([
    '(?:حسب|بحسب|وفقا ل)\\s?(?:الكمية|كمية الطلب)',
    'в зависимости от (?:количества|объ[её]ма|партии)',
    'зависит от (?:количества|объ[её]ма|партии|размера заказа)',
  ]),
  cjk([
    '视(?:订单)?数量而定',
    '根据(?:订单)?数量',
    '看(?:订单)?数量',
    // "具体看排产", "以排产为准", "视生产安排而定": the day bends to the factory's production plan, as "subject to
    // factory schedule" does.
    '(?:具体)?(?:看|视|根据|按照?|以|取决于)(?:工厂|我司|我们)?(?:的)?(?:排产|排期|排单|生产(?:安排|排期|计划|进度|情况)|产能|工厂安排)(?:而定|为准|情况|安排|来定)?',
    '(?:排产|排期)(?:为准|而定|确定后(?:再)?(?:定|确认|通知))',
    // Thai: "ขึ้นอยู่กับจำนวนสั่งซื้อ" (depends on the quantity ordered), "ตามจำนวนการสั่งซื้อ".
    '(?:ขึ้นอยู่กับ|ตาม)(?:จำนวน|ปริมาณ|ยอด)(?:การ)?(?:สั่งซื้อ|สั่ง)?',
  ]),
);
