import { anyOf, type ChatPattern } from '../match';

/**
 * The buyer told to stop answering in the platform's chat (stop 41): "check your email, don't reply in this chat",
 * "no respondas más por aquí, te escribí al correo", "ne répondez plus ici", "不要在这里回复了，看邮箱". Whatever the
 * seller then sends elsewhere (a new catalogue, new bank details), the talk is the thing being moved: the chat the
 * platform keeps is closed to the buyer by the seller's own request. A story that the seller's account here is about
 * to close does the same. Either reads as a move only when the message names another place to talk (mail, an app, a
 * phone): "don't reply here after six, I answer tomorrow" keeps the talk here. Folded text (lower-case, no accents).
 */

/** Here: this chat, this app, the platform — what the buyer is told to leave. */
const HERE =
  '(?:here|in\\s+(?:this|the)\\s+(?:chat|app|platform|window|conversation|inbox)|on\\s+(?:this\\s+)?(?:chat|alibaba|aliexpress|platform|app|here)|on\\s+the\\s+platform|via\\s+(?:this\\s+chat|alibaba)|(?:to|through)\\s+this\\s+chat)';

/** A verb of answering or writing, as the buyer's next act. */
const ANSWER =
  '(?:reply|replying|answer|answering|respond|responding|write|writing|message|messaging|msg|chat|chatting|text|texting|contact|contacting)';

/** The buyer told not to answer here, in the languages read. Not "don't reply here with your password": a warning. */
const STOP_HERE = [
  // "dont reply in this chat", "please do not answer here anymore", "stop messaging me on alibaba".
  `\\b(?:do\\s*n[o']?t|dont|never|stop|no\\s+need\\s+to)\\s+(?:\\w+\\s+)?${ANSWER}\\s+(?:(?:me|us|to\\s+me|to\\s+us)\\s+)?(?:any\\s?more\\s+)?${HERE}(?!\\s+with\\b)`,
  "\\b(?:do\\s*n[o']?t|dont|stop)\\s+(?:use|using)\\s+(?:this|the\\s+alibaba|the)\\s+chat\\b",
  // "no respondas más por aquí", "no me escriba en este chat".
  '\\bno\\s+(?:me\\s+|nos\\s+)?(?:respondas|responda|contestes|conteste|escribas|escriba|uses|use)\\s+(?:mas\\s+)?(?:aqui|por\\s+aqui|(?:en|por)\\s+este\\s+chat|este\\s+chat|en\\s+(?:la\\s+)?plataforma)\\b',
  // "não responda mais aqui", "não me escreva neste chat".
  '\\bnao\\s+(?:me\\s+|nos\\s+)?(?:responda|responde|escreva|escreve|use|usa)\\s+(?:mais\\s+)?(?:aqui|por\\s+aqui|neste\\s+chat|este\\s+chat|na\\s+plataforma)\\b',
  // "ne répondez plus ici", "ne m'écrivez pas dans ce chat".
  "\\bne\\s+(?:me\\s+|m'|nous\\s+)?(?:repondez|reponds|ecrivez|ecris|utilisez)\\s+(?:plus|pas)\\s+(?:ici|(?:dans|sur)\\s+ce\\s+chat|ce\\s+chat|sur\\s+(?:la\\s+)?plateforme)\\b",
  // "antworten Sie bitte nicht mehr hier", "schreib mir nicht in diesem Chat".
  '\\b(?:antworten|schreiben)\\s+sie\\s+(?:mir\\s+|uns\\s+)?(?:bitte\\s+)?nicht\\s+(?:mehr\\s+)?(?:hier|in\\s+diesem\\s+chat|uber\\s+(?:alibaba|die\\s+plattform))\\b|\\b(?:antworte|schreib)\\s+(?:mir\\s+|uns\\s+)?(?:bitte\\s+)?nicht\\s+(?:mehr\\s+)?(?:hier|in\\s+diesem\\s+chat)\\b',
  // "不要在这里回复", "别再在阿里上聊了", "请勿在此聊天回复".
  '(?:不要|别|請勿|请勿|勿|不用)再?(?:在|于)?(?:这里|這裡|这边|這邊|此|这个聊天|這個聊天|阿里|平台)(?:上|里|裡)?(?:回复|回覆|回|聊|留言|联系|聯繫)',
  // "не пишите мне больше здесь", "не отвечайте в этом чате".
  '(?<![\\p{L}])не\\s+(?:пишите|отвечайте|пиши|отвечай)\\s+(?:мне\\s+|нам\\s+)?(?:больше\\s+)?(?:здесь|тут|в\\s+этом\\s+чате|на\\s+платформе)(?![\\p{L}])',
  // "bu sohbetten artık cevap vermeyin", "buradan yazmayın".
  '\\b(?:burada|buradan|bu\\s+sohbet(?:te|ten)|bu\\s+chat(?:te|ten))\\s+(?:bana\\s+|bize\\s+)?(?:artik\\s+)?(?:cevap\\s+vermeyin|yazmayin|mesaj\\s+atmayin|yanit\\s+vermeyin)\\b',
];

