/**
 * Certificates or test reports offered rather than agreed: "Certificates: CE, RoHS etc. available upon request",
 * "LFGB/FDA report can provide if needed", "证书：如有需要可以提供CE、FCC", "el proveedor los consigue si hace falta".
 * An offer binds nothing: the goods shipped need not be the ones tested, and a missing or borrowed report cannot
 * be claimed. Silent when the line names a report by its number or requires it before shipment or payment; a date
 * alone does not answer an offer to apply for a paper not yet held.
 */

import { msg } from '../i18n/msg';
import { blankAfterLabel } from './blank-field';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

/** A test standard by its code: "EN71", "EN 71-3", "ASTM F963", "IEC 62133-2", "GB 6675". */
const STANDARD_CODE = String.raw`(?<![\p{L}])(?:EN|IEC|ISO|ASTM|BS|GB|JIS|AS/NZS)\s?F?\d{2,5}(?:[-:]\d{1,4}){0,2}`;
/** Certificates and test reports known by their short names, offered or named. */
// The marks a market requires by their own names too: Japan's PSE, the UK's UKCA, the Eurasian EAC, China's CCC.
const PAPER_NAMES = ['CE', 'FCC', 'RoHS', 'REACH', 'LFGB', 'FDA', 'UL', 'MSDS', 'PSE', 'UKCA', 'EAC', 'CCC'];
const PAPERS = anyOf(
  cjk(['证书', '报告', '认证']),
  latinWords([
    'certificates?',
    'certifications?',
    'certs?',
    'reports?',
    ...PAPER_NAMES,
    'certificados?',
    'informes?',
    'certificats?',
    'rapports?',
    'Zertifikate?',
    // "Prüfbericht", "Testbericht", "Messprotokoll": the German test report, one word.
    '(?:Prüf|Test|Mess)(?:berichte?|protokolle?)',
    'certificati',
    // Romanian, Vietnamese, Turkish and Polish: "certificatele", "chứng nhận", "sertifikalar", "certyfikaty".
    'certificat(?:ul|ele)',
    'certificări(?:le)?',
    'chứng (?:nhận|chỉ)',
    'sertifika(?:lar)?(?:ı|i|ları)?',
    'certyfikat(?:y|ów)?',
  ]),
  // Arabic and Russian: "شهادة المطابقة" (certificate of conformity), "شهادات", "сертификаты".
  // "ЕАС" is the Eurasian mark as Russian suppliers type it, in Cyrillic letters.
  scriptWords(['(?:ال)?شهاد(?:ة|ات)', 'сертификат(?:ы|ов)?', 'ЕАС']),
);
/**
 * "LFGB/FDA passed", "CE approved": a test said to be passed, with no report that shows which goods passed it; the
 * words close the clause, so "passed per SGS report no. …" is not read, and "after the report is passed" (an event a
 * payment waits for) names no paper before the word. A report named by its number anywhere on the line answers it
 * (REPORT_ON_LINE).
 */
const PASSED = latinWords([
  `(?<=(?:${PAPER_NAMES.join('|')}|certificates?|certs?|(?:EN|ASTM|ISO|IEC|CPSIA|DIN|BS)(?:\\s?[A-Z]?\\d[\\d.-]{0,8})?)[,.]?\\s{1,2})(?:(?:tests?|testing) )?(?:(?:is|are|was|were|all|alle|todos|todas|tous|tutti|todos os) )?(?:passed|approved|bestanden|superados?|aprobados?|réussis?|superati|superato|aprovados?)(?=\\s{0,3}[.;!)]?\\s{0,3}$)`,
]);
/**
 * A lab's report id ("SHES2401234501", "TR-55012") wherever it stands, or a report or certificate word followed by a
 * number: "Report: SGS SHES2401234501 dated 12.03.2024 — LFGB passed" names the paper the pass is read from.
 */
const REPORT_ON_LINE = anyOf(
  latinWords([
    // A standard's number ("ISO14001", "EN71") is the rule tested to, not a report: it names no paper.
    '(?!(?:ISO|IEC|EN|ASTM|GB|DIN|BS|JIS|ANSI|UL|SA)[-/]?\\d)[A-Z]{2,6}[-/]?\\d{5,}[A-Z0-9]*',
    '(?:report|certificate|cert|DoC|informe|rapport|bericht|Zertifikat|certificado)s?\\b[^,;]{0,24}?[A-Z]{0,6}[-/]?(?<!\\d)(?<!(?:ISO|IEC|EN|ASTM|GB|DIN|BS|JIS|ANSI|UL|SA)\\s?[-/]?)\\d{4,}',
  ]),
);
/**
 * "…applied to the housing", "…applied on the rating label", "…applied by pad print": the mark is put on a part of
 * the goods or by a marking method. That is printing, not an application to a body for a certificate.
 */
