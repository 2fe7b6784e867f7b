import { PAY_VERB } from './patterns/offplatform-payment';
import { once, type TextContext } from './text-context';

/**
 * A seller's or a buyer's safety notice: a warning word (scam, fake, impostor, beware, 提醒, 骗, escroc, Betrug,
 * мошенники…) and a statement that payment happens only on the platform ("pay only via the Alibaba order", "we never
 * change our account", "本公司只通过阿里巴巴订单收款", "Payez uniquement via la commande", "Zahlen Sie nur über die
 * Bestellung"), with no number, address or link to pay or write to and no "but" after the statement. The accounts,
 * wallets and apps such a message names are what the fraudsters use, told so that the buyer will refuse them: new
 * wordings of the same notice keep coming (stop 29: warnings were the false alarms that did not carry to unseen text),
 * so the notice is recognised by its shape, not by its words about the impostor. Modelled on suppliers' fraud notices
 * (chinawhy.net, French faux-RIB warnings, the AHK and IHK warnings on changed bank details). Words over normalised text.
 */
const WARNING = new RegExp(
  [
    '\\b(?:scam\\w*|fraud\\w*|fake|impost[eo]rs?|beware|warning|caution|notice|reminder|phishing|hack\\w*|pretend\\w*|impersonat\\w*|suspicious)\\b',
    '\\b(?:estaf\\w*|fraude\\w*|falsos?|falsas?|cuidado|aviso|atencion|suplant\\w*|golpe\\w*|golpistas?|atencao|escroc\\w*|arnaque\\w*|faux|fausses?|prudence|vigilan\\w*|usurp\\w*|betrug\\w*|betruger\\w*|gefalscht\\w*|vorsicht|achtung|hinweis|warnung|truff\\w*|frode|attenzione|avviso|oszu\\w*|falszyw\\w*|uwaga|ostrzez\\w*|dolandirici\\w*|dikkat|sahte|lua\\s+dao|canh\\s+bao|gia\\s+mao|penipu\\w*|waspada|palsu)\\b',
    '(?<![\\p{L}])(?:мошенн\\p{L}*|внимани\\p{L}*|поддел\\p{L}*|фальш\\p{L}*|осторожн\\p{L}*|шахра\\p{L}*|увага)',
    '骗|詐|诈|冒充|假冒|提醒|警惕|假的|詐欺|偽|사기|주의|사칭|احتيال|نصب|تحذير|احذر',
  ].join('|'),
  'u',
);

/** Where the platform is named as the place to pay. */
const PLATFORM =
  '(?:alibaba|aliexpress|trade\\s+assurance|platform\\w*|plataforma|plateforme|plattform|piattaforma|the\\s+order|our\\s+order|your\\s+order|(?:el|del|la|le|o|do|die|der|den|il|dell)\\s+(?:pedido|commande|bestellung|ordine)|commande|pedido|bestellung|zamowieni\\w*|siparis\\w*)';
/** A preposition or article before the platform: "only via the Alibaba order", "uniquement via la commande". */
const VIA =
  '(?:via|through|on|in|at|by|with|from|using|por|pelo|pela|par|sur|dans|uber|auf|tramite|przez|na|uzerinden|qua|melalui|lewat)\\s+(?:the\\s+|our\\s+|your\\s+|la\\s+|le\\s+|el\\s+|o\\s+|a\\s+|die\\s+|der\\s+|den\\s+|il\\s+)?(?:\\w+\\s+)?';
const ONLY_WORD =
  '(?:only|solely|exclusively|always|solo|solamente|unicamente|exclusivamente|apenas|somente|uniquement|seulement|exclusivement|nur|ausschliesslich|soltanto|esclusivamente|tylko|wylacznie|sadece|yalnizca|chi|hanya)';
/** "only / exclusively / solo / uniquement / nur / tylko / только / 只" with the platform as where one pays. */
const ONLY_ON_PLATFORM = new RegExp(
  [
    `\\b${ONLY_WORD}\\s+(?:\\w+\\s+){0,4}?${VIA}${PLATFORM}`,
    `\\b${VIA}${PLATFORM}\\s+(?:\\w+\\s+)?${ONLY_WORD}\\b`,
    // "we never change our (bank) account", "nunca cambiamos de cuenta", "nous ne changeons jamais de compte".
    '\\b(?:never|nunca|jamais|jamas|niemals|mai|asla|khong\\s+bao\\s+gio|tidak\\s+pernah)\\b[^.!?\\n]{0,30}?\\b(?:change|changes|changed|cambiamos|cambia|mudamos|muda|changeons|andern|wechseln|cambiamo|zmieniamy|degistir\\w*|doi|mengubah|ganti)\\b|\\b(?:changeons|cambiamos|mudamos|andern|wechseln|cambiamo)\\s+(?:\\w+\\s+)?(?:jamais|nunca|niemals|nie|mai)\\b',
    '(?<![\\p{L}])(?:только|лише|виключно)\\s+(?:\\p{L}+\\s+){0,3}?(?:через|на|в)\\s+(?:\\p{L}+\\s+){0,2}?(?:alibaba|aliexpress|заказ\\p{L}*|замовленн\\p{L}*|платформ\\p{L}*)|никогда\\s+не\\s+(?:меня\\p{L}*|измен\\p{L}*)',
    '只(?:通过|通過|在|走|用|接受|收)\\S{0,8}?(?:阿里|平台|订单|訂單|信保)|(?:从不|從不|不会|不會)(?:更换|更換|变更|變更|修改)\\S{0,4}(?:账户|帳戶|账号|帳號|收款)',
  ].join('|'),
  'u',
);
const SENTENCES = /[^.!?。！？\n]+/gu;