/** The seller's account or shop here said to be closing: "my account here will be closed soon". */
const CLOSING_HERE = [
  '\\b(?:my|our|this)\\s+(?:account|store|shop)\\s+(?:here|on\\s+(?:alibaba|aliexpress|this\\s+platform))\\s+(?:will\\s+be|is\\s+going\\s+to\\s+be|is\\s+being|gets?|will\\s+get)\\s+(?:closed|deleted|blocked|suspended|shut\\s+down)\\b',
  '\\bthis\\s+chat\\s+(?:will\\s+be|is\\s+going\\s+to\\s+be)\\s+(?:closed|deleted)\\b',
  '\\b(?:mi|nuestra)\\s+(?:cuenta|tienda)\\s+(?:aqui|en\\s+(?:alibaba|la\\s+plataforma))\\s+(?:se\\s+)?(?:va\\s+a\\s+(?:ser\\s+)?cerrar\\w*|sera\\s+cerrada|cerrara)\\b',
  '(?:我的|我们的|这个)(?:账号|賬號|帐号|店铺|店鋪)(?:马上|快要|即将|即將|要)(?:被)?(?:关闭|關閉|封|注销|註銷)',
];

/** A channel to talk on: the mailbox, a chat app, a phone. */
const CHANNEL =
  '(?:e-?mails?|mail|mailbox|inbox|gmail|whats\\s?app|wa|wechat|telegram|skype|viber|signal|line|phone|number|mobile|cell|correo|courriel|zap)';

/**
 * Another place to talk that is the writer's own, named in the message: "my / our e-mail (WhatsApp, number)", "write
 * me on WeChat", "e-mail us", an address or a number given, or the buyer sent to look in the mailbox the seller wrote
 * to ("check your inbox", "mire su correo", "请看一下邮箱"). Not "anyone asking for your e-mail" (a warning), "e-mail
 * from the system" or "call the DHL hotline" (a carrier): there the talk does not follow the seller anywhere.
 */