const APPLIED_TO_GOODS = String.raw`\s{1,2}(?:(?:the |a )?\S{1,12} (?:mark|marking|logo|label)\s)?(?:(?:to|on|onto) (?:the |each |every |our |its )?(?:housing|product|goods|units?|body|case|casing|enclosure|rating label|nameplate|labels?|cartons?|box(?:es)?|packag(?:e|ing)|surface|panel|cover|lid|items?|base|back|front|bottom|side)\b|by (?:laser|pad[- ]?print(?:ing)?|print(?:ing)?|silk[- ]?screen(?:ing)?|stickers?|engraving|embossing|mou?lding|hot[- ]stamp(?:ing)?|UV print(?:ing)?))`;
/** The point past which a paper can no longer hold the goods back: the buyer has paid, or the goods have left. */
const AFTER_COMMITMENT =
  '(?:after|once|when|upon) (?:the )?(?:(?:full |balance )?payment|balance|shipment|shipping|delivery|loading|deposit|goods (?:are |have been )?(?:shipped|delivered|paid)|paid|shipped|(?:(?:you|we) )?(?:(?:place|confirm|sign|make) (?:the |your |an? )?)?(?:order(?:ing)?|PO|purchase order)(?: (?:is )?(?:placed|confirmed|signed))?|(?:you|we) (?:have )?order(?:ed)?)(?![\\p{L}])';
const AFTER_COMMITMENT_OTHER =
  "(?:después|despues|luego|tras) (?:de )?(?:(?:hacer|confirmar|realizar) )?(?:el |su )?pedido|après (?:la |votre )?commande|après (?:la )?(?:confirmation|passation|validation) (?:de (?:la |votre )?)?commande|nach (?:der |Ihrer )?(?:Bestellung|Auftragserteilung|Auftragsbestätigung|Auftragsvergabe|Beauftragung|Bestellbestätigung)|nach (?:dem |Ihrem )?(?:Auftrag|Auftragseingang|Bestelleingang)|(?:después|despues|tras) (?:de )?(?:la )?confirmaci[oó]n del pedido|(?:após|depois d)a confirmação do pedido|dopo (?:la )?conferma dell['’]ordine|(?:após|depois d[oe]) (?:o |seu )?pedido|dopo (?:l['’]|il )?ordine|(?:después|despues|luego|tras) (?:del?|la) (?:pago|envío|embarque|entrega|despacho)|après (?:le |la |l['’])?(?:paiement|expédition|livraison|embarquement)|nach (?:der |dem )?(?:Zahlung|Versand|Verschiffung|Lieferung)|(?:após|depois d[oa]) (?:o |a )?(?:pagamento|embarque|envio|entrega)|dopo (?:il |la |l['’])?(?:pagamento|spedizione|consegna|imbarco)";
/**
 * The paper sent only once the buyer has paid or the goods have left: "will send the certificate after payment",
 * "enviamos después del pago", "envoyé après expédition", "пришлём после отгрузки", "付款后提供". By then it can no
 * longer hold the goods back. Not read of the papers that only exist once the goods have sailed (SHIPPING_PAPER).
 */
