/**
 * An app or a mailbox named as where fakes reach the buyer (stop 56): "fake messages on WhatsApp charge a release fee in
 * the carrier's name", "mensagens falsas no WhatsApp", "mensajes falsos por WhatsApp", "faux messages sur Telegram",
 * "messaggi falsi su WhatsApp", "gefälschte Nachrichten über WhatsApp", "фальшивые сообщения в WhatsApp", "sahte
 * WhatsApp mesajları", "tin nhắn giả mạo qua Zalo", "pesan palsu lewat WA", "falešné zprávy přes WhatsApp",
 * "fałszywe wiadomości na WhatsAppie", "رسائل مزيفة عبر واتساب", "冒充的微信消息", and "scammers on Telegram", "golpistas
 * no WhatsApp", "Betrüger über WhatsApp", "мошенники в Telegram". The app is the scammers', told as a warning: nothing
 * moves the talk there. The frame must end right before the app, so "many fake messages here, add me on WhatsApp"
 * still asks. Also "any e-mail saying / asking…" when the hit opens on the mail itself. Words over normalised text.
 */
const FAKE_EN = '(?:fake|false|fraudulent|scam|phishing|spoofed|forged|bogus|suspicious)';
const MESSAGES_EN =
  '(?:messages?|e-?mails?|mails?|calls?|texts?|sms|accounts?|profiles?|groups?|numbers?|chats?|links?)';
const FAKES_THEN_APP = new RegExp(
  [
    // en: "fake messages on / via / from WhatsApp", "scam calls through Telegram", "scammers on WhatsApp".
    `\\b${FAKE_EN}\\s+(?:\\w+\\s+)?${MESSAGES_EN}\\s+(?:(?:are\\s+)?(?:going\\s+around|circulating|sent|coming)\\s+)?(?:on|via|through|by|from|in|over)\\s+(?:the\\s+)?$`,
    '\\b(?:scammers?|fraudsters?|impostors?|imposters?|criminals?|crooks?)\\s+(?:\\w+\\s+)?(?:on|via|through|using|from|in)\\s+$',
    // es, pt: "mensajes falsos por", "mensagens falsas no", "golpistas no", "estafadores por".
    '\\b(?:mensajes?|mensagens?|llamadas?|ligacoes|chamadas?|cuentas?|contas?|perfil(?:es)?|perfis|correos?|e-?mails?|sms|numeros?|grupos?)\\s+(?:\\w+\\s+)?(?:falsos?|falsas?|fraudulent[oa]s?|enganos[oa]s?|de\\s+(?:estafa|golpe|fraude))\\s+(?:\\w+\\s+)?(?:en|por|via|del?|no|na|nos|nas|pelo|pela|em|do|da)\\s+$',
    '\\b(?:estafadores?|golpistas?|timadores?|fraudadores?|falsarios?)\\s+(?:\\w+\\s+)?(?:en|por|via|del?|no|na|pelo|pela|em|usando)\\s+$',
    // fr, it: "faux messages sur", "messages frauduleux par", "escrocs sur", "messaggi falsi su", "truffatori su".
    "\\b(?:faux|fausses)\\s+(?:messages?|appels?|comptes?|profils?|mails?|courriels?|sms|numeros?)\\s+(?:\\w+\\s+)?(?:sur|par|via|de|d'|du)\\s*$|\\b(?:messages?|appels?|mails?|courriels?|sms)\\s+(?:frauduleux|suspects?)\\s+(?:sur|par|via|de|du)\\s+$|\\b(?:escrocs?|arnaqueurs?|fraudeurs?)\\s+(?:\\w+\\s+)?(?:sur|par|via)\\s+$",
    '\\b(?:messaggi|chiamate|account|profili|mail|email|sms|numeri)\\s+(?:\\w+\\s+)?(?:falsi|false|fasulli|fraudolent[ie]|truffa)\\s+(?:\\w+\\s+)?(?:su|sul|via|tramite|da|in)\\s+$|\\b(?:truffatori|truffatore|malintenzionati)\\s+(?:\\w+\\s+)?(?:su|via|tramite|da)\\s+$',
    // de, nl, cs, pl: "gefälschte Nachrichten über", "Betrüger auf", "valse berichten via", "falešné zprávy přes",
    // "fałszywe wiadomości na", "oszuści na".
    '\\b(?:gefalscht\\w*|falsch\\w*|betrugerisch\\w*|valse|nep|falesn\\w*|podvodn\\w*|falszyw\\w*|oszuk\\w*)\\s+(?:\\w+\\s+)?(?:nachricht\\w*|anruf\\w*|konten|profil\\w*|mails?|e-?mails?|sms|nummern?|berichten|oproepen|zprav\\w*|hovor\\w*|ucty|uctu|profily|wiadomosc\\w*|telefon\\w*|kont[ao]?)\\s+(?:auf|uber|per|via|bei|von|in|op|van|na|pres|v|ve|przez|w|z)\\s+$|\\b(?:betruger\\w*|oplichters?|podvodnic\\w*|oszusci|oszustow)\\s+(?:\\w+\\s+)?(?:auf|uber|per|via|op|na|pres|przez|w)\\s+$',
    // tr, vi, id: "sahte mesajlar", "tin nhắn giả mạo qua", "pesan palsu lewat", "dolandırıcılar", "penipu di".
    '\\bsahte\\s+(?:\\w+\\s+)?$|\\b(?:tin\\s+nhan|cuoc\\s+goi|tai\\s+khoan)\\s+(?:gia\\s+mao|lua\\s+dao|gia)\\s+(?:qua|tren|tu)\\s+$|\\b(?:ke\\s+)?lua\\s+dao\\s+(?:qua|tren)\\s+$|\\b(?:pesan|telepon|akun|nomor|sms)\\s+(?:palsu|penipuan|tipuan)\\s+(?:di|lewat|melalui|via|dari)\\s+$|\\b(?:penipu|oknum)\\s+(?:\\w+\\s+)?(?:di|lewat|melalui|via)\\s+$',
    // ru, uk, ar: "фальшивые сообщения в / через", "мошенники в", "رسائل مزيفة عبر", "محتالون على".
    '(?<![\\p{L}])(?:фальшив|поддельн|мошенническ|фейков|підробн|шахрайськ)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:сообщени|звонк|аккаунт|повідомлен|дзвінк|акаунт)\\p{L}*\\s+(?:в|во|через|по|из|у)\\s+$|(?<![\\p{L}])(?:мошенник|аферист|шахра)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:в|во|через|из|у)\\s+$',
    '(?:رسائل|مكالمات|حسابات|رسالة)\\s+(?:\\p{L}+\\s+)?(?:مزيفة|احتيالية|وهمية|مزورة)\\s+(?:عبر|على|في|من)\\s+$|(?:المحتالين|المحتالون|محتالين|محتالون)\\s+(?:عبر|على|في)\\s+$',
    // zh: "假冒的 / 虚假的 / 诈骗" right before the app ("假冒的微信消息", "诈骗电话和WhatsApp").
    '(?:假冒|虚假|虛假|诈骗|詐騙|冒充)(?:的)?$',
  ].join('|'),
  'u',
);

