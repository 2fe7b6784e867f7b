import { once, sentenceRange, type TextContext } from './text-context';

/**
 * The buyer writing: it tells what the seller asked ("the supplier asked me to send the sample fee by PayPal",
 * "Продавец просит перевести деньги на карту", "A beszállító azt kérte, hogy…", "aap ne kaha tha account change ho
 * gaya"), asks about a method ("¿Aceptan PayPal?"), or answers a change of account it did not make ("if your bank
 * changed, update it inside the Alibaba order") — and then says that it, the payer, pays only on the platform ("I
 * pay only on Alibaba", "prefiero pagar dentro de Alibaba", "csak az Alibabán fizetek", "main sirf Alibaba pe hi
 * payment karunga", "я хочу платить только через Alibaba"). The payment words before such a commitment are the
 * seller's request reported, or the buyer's question, not a request to the reader.
 *
 * Only what comes before the commitment is spared, and only in a sentence framed as the buyer's (a report of the
 * other side, a question about what it accepts, "if YOUR account changed") that gives no payee (no long number, no
 * e-mail, no link, no quotation marks around the other side's words). A sentence after the commitment ("I only pay on
 * Alibaba. He replied: 'then PayPal to pay@…'") and a seller's own offer ("you can pay on Alibaba or to my GCash")
 * are read as usual: a seller does not write "I pay". Words over normalised text (lower-case, accents folded).
 */

/** The writer, as the one who pays, keeps the payment on the platform (the platform word is looked for beside it). */
const PAYER_COMMITS = new RegExp(
  [
    // en: "I only pay on Alibaba", "I will pay there", "I pay the same way as the deposit", "I'd rather pay in the order".
    "\\bi\\s+(?:(?:will|'ll|shall|would|'d|can|only|just|always|still|prefer\\s+to|want\\s+to|rather)\\s+){0,3}(?:pay|make\\s+(?:the\\s+)?payment)\\b",
    // es, pt, fr, de, it
    '\\b(?:prefiero|quiero|voy\\s+a|solo|solamente|unicamente|prefiro|quero|vou|so|somente|apenas|preferisco|voglio|pago\\s+solo)\\s+(?:\\w+\\s+){0,2}?(?:pagar|pago|pagare|pagarei)\\b|\\b(?:pagare|pagarei|pagaré)\\b',
    '\\bje\\s+(?:ne\\s+)?(?:\\w+\\s+){0,2}?(?:paie|paierai|payerai|paye)\\b|\\bich\\s+(?:\\w+\\s+){0,3}?(?:zahle|bezahle|zahlen|bezahlen)\\b',
    // hu: "fizetek" (I pay), "fizetni fogok" (I will pay); Hinglish "main … payment karunga"; tl "magbabayad ako".
    '\\b(?:fizetek|fizetnek|fizetni\\s+fogok|fogok\\s+fizetni|fizetem)\\b',
    '\\b(?:main|mai|mein)\\s+(?:\\w+\\s+){0,6}?(?:payment|pay|bhugtan|paise)\\s+(?:\\w+\\s+)?(?:karunga|karungi|karoonga|karta|karti|dunga|dungi|bhejunga|bhejungi)\\b',
    '\\b(?:magbabayad|babayaran)\\s+(?:lang\\s+)?(?:ako|ko)\\b|\\b(?:saya|aku)\\s+(?:\\w+\\s+){0,2}?(?:bayar|membayar)\\b|\\b(?:sadece|yalnizca|yalniz)\\s+(?:\\w+\\s+){0,3}?(?:odeyecegim|oderim|odeme\\s+yapacagim|odeme\\s+yaparim)\\b',
    // ru, uk
    '(?<![\\p{L}])я\\s+(?:\\p{L}+\\s+){0,2}?(?:плачу|оплачу|заплачу|платить|оплачивать|оплатить|буду\\s+платить)(?![\\p{L}])|(?<![\\p{L}])я\\s+(?:\\p{L}+\\s+){0,2}?(?:сплачу|платитиму|платити|оплачуватиму)(?![\\p{L}])',
    // zh
    '我(?:只|只会|只會|只在|会|會|就|还是|還是|要|只想|坚持|堅持)\\S{0,8}?(?:付款|支付|付钱|付錢)',
  ].join('|'),
  'gu',
);
/** The platform, in the commitment's sentence: where the writer pays. */
const PLATFORM =
  /alibaba|aliexpress|trade\s?assurance|\b(?:platform|plataforma|plateforme|plattform|piattaforma|platforma)\b|(?<![\p{L}])(?:заказ\p{L}*|платформ\p{L}*)|阿里|平台|信保|订单|訂單/u;