const SENT_AFTER = anyOf(
  latinWords([
    `(?:(?:we )?(?:will |can |shall )?(?:send|provide|give|supply|forward|issue)(?: (?:it|them|you|the (?:certificates?|reports?|papers|documents?)))?(?: to you)?|(?:will be |to be |is |are )?(?:sent|provided|given|supplied|forwarded|issued|available|ready)(?: to you)?) ${AFTER_COMMITMENT}`,
    `(?:(?:l[oa]s? )?(?:enviamos|enviaremos|mandamos|mandaremos|entregamos|entregaremos|se env[ií]a(?:n|r[aá]n?)?|enviad[oa]s?|envoy(?:ée?s?|ons|erons)|fourni(?:e?s?|rons)|transmis(?:es?)?|transmettrons|(?:wird|werden) (?:gesendet|geschickt|zugesandt|geliefert)|senden wir|schicken wir|inviamo|invieremo|inviat[oaie]) )?(?:${AFTER_COMMITMENT_OTHER})`,
  ]),
  scriptWords([
    '(?:(?:пришл[её]м|вышлем|отправим|предоставим|будет (?:отправлен|выслан|предоставлен)[аоы]?)(?: (?:его|их|вам))? )?после (?:отгрузки|оплаты|заказа|поставки|отправки)',
  ]),
  cjk(['(?:付款|付清|发货|出货|下单)后(?:再)?(?:提供|发送|寄出|发给您|给您?)']),
);
/**
 * Papers that are made from the shipment itself, so come after it by nature: the certificate of origin (Form A/E),
 * the insurance certificate, the bill of lading.
 */
