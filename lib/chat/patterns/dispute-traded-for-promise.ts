import { anyOf, type ChatPattern } from '../match';
import {
  DISPUTE,
  DISPUTE_SET_ASIDE,
  OWN_WAY,
  PLATFORM_REFUNDS,
  REFUND_ON_PLATFORM,
  REFUND_RECEIVED_FIRST,
} from './refund-instead-of-dispute';

/**
 * The buyer's dispute traded for the writer's own promise (stop 45, after-sales chats): the dispute withdrawn,
 * closed, not opened, or settled by accepting a "no refund" proposal, and the writer promising money, a refund or a
 * new parcel in return — paid "between us", "by bank transfer", "the way you prefer", or only once the buyer
 * protection has run out, with the platform's own refund painted as slow. The buyer gives up the one claim the
 * platform holds for a promise it does not: the money or the parcel, if it comes, comes outside the order. What
 * makes the trade: the writer's promise (first person: "we send", "le hacemos llegar", "wyślemy", "vrátíme") and
 * one mark that the promise stands outside the platform; a seller asking for patience ("don't open a dispute yet,
 * the parcel is in customs") names neither. Words over folded text (lower-case, accents dropped).
 */

/** Dispute words of the languages this reading adds (cs, pl "spór", tr "talep" — a refund request). */
const DISPUTE_MORE = `(?:${DISPUTE}|reclamo|\\bspor(?:u|ze|em)?\\b|reklamac\\w*|reklamacj\\w*|talep\\w*|talebi\\w*|khieu\\s+nai|tranh\\s+chap|komplain|sengketa|aduan|pertikaian|itiraz|anlasmazlik|спор|диспут|суперечк|претензи|纠纷|糾紛|争议|爭議|紛争|異議|ディスピュート|분쟁)`;

/** "No refund" as the name of a dispute proposal, in the languages read. */
const NO_REFUND =
  'bez\\s+zwrotu|no\\s+refund|without\\s+(?:a\\s+)?refund|sin\\s+reembolso|sem\\s+reembolso|sans\\s+remboursement|senza\\s+rimborso|ohne\\s+(?:ruck)?erstattung|bez\\s+vraceni|iadesiz|без\\s+возврата|без\\s+повернення';

/**
 * Set-asides this reading adds to the older list: Czech and Polish verbs; Turkish "talebinizi geri çekin"; the
 * dispute as a pronoun after it was named ("la disputa … si la retira", "retirez-le", "chiudila", "close it") —
 * read only with a dispute word in the message (`needs`); and accepting the seller's "no refund" proposal, the
 * dispute ended with nothing paid.
 */
const SET_ASIDE_MORE = [
  // cs: "stáhněte spor", "spor stáhnout", "zrušte reklamaci", "neotevírejte spor"
  '\\b(?:stahn\\w*|zrus\\w*|uzavr\\w*|zavr\\w*|neotevir\\w*|neotvir\\w*|nezaklad\\w*)\\s+(?:\\S+\\s+)?(?:spor(?:u|em)?|reklamac\\w*)\\b|\\b(?:spor(?:u|em)?|reklamac\\w*)\\s+(?:\\S+\\s+)?(?:stahn\\w*|zrus\\w*|uzavr\\w*|zavr\\w*)',
  // pl: "wycofaj spór", "zamknij spór", "nie otwieraj sporu"
  '\\b(?:wycof\\w*|zamkn\\w*|zamyk\\w*|anuluj\\w*|nie\\s+otwier\\w*|nie\\s+otworz\\w*|nie\\s+zaklad\\w*)\\s+(?:\\S+\\s+)?(?:spor(?:u|ze)?|reklamacj\\w*|dyskusj\\w*)\\b',
  // tr: "talebinizi geri çekin", "iade talebini iptal edin"
  '\\b(?:talep|talebi|itiraz|anlasmazlig|anlasmazlik)\\w*\\s+(?:\\S+\\s+)?(?:geri\\s+cek\\w*|iptal\\s+ed\\w*|kapat\\w*)',
  // The dispute as a pronoun, read from the dispute named before it (the match runs from the noun, so a "we cannot
  // refund you" told in between is the bargain, not a refusal): es "la disputa … si la retira", "retírela"; fr "le
  // litige … si vous le retirez", "fermez-le"; it "la contestazione … se la ritira", "chiudila"; en "close it".
  `${DISPUTE_MORE}[^\\n]{0,120}?(?:\\b(?:la|lo)\\s+(?:retir|cierr|cancel|anul|quit|ritir|chiud|annull)\\w*|\\b(?:retir|cierr|cancel|anul|quit)(?:e|a|ar)l[ao]\\b|\\b(?:ritir|chiud|annull)\\w*?(?:i|a|e)l[ao]\\b|\\b(?:vous\\s+)?(?:le|la)\\s+(?:retir|ferm|annul|clotur)\\w*|\\b(?:retir|ferm|annul|clotur)\\w*-(?:le|la)\\b|\\b(?:close|cancel|withdraw|remove)\\s+it\\b)`,
  // Accepting the "no refund" proposal: "zaakceptuj propozycję 'bez zwrotu'", "accept our 'no refund' offer",
  // "acepte la propuesta sin reembolso"; and with the verb after ("den Vorschlag ohne Erstattung annehmen").
  `\\b(?:zaakcept\\w*|akcept\\w*|przyj\\w*|accept\\w*|acept\\w*|aceit\\w*|akzeptier\\w*|accett\\w*|prijm\\w*|potvrd\\w*|kabul\\s+ed\\w*)\\s+(?:\\S+\\s+){0,6}?\\W?(?:${NO_REFUND})`,
  `(?:${NO_REFUND})\\W?\\s+(?:\\S+\\s+){0,4}?(?:akzeptier\\w*|annehm\\w*|zaakceptuj\\w*|accept\\w*|acept\\w*|aceit\\w*|accett\\w*|prijm\\w*|kabul\\s+ed\\w*)`,
];