const ELSEWHERE = new RegExp(
  [
    `\\b(?:my|our|mi|mis|nuestr[oa]s?|meu|minha|nosso|nossa|mon|ma|mes|notre|nos|mein\\w*|unser\\w*)\\s+(?:\\S+\\s+)?${CHANNEL}\\b`,
    `\\b(?:me|us)\\s+(?:on|at|via|by|through|in|to)\\s+(?:\\S+\\s+)?${CHANNEL}\\b`,
    `\\b(?:e-?mail|mail|whats\\s?app|wechat|telegram|call|sms|add)\\s+(?:me|us)\\b`,
    '\\b(?:look|check|see|read|open)\\w*\\s+(?:in\\s+|at\\s+)?(?:your|ur|you)\\s+(?:\\S+\\s+)?(?:e-?mails?|mail|inbox|mailbox|gmail|spam)\\b',
    '\\b(?:mire|revise|vea|mira|revisa|olhe|veja|verifique|olha|consultez|regardez|verifiez|sehen|schauen|prufen)\\s+(?:\\S+\\s+){0,3}?(?:correo|e-?mail|mail|caixa|boite|postfach)\\b',
    // The writer's own mail already sent there: "I e-mailed you", "te escribí al correo", "je vous ai écrit par mail".
    '\\bi\\s+(?:have\\s+|just\\s+|already\\s+)*(?:e-?mailed|mailed|sent|wrote|written)\\s+(?:\\S+\\s+){0,3}?(?:to\\s+)?(?:you|your)\\s+(?:\\S+\\s+)?(?:e-?mail|mail|inbox|mailbox)\\b|\\bi\\s+(?:have\\s+|just\\s+|already\\s+)*e-?mailed\\s+you\\b',
    '\\b(?:te|le|les|vos|lhe|lo)\\s+(?:escribi|mande|envie|escrevi|enviei|mandei)\\s+(?:\\S+\\s+){0,2}?(?:al|por|pelo|no|para\\s+o|un|um)\\s+(?:\\S+\\s+)?(?:correo|e-?mail|mail)\\b|\\b(?:je\\s+)?vous\\s+ai\\s+(?:ecrit|envoye)\\s+(?:\\S+\\s+){0,3}?(?:mail|e-?mail|courriel)\\b',
    '@\\w|\\+?\\d[\\d\\s-]{7,}\\d|wa\\.me|https?:\\/\\/',
    '(?<![\\p{L}])(?:посмотрите|проверьте|смотрите)\\s+(?:\\p{L}+\\s+)?почт\\p{L}*|(?<![\\p{L}])(?:мо\\p{L}*|наш\\p{L}*)\\s+(?:почт\\p{L}*|ватсап\\p{L}*|телеграм\\p{L}*|номер\\p{L}*)',
    '(?:看|查看|查收|检查|檢查)(?:一下|下)?(?:你的|您的)?(?:邮箱|郵箱|邮件|郵件)|(?:我的|我们的|我們的|加我)(?:微信|邮箱|郵箱|电话|電話|whatsapp)',
    '\\b(?:e-?posta|mail)\\w*\\s+bak\\w*|\\b(?:benim|bizim)\\s+(?:e-?posta|mail|whatsapp|numara)\\w*',
  ].join('|'),
  'u',
);

/**
 * The talk kept here after all: "I answer in the morning here", "check your inbox on Alibaba" (red team, stop 41:
 * "stop messaging me on Alibaba at night, my phone rings…; I answer in the morning here" asks for quiet, not a move).
 */
const STAYS_HERE =
  /\b(?:i|we)\s+(?:will\s+|'ll\s+|can\s+|only\s+)?(?:answer|reply|respond|write|check)\w*\s+(?:\S+\s+){0,5}?(?:here|on\s+(?:alibaba|aliexpress)|in\s+this\s+chat)\b|\b(?:inbox|messages?|message\s+cent(?:er|re))\s+(?:on|in)\s+(?:alibaba|aliexpress|the\s+platform)\b/u;

export const CHAT_ABANDONED_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /reply|replying|answer|respond|write|writing|message|msg|chat|text|contact|use|using|respond|contest|escrib|escrev|repond|ecri|utilis|antwort|schreib|回|聊|留言|联系|聯繫|пиш|отвеча|cevap|yazma|mesaj|yanit/,
    needs: ELSEWHERE,
    needsIn: 'message',
    unless: STAYS_HERE,
    unlessIn: 'message',
    re: anyOf(...STOP_HERE),
  },
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /account|store|shop|chat|cuenta|tienda|账号|賬號|帐号|店铺|店鋪/,
    needs: ELSEWHERE,
    needsIn: 'message',
    unless: STAYS_HERE,
    unlessIn: 'message',
    re: anyOf(...CLOSING_HERE),
  },
];