/**
 * Scammers named as the subject, then what they ask and the app they ask it through: "oszuści proszą o opłaty przez
 * WhatsApp", "المحتالون يطلبون رسوما عبر واتساب", "fraudsters ask for a fee via Telegram". No word of the writer's own
 * ("me", "my", "our", "us") may stand between: "scammers are everywhere, so contact me via WhatsApp" still asks.
 */
const SCAMMERS =
  '\\b(?:scammers?|fraudsters?|impost[eo]rs?|crooks?|estafadores?|golpistas?|timadores?|escrocs?|arnaqueurs?|truffatori|betruger\\w*|oplichters?|oszusci|oszustow|podvodnic\\w*|dolandiric\\w*|lua\\s+dao|penipu)\\b|(?<![\\p{L}])(?:мошенник\\p{L}*|аферист\\p{L}*|шахра\\p{L}*)|(?:المحتالون|المحتالين|محتالون|محتالين|النصابين|النصابون)|骗子|騙子|诈骗分子|詐騙分子';
const THROUGH =
  '(?:via|through|by|over|on|using|por|pelo|pela|par|sur|uber|per|tramite|su|przez|na|pres|qua|tren|lewat|melalui|через|в|по|عبر|على|通过|通過|透过|透過|用|在)';
const SCAMMERS_ASK_THROUGH = new RegExp(
  `(?:${SCAMMERS})(?![^.!?。！？\\n]*?(?:\\b(?:me|my|us|our|mi|moj\\w*|mnie|nas|nasz\\w*)\\b|(?<![\\p{L}])(?:мне|нам|наш\\p{L}*|لنا|لي)(?![\\p{L}])|我们|我們|我的))[^.!?。！？\\n]{0,60}?${THROUGH}\\s*$`,
  'u',
);

/** The hit opens on a message word that a stranger's claim follows: "(any) e-mail saying our account changed". */
const ANY_BEFORE =
  /\b(?:any|every|all|cualquier|todo|qualquer|tout|toute|tous|jede\w*|qualsiasi|ogni|herhangi\s+bir|bat\s+ky|setiap|jakakoli\w*|kazd\w*|jakikolwiek|jakiekolwiek)\s+(?:other\s+|otro\s+|outro\s+|autre\s+|andere\w*\s+)?$|(?<![\p{L}])(?:любое|любые|любой|будь-яке|будь-які)\s+$|(?:أي|اي)\s+$|(?:任何|所有)$/u;
const MESSAGE_THEN_CLAIM =
  /^(?:e-?mails?|mails?|messages?|calls?|texts?|sms|notices?|letters?|mensajes?|correos?|mensagens?|courriels?|nachricht\w*|messaggi\w*|wiadomosc\w*|zprav\w*|mesaj\w*|tin\s+nhan|pesan|сообщени\p{L}*|письм\p{L}*|повідомлен\p{L}*|رسال\p{L}*|消息|信息|邮件|郵件)\s+(?:\S+\s+){0,2}?(?:saying|says|claiming|claims|asking|asks|telling|tells|announcing|with|that|que|qui|die|das|dass|che|ktor\w*|ktera|ktery|kde|yang|noi|bao|diyen|isteyen|где|что|который|которое|яке|що|تقول|تطلب|说|說|要求)\b/u;

/** True when the hit at `start` is an app or a mail that fakes come from, or the mail of "any e-mail saying…". */
export function fakesOnChannel(text: string, start: number, before: string): boolean {
  if (FAKES_THEN_APP.test(before) || SCAMMERS_ASK_THROUGH.test(before)) return true;
  return ANY_BEFORE.test(before) && MESSAGE_THEN_CLAIM.test(text.slice(start, start + 60));
}