/**
 * The writer's own promise, in the first person: to pay, refund, return the money or send a (new) parcel, or to
 * settle "the rest" themselves ("zbytek vyřešíme", "gerisini biz hallederiz").
 */
const PROMISE = new RegExp(
  [
    // Not "i send u the number / the link / a photo": a contact or a picture sent is no promise of money or goods.
    "\\b(?:we|i)(?:'ll|\\s+will|\\s+can|\\s+shall|\\s+would)?\\s+(?:\\S+\\s+){0,2}?(?:refund|send|resend|reship|ship|replace|return|pay|give|transfer)\\w*(?!\\s+(?:\\S+\\s+){0,2}?(?:number|numbers|contact|id|link|photos?|pictures?|pics?|qr|address|e-?mail)\\b)",
    '\\b(?:we|i)\\s+(?:\\S+\\s+)?(?:offer|propose)\\w*\\s+(?:\\S+\\s+){0,3}?(?:refund|compensation)',
    // es, pt: "le hacemos llegar el dinero", "le devolvemos", "enviamos uno nuevo", "le ofrecemos un reembolso"
    '\\bhacemos\\s+llegar\\b|\\b(?:devolv|envi|mand|reembols|reenvi|pag|transfer|deposit)(?:amos|emos|imos)\\b|\\b(?:ofrec|ofere|propon|propom)\\w*\\s+(?:\\S+\\s+){0,3}?reembols\\w*',
    // fr: "nous vous remboursons", "on vous renvoie", "nous vous proposons un remboursement"
    '\\b(?:nous|on|je)\\s+vous\\s+(?:\\S+\\s+)?(?:rembours|renvoi|renvoy|envoi|envoy|pai|pay|vers|vir|propos|offr)\\w*',
    // it: "le mandiamo", "ti rimborsiamo", "spediamo un altro"
    '\\b(?:mandiamo|rimandiamo|rimborsiamo|spediamo|rispediamo|inviamo|paghiamo|restituiamo|bonifichiamo|offriamo|proponiamo)\\b',
    // de: "wir erstatten", "schicken wir"
    '\\bwir\\s+(?:\\S+\\s+){0,2}?(?:erstatten|senden|schicken|uberweisen|zahlen)\\b|\\b(?:erstatten|senden|schicken|uberweisen|zahlen)\\s+wir\\b',
    // pl: "wyślemy", "zwrócimy", "odeślemy"; cs: "vrátíme", "pošleme", "vyřešíme"
    '\\b(?:wysl|odesl|przesl|zwroc|oddam|zaplac|przelej)\\w*(?:emy|imy)\\b|\\b(?:vrat|posl|zasl|uhrad|vyres|posil|odesl)\\w*(?:ime|eme|ame)\\b',
    // tr: "göndeririz", "iade ederiz", "hallederiz", "öderiz"
    '\\b(?:(?:gonderir|yollar|iade\\s+eder|halleder|oder)iz|(?:gonderece|yollayaca|iade\\s+edece|halledece|odeyece)giz)\\b',
    // vi: "shop sẽ chuyển khoản", "bên mình hoàn tiền", "em gửi lại"
    '\\b(?:shop|minh|chung\\s+toi|em|ben\\s+minh)\\s+(?:se\\s+)?(?:\\S+\\s+)?(?:chuyen|hoan|gui|tra|boi\\s+thuong)\\b',
    // ru, uk
    '(?<![\\p{L}])(?:верн[её]м|вышлем|отправим|переведем|переведём|компенсируем|повернемо|надішлемо|відправимо|перекажемо)(?![\\p{L}])',
    '我们?(?:会|马上|立即|立刻)?(?:退|补发|重发|给你转|转给你|打款)',
  ].join('|'),
  'u',
);