/** The commitment undone: "I pay on Alibaba, but the sample by PayPal", "only the deposit on Alibaba". */
const BUT_AFTER =
  /\b(?:but|except|pero|excepto|mas|mais|sauf|aber|ausser|ma|tranne|lekin|magar|fakat|ama|tapi|pero)\b|(?<![\p{L}])(?:но|кроме)(?![\p{L}])|但|除了/u;

/**
 * The commitment keeps all of the payment there: "only", "sirf … hi", "csak", "только", "solo", "prefiero", "the same
 * way" — or the message refuses the other way in the writer's own words ("I will not pay to any other account", "nem
 * fogom", "nahi chalega", "не буду"). "I will pay the balance on Alibaba" after a deposit by Western Union keeps
 * only part of it, and stays flagged.
 */
const ALL_OF_IT =
  /\b(?:only|just|solely|exclusively|always|there|same\s+way|prefer\w*|prefier\w*|prefir\w*|rather|sirf|csak|kizarolag|solo|solamente|unicamente|apenas|somente|nur|ausschliesslich|seulement|uniquement|sadece|yalnizca|hanya|lang)\b|(?<![\p{L}])(?:только|лише|лишь|тільки)(?![\p{L}])|只|仅|僅/u;
const WRITER_REFUSES =
  /\b(?:i|we)\s+(?:will\s+not|won'?t|do\s+not|don'?t|refuse|cannot|can'?t)\b|\bnem\s+(?:fogom|teszem|fizetek|kuldom|kuldok)\b|\b(?:nahi|nahin)\b|\bno\s+(?:voy|pagare|pago|acepto|vou|pago)\b|(?<![\p{L}])не\s+(?:буду|стану|хочу)(?![\p{L}])|我不|不会|不會/u;
/** Part of the payment only: "the balance", "the rest", "el resto", "остаток", "尾款". */
const PART_ONLY =
  /\b(?:balance|rest|remaining|remainder|resto|restante|saldo|reste|solde|restbetrag|kalan\w*|sisa\w*|too|also|tambien|tambem|aussi|auch)\b|(?<![\p{L}])(?:остаток|остальн\p{L}*|тоже|также)(?![\p{L}])|尾款|余款|餘款|也/u;
/** A report that asks the reader ("the seller asks you to…") is the supplier's own relay, not the buyer's report. */
const ASKS_THE_READER = /^\s*(?:you|u|usted|voce|vous|sie|вас|вам|您|你)(?![\p{L}])/u;

/** The hit's sentence is the buyer's: a report of the other side, a question to it, or "if YOUR account changed". */
const BUYER_FRAME = new RegExp(
  [
    // A report of what the seller (or "you") asked or said.
    '\\b(?:the|this|that|my|our|your)\\s+(?:seller|supplier|vendor|factory|shop|store|sales\\w*|agent)\\s+(?:\\w+\\s+){0,2}?(?:asked|asks|wants|wanted|said|says|told|requested|requests|insists|insisted|suggested|suggests|proposed|proposes|mentioned|wrote|is\\s+asking)\\b|\\byou\\s+(?:\\w+\\s+)?(?:asked|said|told|wrote|mentioned|suggested|proposed|want)\\s+(?:me|that|to)\\b',
    '\\b(?:el|la|su|tu)\\s+(?:vendedor|proveedor|fabricante|fabrica)\\s+(?:\\w+\\s+)?(?:pide|pidio|dijo|dice|quiere|solicita|solicito|propone|propuso)\\b|\\b(?:o|a|seu|sua)\\s+(?:vendedor|fornecedor|fabrica)\\s+(?:\\w+\\s+)?(?:pede|pediu|disse|diz|quer|solicitou)\\b',
    '\\b(?:le|ce|votre)\\s+(?:vendeur|fournisseur)\\s+(?:\\w+\\s+)?(?:demande|a\\s+demande|dit|a\\s+dit|veut)\\b|\\b(?:der|ihr|dein)\\s+(?:verkaufer|lieferant|handler)\\s+(?:\\w+\\s+)?(?:will|mochte|verlangt|bittet|sagt|hat)\\b',
    // hu: "a beszállító azt kérte, hogy…" (the supplier asked that…), "az eladó azt mondta"; tr, id.
    '\\b(?:a|az)\\s+(?:beszallito|elado|gyarto|partner)\\s+(?:azt\\s+)?(?:kerte|keri|mondta|mondja|irta|irja|akarja|szeretne)\\b|\\b(?:satici|tedarikci|firma)\\s+(?:\\w+\\s+){0,4}?(?:istiyor|istedi|dedi|soyledi|yazdi)\\b|\\b(?:penjual|supplier|seller)\\s+(?:\\w+\\s+)?(?:minta|meminta|bilang|mengatakan)\\b',
    // Hinglish: "aap ne kaha tha" (you said), "supplier ne bola".
    '\\b(?:aap|apne|aapne|tum|supplier|seller|unhone|usne)\\s+(?:ne\\s+)?(?:kaha|bola|likha|bataya|maanga|manga)\\b',
    // ru, uk: "продавец просит", "поставщик написал", "вы сказали".
    '(?<![\\p{L}])(?:продав\\p{L}*|поставщик\\p{L}*|постачальник\\p{L}*|вы|ви)\\s+(?:\\p{L}+\\s+)?(?:прос\\p{L}*|попросил\\p{L}*|сказал\\p{L}*|пишет|написал\\p{L}*|хоче\\p{L}*|требу\\p{L}*|вимага\\p{L}*|предлага\\p{L}*|пропону\\p{L}*)(?![\\p{L}])',
    '(?:卖家|賣家|供应商|供應商|商家|厂家|廠家)(?:说|說|要求|让我|讓我|叫我|想让|想讓)',
    // A question about what the other side accepts: "do you accept PayPal?", "¿Aceptan PayPal?", "vous acceptez…?".
    '\\b(?:do|does|can|could|would)\\s+(?:you|u|they)\\s+(?:\\w+\\s+)?(?:accept|take|support)\\b|\\b(?:aceptan|acepta|aceptas|admiten|aceitam|aceita|acceptez|akzeptieren\\s+sie|accettate|kabul\\s+ediyor\\s+musunuz)\\b|(?<![\\p{L}])(?:принимаете|приймаєте)(?![\\p{L}])',
    // "If your bank changed…": the account named is the reader's, so the writer is the one who pays it.
    '\\bif\\s+(?:your|ur)\\s+(?:\\w+\\s+)?(?:bank|account|acc|details|beneficiary|payee)\\b|\\bsi\\s+(?:su|tu|votre)\\s+(?:banco|cuenta|banque|compte)\\b|\\bse\\s+(?:a\\s+)?(?:sua|seu)\\s+(?:banco|conta)\\b|\\b(?:falls|wenn)\\s+(?:ihre|ihr|deine|dein)\\s+(?:bank|konto)\\b',
  ].join('|'),
  'u',
);
/** The sentence gives a payee or quotes the other side's own words: those are read as usual. */
const PAYEE_OR_QUOTE = /\d{6,}|\d{3,}[\s-]\d{3,}[\s-]?\d{3,}|@\w|https?:\/\/|www\.|["“”«»„「」]|:\s*['‘]/u;
/**
 * The writer is the payee or sells the other way: "pay to our HK account", "to my GCash", "it is cheaper", "5 %
 * discount" — a seller's pitch dressed with "I pay on Alibaba", not a buyer's report.
 */
const SELLER_SIDE = new RegExp(
  [
    '\\b(?:my|our|mi|mis|nuestr[oa]s?|meu|minha|nosso|nossa|mon|ma|notre|nos|mein\\w*|unser\\w*|mio|mia|nostr[oa]|hamar[ae]|mer[ae]|saya|kami|benim|bizim)\\s+(?:\\w+\\s+){0,2}?(?:account|acc|card|wallet|paypal|gcash|cuenta|tarjeta|conta|cartao|compte|carte|konto|karte|conto|rekening|hesab\\w*|szamla\\w*)\\b|\\bto\\s+(?:me|us)\\b',
    '\\b(?:cheaper|cheap|discount|save|saves|saving|faster|lower\\s+fee|less\\s+fee|no\\s+fee|mas\\s+barato|descuento|ahorr\\w*|mais\\s+barato|desconto|moins\\s+cher|remise|billiger|rabatt|olcsobb|kedvezmeny\\w*|sasta|discount|ucuz\\w*|indirim\\w*|murah|diskon|mura|mas\\s+mura)\\b',
    '(?<![\\p{L}])(?:наш\\p{L}*\\s+(?:сч|карт)\\p{L}*|мо[йюяе]\\s+(?:сч|карт)\\p{L}*|мне|нам|дешевле|скидк\\p{L}*)(?![\\p{L}])|我们的|我們的|我的|给我|給我|便宜|优惠|優惠|折扣',
  ].join('|'),
  'u',
);
/** A question that is the whole point: the frame's sentence ends with one. */
const QUESTION_END = /[?？]\s*$/u;

/** Where the writer commits to pay on the platform (start of each commitment), once per message. */
function commitments(tc: TextContext): number[] {
  return once(tc, 'payerCommits', () => {
    const text = tc.norm.text;
    const found: number[] = [];
    PAYER_COMMITS.lastIndex = 0;
    for (let m = PAYER_COMMITS.exec(text); m !== null; m = PAYER_COMMITS.exec(text)) {
      const [a, b] = sentenceRange(tc, m.index, m.index + m[0].length);
      const rest = text.slice(m.index, b);
      // The platform in the commitment's sentence, and no "but" taking part of the payment elsewhere.
      const own = text.slice(a, b);
      if (!PLATFORM.test(own) || BUT_AFTER.test(rest) || PART_ONLY.test(own)) continue;
      if (ALL_OF_IT.test(own) || WRITER_REFUSES.test(text)) found.push(m.index);
    }
    PAYER_COMMITS.lastIndex = 0;
    return found;
  });
}

/** The hit starting at `start` sits before the payer's own commitment, in a sentence framed as the buyer's. */
export function payerKeepsToPlatform(tc: TextContext, start: number): boolean {
  const commit = commitments(tc).find((c) => c > start);
  if (commit === undefined) return false;
  const text = tc.norm.text;
  const [a, b] = sentenceRange(tc, start, start);
  const sentence = text.slice(a, b);
  if (PAYEE_OR_QUOTE.test(sentence)) return false;
  const frame = BUYER_FRAME.exec(sentence);
  if (frame === null) return false;
  // A question ("do you accept…", "¿aceptan…") counts only when the sentence asks it; a report or a condition frames
  // the hit when it comes before it or holds it.
  const isQuestion = /accept|take|support|acept|aceit|akzept|accett|kabul|принима|прийма/u.test(frame[0]);
  if (isQuestion && !QUESTION_END.test(sentence)) return false;
  if (!isQuestion && a + frame.index > start + 40) return false;
  if (ASKS_THE_READER.test(sentence.slice(frame.index + frame[0].length))) return false;
  // Nothing quoted or given between the hit and the commitment: the writer's words run on to it.
  const between = text.slice(start, commit);
  if (PAYEE_OR_QUOTE.test(between)) return false;
  // From the hit's sentence to the end of the commitment's: nobody is paid "to me", nothing is sold as cheaper.
  const [, commitEnd] = sentenceRange(tc, commit, commit);
  return !SELLER_SIDE.test(text.slice(a, commitEnd));
}