/** Something to pay or write to: a long number, an address, a link ("paypal.me/x" too). */
const CONCRETE =
  /\d(?:[\s.-]?\d){5,}|@|https?:\/\/|www\.|\b[\w-]+\.(?:me|com|cn|net|org|link|io|co|shop|store)\/\S/u;
/**
 * The sender's own payee: "to our manager", "our Payoneer account", "notre directeur", "我们老板的支付宝". A notice
 * refuses other people's accounts; a sentence that sends money to the sender's own side is a request, whatever
 * warning stands beside it (stop 29's red team: "Beware of scammers, pay only via Alibaba. Pay the deposit to our
 * Payoneer account now, do not worry" had passed as a notice).
 */
const OWN_PAYEE =
  /\b(?:to|into)\s+(?:our|my)\b|\b(?:our|my)\s+(?:[\w']+\s+){0,2}?(?:account|acct|wallet|alipay|paypal|payoneer|wise|manager|boss|director|colleague|finance|card|bank|usdt|crypto|company)\b|\b(?:notre|nuestr[oa]|noss[oa]|unser\w*|nostr[oa]|nasz\w*)\s+(?:\w+\s+)?(?:compte|cuenta|conta|konto|conto|rachun\w*|directeur|director|diretor|gerente|chef|jefe|patron|manager|wallet|alipay|paypal|payoneer|wise)\b|(?<![\p{L}])наш\p{L}*\s+(?:\p{L}+\s+)?(?:сч[её]т\p{L}*|карт\p{L}*|менеджер\p{L}*|директор\p{L}*)|我们(?:的|老板|经理|财务)|我的(?:账户|账号|支付宝|微信)|老板的/u;
const PLATFORM_WORD = /alibaba|aliexpress|platform|order|订单|阿里/u;
/** Who the warning is about: someone else, the one who asks for the money. */
const THIRD_PARTY =
  /\b(?:someone|somebody|scammers?|fraudsters?|impost[eo]rs?|they|people|others?|fake\s+\w+|criminals?|hackers?|alguien|alguem|estafadores|golpistas|quelqu'?un|escrocs?|fraudeurs?|jemand|betruger\w*|qualcuno|truffatori|ktos|oszusci|birisi|dolandiricilar|seseorang|penipu)\b|(?<![\p{L}])(?:кто-то|мошенник\p{L}*|шахра\p{L}*)|有人|骗子|冒充|不法分子/u;
/** A "not" that governs the payment itself: "do not pay", "never send money", "ne payez pas", "请勿扫码付款". */
const NOT_BEFORE =
  /(?:\b(?:not|never|don'?t|no|nunca|nao|jamais|ne|nicht|nie|non|mai|jangan|tidak|khong)\b|请勿|請勿|勿|不要|别|別|切勿|(?<![\p{L}])(?:не|ни|никогда)(?![\p{L}]))[^,，;；:：.!?。！？]{0,24}$/u;
const CONTRAST_AFTER =
  /^[\s\S]*?\b(?:but|however|except|pero|excepto|mas|porem|exceto|mais|sauf|aber|ausser|ma|tranne|ale|oprocz|ama|fakat|nhung|tapi|kecuali)\b|^[\s\S]*?(?:但是|不过|不過|除了|(?<![\p{L}])(?:но|кроме|але)(?![\p{L}]))/u;

export function isPlatformOnlyNotice(tc: TextContext): boolean {
  return once(tc, 'platformOnlyNotice', () => {
    const text = tc.norm.text;
    if (!WARNING.test(text) || CONCRETE.test(text)) return false;
    const only = ONLY_ON_PLATFORM.exec(text);
    if (!only) return false;
    // "Pay only through Alibaba for samples, but for bulk…": the statement taken back after it.
    if (CONTRAST_AFTER.test(text.slice(only.index + only[0].length))) return false;
    // Every sentence that speaks of paying is the warning, a refusal or the statement itself: "Beware of scammers, we
    // never change our account. For this order please pay to our boss's account" is no notice.
    for (const m of text.matchAll(SENTENCES)) {
      const sentence = m[0];
      const ownPayee = ownPayeeIn(sentence);
      PAY_VERB.lastIndex = 0;
      if (!PAY_VERB.test(sentence) && !ownPayee) continue;
      if (refusesPayment(sentence)) continue;
      if (ownPayee) return false;
      if (ONLY_ON_PLATFORM.test(sentence)) continue;
      // "Someone pretends to be us and asks you to pay by Alipay": a report of the impostor, not a request.
      if (WARNING.test(sentence) && THIRD_PARTY.test(sentence)) continue;
      return false;
    }
    return true;
  });
}

/** "Our account never changes", "notre compte ne change jamais": the sender's account named to say it stays. */
const STAYS =
  /^\s{0,3}(?:\w+\s+){0,2}?(?:never|will\s+not|won'?t|does\s+not|doesn'?t|has\s+not|hasn'?t|is\s+not|ne|nunca|no|nao|nie|niemals|never)\b/u;

function ownPayeeIn(sentence: string): boolean {
  for (const m of sentence.matchAll(new RegExp(OWN_PAYEE.source, 'gu'))) {
    if (PLATFORM_WORD.test(m[0])) continue;
    if (STAYS.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    return true;
  }
  return false;
}

/** Every paying word of the sentence is refused by a "not" just before it, with no comma between. */
function refusesPayment(sentence: string): boolean {
  const verbs = [
    ...sentence.matchAll(
      new RegExp(PAY_VERB.source, PAY_VERB.flags.includes('g') ? PAY_VERB.flags : `${PAY_VERB.flags}g`),
    ),
  ];
  return verbs.length > 0 && verbs.every((v) => NOT_BEFORE.test(sentence.slice(0, v.index)));
}