/**
 * A way of paying the buyer that the writer leaves open or names outside the order: a bank transfer, "the way you
 * prefer", "between ourselves".
 */
const OUTSIDE_WAY =
  /\b(?:virement|transferencia|transferencias|bonifico|przelew\w*|prevod\w*|havale|eft|uberweisung|chuyen\s+khoan|ngan\s+hang|bank\s+transfer|mezi\s+(?:sebou|nami)|primo|miedzy\s+nami|bezposrednio|aramizda|dogrudan|hesap\s+bilgi\w*)\b|\b(?:via|forma|manera|metodo|medio|modo|jeito)\s+que\s+(?:usted\s+|tu\s+|voce\s+|le\s+|te\s+)?(?:prefi\w*|quier\w*|quis\w*)|\b(?:any|whatever|the)\s+(?:way|method)\s+you\s+(?:prefer|like|want)\b|\bcomme\s+vous\s+(?:preferez|voulez)\b|\bcome\s+(?:preferisce|preferisci|vuole)\b/u;

/**
 * The buyer protection waited out: "wait until the protection time finishes, then…", "después de que termine la
 * protección", "nach Ablauf des Käuferschutzes", "po zakończeniu ochrony", "保护期过后". "Before the protection
 * ends" is the ordinary advice to open a dispute in time and is not read.
 */
const PROTECTION_WAITED_OUT = new RegExp(
  [
    '\\b(?:wait|after|once|until|till)\\s+(?:\\S+\\s+){0,4}?(?:buyer\\s+)?protection\\s+(?:\\S+\\s+){0,2}?(?:finish|end|expir|over|run|close|pass)\\w*',
    '\\b(?:despues|depois|hasta|ate|esper\\w*|aguard\\w*)\\s+(?:\\S+\\s+){0,4}?(?:proteccion|protecao)\\s+(?:\\S+\\s+){0,3}?(?:termin|venc|acab|expir|cierr|fech)\\w*|\\b(?:fin|final|vencimiento|termino|fim)\\s+(?:de\\s+la|da)\\s+(?:proteccion|protecao)\\b',
    // The verb first: "hasta que termine la protección", "finché non scade la protezione".
    '\\b(?:hasta|ate|despues\\s+de|depois\\s+de|finche|dopo\\s+che)\\s+que?\\s*(?:non\\s+)?(?:termin|venc|acab|expir|scad|fin)\\w*\\s+(?:\\S+\\s+){0,2}?(?:proteccion|protecao|protezione)\\b',
    "\\bapres\\s+(?:la\\s+)?(?:fin|expiration)\\s+de\\s+la\\s+protection\\b|\\b(?:attendez|jusqu'?\\s?a)\\s+(?:\\S+\\s+){0,4}?protection\\s+(?:\\S+\\s+){0,2}?(?:termin|expir|fini)\\w*",
    '\\b(?:dopo|aspett\\w*|finche)\\s+(?:\\S+\\s+){0,4}?protezione\\s+(?:\\S+\\s+){0,2}?(?:scad|termin|fin)\\w*|\\bscadenza\\s+della\\s+protezione\\b',
    '\\bnach\\s+(?:dem\\s+)?(?:ablauf|ende)\\s+(?:des\\s+)?kauferschutz\\w*|\\bkauferschutz\\w*\\s+(?:\\S+\\s+){0,2}?(?:abgelaufen|ablauft|vorbei|endet)',
    '\\bpo\\s+(?:zakonczeniu|uplywie|wygasnieciu|skonceni|uplynuti|vyprseni)\\s+(?:okresu\\s+|doby\\s+)?(?:ochrony|ochrany)\\b|\\b(?:ochron|ochran)\\w*\\s+(?:\\S+\\s+){0,2}?(?:minie|wygasnie|skonczy|vyprsi|skonci|uplyne)',
    '\\bkoruma\\s+(?:suresi\\s+)?(?:\\S+\\s+)?(?:bitince|bittikten|dolunca|dolduktan)\\b|\\b(?:sau\\s+khi|doi)\\s+(?:\\S+\\s+){0,3}?(?:het|qua)\\s+(?:thoi\\s+gian\\s+|han\\s+)?bao\\s+ve\\b',
    '(?<![\\p{L}])после\\s+(?:окончания|истечения)\\s+(?:срока\\s+)?защиты|(?<![\\p{L}])защит\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:закончится|истечет|истечёт)',
    '(?:保护期|保護期)(?:过|過|结束|結束)(?:后|後)|等(?:到)?(?:保护期|保護期)',
  ].join('|'),
  'u',
);