const SHIPPING_PAPER =
  /\b(?:certificates? of origin|origin certificate|C\/?O\b|Form [AEF]\b|insurance (?:certificate|policy)|B\/L|bills? of lading|certificado de origen|certificat d['’]origine|Ursprungszeugnis|сертификат происхождения)|产地证|原产地证|保险单|提单/iu;
/**
 * "CE, FCC (can apply)", "UL under application", "wird beantragt", "可以申请": a paper the supplier has yet to get. No
 * lab has tested anything, and whether it ever will is left open. A date for the application ("大货前可以申请",
 * "can apply before mass production") only says when the supplier would start: it names no paper, so only a
 * certificate's number or a rule that requires it answers this offer (NUMBERED_OR_REQUIRED).
 */
const APPLYING = anyOf(
  latinWords([
    // Not a mark put on the goods: "CE marking can be applied to the housing by laser" (APPLIED_TO_GOODS).
    `(?:we )?(?:can|could|will) (?:be )?appl(?:y|ied)(?: for(?: (?:it|them))?)?(?!${APPLIED_TO_GOODS})`,
    'under application',
    '(?:currently )?applying(?: for(?: (?:it|them))?)?',
    'application in (?:process|progress)',
    '(?:se )?(?:puede|pueden|podemos) (?:solicitar|tramitar)',
    'en trámite',
    "en cours (?:d['’]obtention|de demande)",
    'peut être demandée?s?',
    '(?:wird|werden|kann|können) (?:beantragt|angemeldet)(?: werden)?',
    '(?:pode|podem|podemos) (?:ser )?solicitad[oa]s?',
    'em (?:processo|andamento) de (?:obtenção|certificação)',
  ]),
  cjk(['(?:可以?|能)申请', '(?:正在|在)?申请中']),
);
const OFFERED = anyOf(
  APPLYING,
  latinWords([
    '(?:can|could|will) (?:be )?provided? (?:it |them )?(?:if|when|upon|on) (?:need(?:ed)?|necessary|required|requested|request)',
    'can provide(?: it| them)?(?: if (?:need(?:ed)?|necessary|required|you need))?',
    'available (?:up)?on request',
    // "CE, RoHS, FCC all available": named, but only said to exist; no number, no lab, no lot.
    `(?<=(?:${PAPER_NAMES.join('|')}|certificates?|certs?|reports?)\\s{0,2}(?:etc\\.?\\s{0,2})?)(?:are )?all (?:available|ready)(?=\\s{0,3}[.;!]?\\s{0,3}$)`,
    // "CE FCC RoHS available", "CE, RoHS disponibles", "CE RoHS verfügbar": the same offer with "all" left out;
    // the word closes the line, so "available for these goods in report no. …" is not read.
    // "Test report: EN71 available", "ASTM F963 ready": a standard's code in the paper's place, no more held.
    `(?<=(?:${PAPER_NAMES.join('|')}|${STANDARD_CODE}|certificates?|certs?|reports?|certificados|certificats|Zertifikate|certificati|belges[iı]|belgeleri|sertifikas[iı]|sertifikaları|raporu)[.,]?\\s{1,2}(?:etc\\.?\\s{0,2})?)(?:(?:are|is|son|sont|sind|sono|são) )?(?:available|ready|disponibles?|dispon[ií]veis|disponibili|verfügbar|vorhanden|mevcut(?:tur)?)(?=\\s{0,3}[.;!]?\\s{0,3}$)`,
    // "CE no problem", "FCC ok": a paper promised in a word, no report for these goods named.
    `(?<=(?:${PAPER_NAMES.join('|')}|certificates?|certs?|reports?) )(?:is |are )?(?:no problem|ok|okay)`,
    // "CE, TUV (pls check our website)": the papers sent to look up elsewhere, none for these goods in the order.
    '(?:pls |please |kindly |plz )?(?:check|see|visit|refer to|find (?:them|it) (?:on|in)) (?:on |at |in )?(?:our |the )?(?:official )?(?:web ?site|homepage|home page|catalogue|catalog|store|shop|profile|(?:web|home|product|shop|store|Alibaba|profile) ?page)\\b',
    '(?:siehe|vgl\\.) (?:unsere )?(?:Webseite|Website|Homepage)',
    '(?:ver|consulte|consultar) (?:nuestra |nuestro |nossa |o nosso )?(?:página web|sitio web|web|site)',
    '(?:voir|consultez|consulter) (?:notre )?site(?: web| internet)?',
    // "CE and other marks needed for Europe": one paper named, the rest left for the supplier to decide.
    '(?:and|or|&|plus) (?:all |any )?other (?:necessary |relevant |required |applicable )?(?:marks|markings|certificates|certifications|certs|approvals|reports)',
    // "Certificate: upon request": "upon" joins the "on" to a letter, so it is written out.
    '(?:up)?on (?:request|demand)',
    'if (?:need(?:ed)?|necessary|required)',
    'si (?:hace falta|es necesario|se necesita|lo necesita)',
    '(?:se )?(?:pueden|puede) (?:proporcionar|conseguir|enviar)',
    'los consigue',
    'sur demande',
    'si (?:besoin|nécessaire)',
    'auf (?:Anfrage|Wunsch)',
    'bei Bedarf',
    'sob (?:consulta|pedido|solicita[çc][ãa]o)',
    // "disponibles bajo solicitud", "a pedido", "previa solicitud", "mediante solicitação": on request.
    'bajo (?:solicitud|pedido|demanda)',
    'a (?:solicitud|pedido)',
    'previa solicitud',
    'mediante (?:solicitud|solicita[çc][ãa]o|pedido)',
    'se necess[aá]rio',
    'su richiesta',
    'se necessario',
    'talep (?:üzerine|halinde)',
    // The paper's offer tied to a need the buyer may never state: Romanian, Vietnamese, Turkish, Polish, Indonesian.
    'dac[ăa] (?:este|e|va fi) (?:nevoie|necesar)',
    'la (?:cerere|solicitare)',
    'nếu (?:(?:quý )?khách(?: hàng)?|bạn|anh chị|anh|chị|bên mua) (?:cần|yêu cầu)',
    'khi (?:cần|có yêu cầu)',
    'gerekirse',
    'gerekti[ğg]inde',
    'ihtiya[çc] (?:halinde|olursa)',
    'istenirse',
    'w razie potrzeby',
    'na (?:życzenie|żądanie)',
    'jika (?:diperlukan|dibutuhkan|perlu)',
    // "PSE mark can do", "UKCA supported": a mark said to be within reach, none held for these goods.
    // Not a mark put on the goods: "CE marking can be done by laser on the housing" (APPLIED_TO_GOODS).
    `(?<=(?:${PAPER_NAMES.join('|')})(?: (?:marks?|markings?|certificates?|certification|approval))?\\s{1,2})(?:(?:is|are) )?(?:can do|can be (?:done|made|supported|arranged)|supported|possible|doable)(?!${APPLIED_TO_GOODS})`,
    // "report we send later", "test report to follow later", "will be done after production": the paper promised for
    // no time that holds the goods back; until it exists, nothing says these goods passed.
    '(?:(?:we |I )?(?:will |can |shall )?(?:send|provide|give|forward|supply|issue|do|make)(?: (?:it|them|you|to you))?|(?:will be |to be |is |are )?(?:sent|provided|given|forwarded|supplied|issued|done|made))(?: to you)? (?:later|afterwards|after (?:the )?(?:mass |bulk )?production)',
    '(?:to )?follows? (?:later|after (?:the )?(?:mass |bulk )?production)',
    '(?:(?:wird|werden) )?(?:später|nach der Produktion) (?:gesendet|geschickt|nachgereicht|erstellt|gemacht)|reichen wir (?:später )?nach',
    // "Prüfbericht folgt nach Fertigung", "Zertifikate folgen später": the paper comes after the goods are made.
    'folg(?:t|en) (?:später|nach (?:der )?(?:Produktion|Fertigung|Herstellung))',
    '(?:(?:lo |la |los |las )?(?:enviamos|enviaremos|mandamos|mandaremos|hacemos|haremos)|se env[ií]a(?:rá)?n?) (?:más tarde|después|luego|después de (?:la )?producción)',
    '(?:envoy(?:ée?s?|ons|erons)|fourni(?:e?s?|rons)|(?:le |les )?ferons) (?:plus tard|après (?:la )?production)',
    '(?:(?:lo |la |li |le )?(?:inviamo|invieremo|facciamo|faremo)|inviat[oaie]) (?:dopo|più tardi|in seguito|dopo la produzione)',
    // "CE/FCC/RoHS can do, cost extra": the paper priced and quoted apart, not part of the order.
    '(?:test(?:ing)? )?(?:costs?|fees?|charges?) (?:extra|separate(?:ly)?|additional|not included)|(?:extra|additional|separate) (?:costs?|fees?|charges?)',
    '(?:time|lead ?time|timing) (?:depends on|according to|subject to) (?:the )?(?:lab|laboratory|test(?:ing)? (?:house|agency))',
    // "details please contact us", "contact us for details": the paper left to a later conversation.
    '(?:for )?(?:more )?details?,? (?:please |pls |kindly )?contact us|contact us for (?:more )?(?:details|information|info)',
  ]),
  // Arabic and Russian: "عند الحاجة" (when needed), "عند الطلب" (on request), "при необходимости", "по запросу".
  scriptWords([
    'عند (?:الحاجة|الطلب)',
    'إذا (?:لزم الأمر|احتجت|طلبت)',
    'при необходимости',
    'по (?:запросу|требованию)',
    // "сделаем после производства", "пришлём позже": the paper made or sent only later, none held for these goods.
    // The later time is what leaves the paper open: "копию предоставим сразу" hands over one already held.
    '(?:сделаем|оформим|получим|подготовим|пришл[её]м|вышлем|отправим|предоставим)(?: (?:его|её|их|вам|копию))?(?: (?:позже|потом|после (?:производства|отгрузки|изготовления)))',
    '(?:позже|потом|после (?:производства|отгрузки|изготовления)) (?:сделаем|оформим|получим|подготовим|пришл[её]м|вышлем|отправим|предоставим)',
    '(?:будет|будут) (?:сделан[аоы]?|оформлен[аоы]?|готов[аоы]?|отправлен[аоы]?) (?:позже|потом|после производства)',
  ]),
  cjk([
    // Korean and Japanese: "필요시 제공", "요청 시", "必要に応じて", "ご要望に応じて".
    '필요\\s?시',
    '요청\\s?시',
    '必要に応じて',
    'ご?要望に応じて',
    '如有需要',
    '如需要?',
    '需要的话',
    '可(?:以)?提供',
    // "CE/FCC/RoHS都可以做，费用另计，时间看实验室": the papers can be made, priced apart, timed by a lab.
    // Not another attribute's offer on the same line: "颜色可以做定制", "LOGO也可以做" are the colour's and the logo's.
    '(?<!(?:颜色|顏色|尺寸|尺码|包装|LOGO|logo|Logo|印刷|图案|款式|定制)(?:也|都)?)(?:都|均)?(?:可以|能|可)(?:做|办理?)(?!定制|订制)',
    '费用另(?:计|算|付)',
    '时间(?:看|视|取决于)实验室',
    '(?:之后|以后|后面|稍后|生产后)(?:再)?(?:提供|发送|补发|发给您|给您?)|后补',
    '可按要求提供',
    // Japanese "PSEマーク対応可能", "認証取得可能", "詳細はお問い合わせください": a mark within reach, details later.
    '(?:対応|取得|申請)(?:可能|可)',
    '詳細は(?:お)?問い?合わせ',
    '详情请?(?:咨询|联系)',
    // "CE RoHS 有", "CE、FCC都有": the papers said to exist, closing the line, none produced.
    `(?<=(?:${PAPER_NAMES.join('|')})\\s{0,2})(?:都|均)?(?:有|齐全)(?=\\s{0,3}[。.;；!！]?\\s{0,3}$)`,
  ]),
);
/**
 * A report's number as labs issue them: four or more letters, digits, dashes and slashes with a digit among them
 * ("SHES2401001234", "HN-0310", "2024/117", "8821"). "报告编号0", "证书号：1" or "report no. 7" hold a number's place,
 * naming no report (red team, stop 36).
 */
const REPORT_NUMBER = '(?=[A-Za-z0-9/-]{0,40}\\d)[A-Za-z0-9/-]{4,}';
/**
 * A report or certificate named by its number, or a rule that requires it: agreed, not offered. Japanese and Korean
 * write the number after 証明書番号, 認証番号, 届出番号 (the PSE notification), 인증번호 or 성적서 번호.
 */
const NUMBERED_OR_REQUIRED = anyOf(
  latinWords([
    `(?:report|certificate|cert)\\.? (?:no\\.?|nr\\.?|#)\\s{0,2}${REPORT_NUMBER}`,
    // "informe n.º", "rapport n°", "Prüfbericht Nr.", "relatório nº": the same number in the other languages read.
    `(?:informe|rapport|(?:Prüf)?bericht|relatório|rapporto|certificado|certificat|Zertifikat)\\.? (?:n\\.?[º°o]\\.?|nr\\.?|núm\\.?|#)\\s{0,2}${REPORT_NUMBER}`,
    '(?:is|are|be) required',
    'must',
  ]),
  // "报告编号ABC123", "证书号：SH1234", "報告書番号": a report or certificate named by its number, as in English.
  cjk([
    '必须',
    `(?:报告|證書|证书|報告書?|检测报告|测试报告|証明書|認証|认证|届出|登録)(?:编号|編號|号码?|號碼?|番号|No\\.?)\\s{0,2}[:：]?\\s{0,2}${REPORT_NUMBER}`,
    `(?:인증|증명서|성적서|시험\\s?성적서)\\s?(?:번호|No\\.?)\\s{0,2}[:：]?\\s{0,2}${REPORT_NUMBER}`,
  ]),
);
/**
 * The paper due before the goods are made, shipped or paid for: it holds them back, so an offer to send it is
 * agreed. Not an offer to apply for it (APPLYING): that date only says when the supplier would start.
 */
const DUE_BEFORE = anyOf(
  latinWords(['(?:before|prior to) (?:shipment|shipping|mass production|payment|balance)']),
  cjk([
    '出货前',
    '发货前',
    // "随产前样寄出", "大货生产前提供": with the pre-production sample, before mass production, as in English.
    '(?:随|跟)?产前样',
    '(?:大货|批量|量产)(?:生产)?前',
  ]),
);

/** "for the EU market", "required for US import", "to enter Europe": where the papers are for, not which they are. */
const FOR_WHERE =
  '(?: (?:(?:required|needed|necessary|valid) )?(?:for|to (?:enter|sell in|export to)|to clear) (?:the )?[\\p{L}]{2,12}(?: [\\p{L}]{2,12})?(?: (?:market|markets|import|imports|customs|customs clearance|export|sale|countries))?)';
const PURPOSE = `${FOR_WHERE}?`;
/**
 * "all certificates available", "Certificates: full certifications", "证书齐全": papers praised as a heap, none
 * named; which report covers these goods is left to the supplier. A rule about all papers ("all certificates must
 * be original") is not read: the heap must be offered, or be the whole value.
 */
const ALL_PAPERS = anyOf(
  latinWords([
    // "all necessary certificates for the EU market", "full set of certificates required for US import": a market
    // or a purpose names no paper either.
    `(?:all|full|complete|every|various|all (?:the )?(?:necessary|relevant|required|needed|applicable))(?: set of)? (?:kinds of )?(?:certificates|certifications|certs|test reports)${PURPOSE}(?: (?:are )?(?:available|provided|included|ready|complete|can be provided)|(?=\\s{0,3}[.;]?\\s{0,3}$))`,
    `(?:the )?(?:necessary|required|needed|relevant|applicable) (?:certificates|certifications|certs|test reports)${FOR_WHERE}(?=\\s{0,3}[.;]?\\s{0,3}$)`,
    'todos los certificados(?: necesarios)?(?: para (?:el |la )?[\\p{L}]{2,12}(?: [\\p{L}]{2,12}){0,2})?(?: disponibles|(?=\\s{0,3}[.;]?\\s{0,3}$))',
    "tous les certificats(?: nécessaires)?(?: pour (?:le |la |l[’'])?[\\p{L}]{2,12}(?: (?:de l[’'])?[\\p{L}]{2,12}){0,2})?(?: disponibles|(?=\\s{0,3}[.;]?\\s{0,3}$))",
    'alle (?:nötigen |notwendigen )?Zertifikate(?: vorhanden| verfügbar|(?=\\s{0,3}[.;]?\\s{0,3}$))',
    'todos os certificados(?: necessários)?(?: para (?:o |a )?[\\p{L}]{2,12}(?: [\\p{L}]{2,12}){0,2})?(?: disponíveis|(?=\\s{0,3}[.;]?\\s{0,3}$))',
    "tutti i certificati(?: (?:necessari|richiesti))?(?: per (?:il |la |l['’])?[\\p{L}]{2,12}(?: [\\p{L}]{2,12})?)?(?: disponibili|(?=\\s{0,3}[.;]?\\s{0,3}$))",
    // Polish, Dutch, German and Turkish: "wszystkie potrzebne certyfikaty na UE", "alle benodigde certificaten".
    '(?:posiadamy |mamy )?wszystkie (?:potrzebne |niezbędne |wymagane |konieczne )?certyfikaty(?: (?:na|dla) [\\p{L}]{2,12}(?: [\\p{L}]{2,12})?)?(?: dostępne|(?=\\s{0,3}[.;]?\\s{0,3}$))',
    '(?:wij hebben )?alle (?:benodigde |nodige |vereiste )?certificaten(?: voor (?:de |het )?[\\p{L}]{2,12}(?: [\\p{L}]{2,12})?)?(?: beschikbaar|(?=\\s{0,3}[.;]?\\s{0,3}$))',
    'alle (?:nötigen |notwendigen |erforderlichen )?Zertifikate für (?:die |den |das )?[\\p{L}]{2,12}(?: [\\p{L}]{2,12})?(?: vorhanden| verfügbar|(?=\\s{0,3}[.;]?\\s{0,3}$))',
    '(?:tüm|bütün) (?:gerekli )?sertifikalar(?:ımız)?(?: mevcut(?:tur)?| var(?:dır)?|(?=\\s{0,3}[.;]?\\s{0,3}$))',
  ]),
  // Russian: "все необходимые сертификаты для ЕС".
  scriptWords([
    'все (?:необходимые |нужные |требуемые )?сертификаты(?: (?:для|на) [\\p{L}]{2,12}(?: [\\p{L}]{2,12})?)?(?= {0,3}(?:есть|имеются)?\\s{0,3}[.;]?\\s{0,3}$)',
  ]),
  cjk(['证书齐全', '(?:各种|所有|全套)(?:证书|认证)(?:都有|齐全|齐备)?', '资质齐全']),
);
/** A certificate or standard named: "CE (EN 55014), RoHS" says which papers are meant. */
const NAMED_PAPER = latinWords([
  ...PAPER_NAMES,
  'GOTS',
  'OEKO-TEX',
  'BSCI',
  'FSC',
  '(?:ISO|EN|IEC|ASTM|GB) ?\\d{2,5}',
]);

/** A label naming papers as the attribute: "Certificate:", "Certificación:", "证书：", "Сертификаты:". */
const PAPER_LABEL =
  /^\s{0,3}(?:(?:CE|FCC|RoHS|REACH|LFGB|FDA|UL|UKCA)(?: (?:certificate|certification|cert|mark(?:ing)?|report|test|approval))?|certificat(?:e|es|ion|ions)|certs?|test reports?|certificad[oa]s?|certifica[cç](?:ión|ões|ão)|certificats?|Zertifikate?|Zertifizierung(?:en)?|certificati|certificazioni|sertifika(?:lar)?|chứng (?:nhận|chỉ)|сертификат(?:ы)?|证书|认证|检测报告|인증서|인증|(?:시험\s?)?성적서|証明書|認証|試験成績書)\s{0,2}[:：]/iu;
/**
 * Under that label, a value that only says the papers exist or will come: "available", "yes, we have",
 * "will send after order", "disponibles", "vorhanden", "есть", "有". Which certificate, issued by whom for these
 * goods, is what the line leaves out; a named paper ("CE, RoHS") is the line's subject and read above.
 */
const PAPERS_EXIST = anyOf(
  latinWords([
    'available',
    'yes',
    '(?:we )?(?:have|has)(?: (?:it|them|all))?',
    'ok',
    'provided',
    'ready',
    '(?:we )?(?:will|can|shall) (?:be )?sen[dt](?: (?:it|them|to you))?(?: (?:after|with|once|upon) (?:the )?(?:order|payment|deposit|shipment|production|delivery)| later)?',
    '(?:after|with) (?:the )?(?:order|shipment|delivery)',
    'disponibles?',
    'dispon[ií]ve(?:l|is)',
    'sí|sim|oui|ja|evet|có',
    'tenemos|temos|nous avons|haben wir',
    'vorhanden',
    'verfügbar',
    'mevcut(?:tur)?',
    'var(?:dır)?',
    'có sẵn',
  ]),
  scriptWords(['есть', 'имеются', 'имеется', 'в наличии', 'да', 'предоставим']),
  // Korean "있음", "있습니다", "보유" and Japanese "あり", "有り", "あります": the papers said to exist.
  cjk([
    '有',
    '齐全',
    '都有',
    '可提供',
    '下单后(?:提供|发送)',
    '있음',
    '있습니다',
    '보유(?:\\s?중)?',
    'あり(?:ます)?',
    '有り',
  ]),
);
const EXIST_VALUE = new RegExp(
  `^\\s*(?:${PAPERS_EXIST})(?:\\s*[,，;；/]\\s*(?:${PAPERS_EXIST}))*\\s*[.。!]?\\s*$`,
  'iu',
);

/** The papers' field label, for a value left blank ("Certificates: TBD", "Zertifikate: offen"). */
const PAPER_FIELD =
  '(?:certificat(?:e|es|ion|ions)|certs?|test reports?|certificad[oa]s?|certifica[cç](?:ión|ões|ão)|certificats?|Zertifikate?|Zertifizierung(?:en)?|Prüfberichte?|certificati|certificazioni|certyfikaty|sertifika(?:lar)?|сертификат(?:ы)?|证书|认证|检测报告)';

export function certificatesOffered(text: string): VagueHit[] {
  const label = PAPER_LABEL.exec(text);
  if (label) {
    const blank = blankAfterLabel(PAPER_FIELD, text);
    if (blank.length > 0)
      return blank.map((m) => ({
        ...m,
        why: msg('spec.why.certificateOffered'),
        fix: msg('spec.fix.certificateOffered'),
      }));
  }
  // "CE: yes", "CE certificate: ok": the label may name the paper; the value must still name nothing.
  if (
    label &&
    !test(NAMED_PAPER, text.slice(label[0].length)) &&
    EXIST_VALUE.test(text.slice(label[0].length))
  ) {
    const start =
      label[0].length + (text.slice(label[0].length).length - text.slice(label[0].length).trimStart().length);
    const end = text.trimEnd().length;
    if (end > start)
      return [
        { start, end, why: msg('spec.why.certificateOffered'), fix: msg('spec.fix.certificateOffered') },
      ];
  }
  if (!test(NAMED_PAPER, text)) {
    const heap = findAll(ALL_PAPERS, text)[0];
    if (heap)
      return [
        {
          start: heap.start,
          end: heap.end,
          why: msg('spec.why.certificateOffered'),
          fix: msg('spec.fix.certificateOffered'),
        },
      ];
  }
  if (!test(PAPERS, text) || test(NUMBERED_OR_REQUIRED, text)) return [];
  // "大货前可以申请": a due date answers an offer to send the paper, not an offer to apply for one.
  if (test(DUE_BEFORE, text)) return oneOffer(findAll(APPLYING, text));
  const offers = findAll(OFFERED, text);
  if (!SHIPPING_PAPER.test(text)) offers.push(...findAll(SENT_AFTER, text));
  if (!test(REPORT_ON_LINE, text)) offers.push(...findAll(PASSED, text));
  return oneOffer(offers);
}

/** The offers found, quoted as one finding from the first to the last. */
function oneOffer(offers: { start: number; end: number }[]): VagueHit[] {
  offers.sort((a, b) => a.start - b.start);
  const first = offers[0];
  const last = offers[offers.length - 1];
  // "如有需要可以提供": one offer however many of its words match, quoted as one.
  return first && last
    ? [
        {
          start: first.start,
          end: last.end,
          why: msg('spec.why.certificateOffered'),
          fix: msg('spec.fix.certificateOffered'),
        },
      ]
    : [];
}