/**
 * The platform's own way painted as slow, to make the writer's look faster: "through AliExpress it takes weeks",
 * "AliExpress refund takes 15 working days", "sistem iadeyi haftalarca geciktiriyor".
 */
const PLATFORM_SLOW =
  /\b(?:aliexpress|alibaba|platform\w*|plataforma|plateforme|piattaforma|plattform|system\w*|sistem\w*|systeme)\b[^.!?\n]{0,40}?(?:\b(?:weeks?|tydny|tydnu|semanas|semaines|settimane|wochen|tygodni\w*|haftalar\w*|months?|meses|mois|mesi|monate)\b|\b\d+\s+(?:working\s+|business\s+)?(?:days|dias|jours|giorni|tage|dni|dnu|gun)\b|(?<![\p{L}])(?:недел\p{L}*|тижн\p{L}*|месяц\p{L}*))/u;

/**
 * The refund said to come from the platform itself ("iade ederiz, AliExpress sistemi üzerinden", "the refund goes
 * through AliExpress") keeps the promise on the platform — unless the same message paints that way as slow, which is
 * the reason given for leaving it.
 */
/**
 * The dispute closed only after the goods came: "once the replacement arrives you can close the dispute", "close the
 * dispute after you receive the new parcel". The buyer keeps the claim until the promise is kept, which is what the
 * platform itself advises; a closing asked now, with the goods promised for later, is still the trade.
 */
const GOODS = '(?:replacement|new\\s+(?:one|parcel|package|item|goods)|parcel|package|goods|items?|order)';
const ARRIVES = `(?:(?:the|your)\\s+)?${GOODS}\\s+(?:has\\s+)?(?:arriv|reach|land|get\\s+to)\\w*|you\\s+(?:have\\s+)?(?:receive|get|got)\\w*\\s+(?:the\\s+|your\\s+)?${GOODS}`;
const CLOSED_AFTER_GOODS = new RegExp(
  `\\b(?:once|after|when|as\\s+soon\\s+as)\\s+${ARRIVES}\\b,?\\s+(?:you\\s+(?:can|may|could)\\s+|please\\s+)?(?:close|cancel|withdraw|remove|end)\\s+(?:the\\s+|your\\s+)?dispute|\\b(?:close|cancel|withdraw|remove|end)\\s+(?:the\\s+|your\\s+)?dispute\\s+(?:only\\s+)?(?:once|after|when|as\\s+soon\\s+as)\\s+${ARRIVES}\\b`,
  'u',
);

export const DISPUTE_TRADED_FOR_PROMISE: ChatPattern = {
  kind: 'explicit',
  what: 'a dispute given up for a promise made outside the platform',
  needs: new RegExp(
    `^(?:(?=[^]*(?:${PLATFORM_SLOW.source}))|(?![^]*(?:${REFUND_ON_PLATFORM.source}|${PLATFORM_REFUNDS.source})))(?=[^]*${DISPUTE_MORE})(?=[^]*(?:${PROMISE.source}))[^]*(?:${OWN_WAY.source}|${OUTSIDE_WAY.source}|${PROTECTION_WAITED_OUT.source}|${PLATFORM_SLOW.source}|${NO_REFUND})`,
    'u',
  ),
  needsIn: 'message',
  unless: new RegExp(`${REFUND_RECEIVED_FIRST.source}|${CLOSED_AFTER_GOODS.source}`, 'u'),
  unlessIn: 'sentence',
  re: anyOf(...DISPUTE_SET_ASIDE, ...SET_ASIDE_MORE),
};
