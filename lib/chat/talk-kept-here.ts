/**
 * The talk kept in this chat, in the languages the live-chat cue reads (patterns/contact-pointed.ts): "please talk
 * with me here", "hablemos aquí por este chat", "on continue ici", "schreiben Sie mir hier", "parliamo qui", "burada
 * yazışalım", "chat di sini saja", "nhắn ở đây", "piszmy tutaj", "пишите здесь", "在这里聊", "こちらでやり取り",
 * "여기서 대화". A seller who names the desk of its own site only to say "but talk to me here" sends nobody there.
 * A "not" before the verb or the place ("no hablemos aquí", "n'écrivez pas ici", "nicht hier", "не здесь") refuses
 * the chat instead. Words over normalised text (accents folded, "ı" → "i", Thai marks dropped).
 */
/** A refusal standing before the verb or between it and the place. */
const NOT_BEFORE =
  "(?<!\\b(?:not|no|don'?t|dont|nao|ne|n'|non|nicht|nie|kein\\w*|jangan|dung|khong|ya)\\s+(?:\\w+\\s+)?)";
const NO_NOT_BETWEEN = "(?:\\s+(?!(?:not|no|pas|nicht|non|nie|nao|jangan|khong)\\b)[\\w'-]+){0,3}?";

const LATIN_VERB_THEN_HERE = [
  // en: "talk with me here", "keep writing in this chat".
  '(?:talk|chat|write|writing|message|contact|reply|answer|ask|stay|keep|continue)\\w*(?:\\s+(?:with|to)\\s+(?:me|us))?',
  // es / pt: "hablemos aquí", "escríbame por aquí", "sigamos en este chat", "fale comigo aqui", "continuamos neste chat".
  '(?:habl|escrib|segu|sig|continu|convers|contest|respond|quede|quedemos|fal|escrev|fiqu|fica)\\w*',
  // fr / it / de: "parlons ici", "écrivez-moi ici", "restons sur ce chat", "scrivimi qui", "schreiben Sie mir hier".
  '(?:parl|ecri|discut|repond|rest|continu|scriv|rispond|chiacchier|schreib|sprech|red|antwort|bleib|chatt)\\w*(?:-?(?:moi|nous))?(?:\\s+sie)?(?:\\s+(?:mir|uns|mich|comigo|conmigo|avec\\s+moi|con\\s+me))?',
  // id / vi / pl: "chat di sini saja", "ngobrol di sini", "nhắn ở đây", "piszmy tutaj".
  '(?:ngobrol|bicara|lanjut|tanya|balas|nhan|nhan\\s+tin|trao\\s+doi|noi\\s+chuyen|pisz|napisz|rozmaw|kontynu|odpisz)\\w*',
].join('|');
/**
 * Italian "qui" and Polish "tu" (here) are also French "qui" (who) and Spanish, Portuguese and French "tu" (you):
 * "escríbeme tu consulta en el chat de nuestra web", "écrivez à ceux qui répondent sur le chat de notre site" send
 * the buyer away. They count only where the clause ends on them ("scrivimi qui", "piszcie tu").
 */
const AT_CLAUSE_END = (word: string) => `${word}(?=\\s*(?:[,.;:!?)]|$))`;
const LATIN_HERE = `here|in\\s+this\\s+(?:chat|conversation|window)|(?:on|via|through)\\s+this\\s+(?:chat|conversation|window)|aqui|aca|por\\s+aqui|en\\s+este\\s+chat|por\\s+este\\s+chat|neste\\s+chat|nesse\\s+chat|por\\s+este\\s+chat|ici|dans\\s+ce\\s+chat|sur\\s+ce\\s+chat|${AT_CLAUSE_END('qui')}|in\\s+questa\\s+chat|hier|in\\s+diesem\\s+chat|di\\s+sini|disini|di\\s+chat\\s+ini|o\\s+day|tai\\s+day|qua\\s+chat\\s+nay|tutaj|${AT_CLAUSE_END('tu')}|na\\s+tym\\s+czacie|w\\s+tym\\s+czacie`;

export const TALK_KEPT_HERE = new RegExp(
  [
    `${NOT_BEFORE}\\b(?:${LATIN_VERB_THEN_HERE})\\b${NO_NOT_BETWEEN}\\s+(?:${LATIN_HERE})\\b`,
    // tr: the place first, the verb last: "burada yazışalım", "bu sohbetten devam edelim".
    '\\b(?:burada|buradan|bu\\s+sohbet\\w*)\\s+(?:\\w+\\s+){0,2}?(?:yaz|konus|gorus|devam|iletisim)\\w*',
    // ru / uk: "пишите здесь", "общаемся тут", "продолжим в этом чате".
    '(?<![\\p{L}])(?<!(?:не|ні)\\s)(?:пиш|напиш|общ|говор|продолж|переписыв|спілку|продовж)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:здесь|тут|в\\s+этом\\s+чате|у\\s+цьому\\s+чаті)(?![\\p{L}])',
    // zh / ja / ko / ar.
    '(?:在这里|在這裡|在此|在这边|在這邊|就在这|就在這)(?:跟我|和我|与我)?(?:聊|沟通|溝通|联系|聯繫|说|說|留言|咨询|諮詢)',
    '(?:こちら|ここ)(?:の(?:チャット)?)?(?:で|から)(?:の)?(?:やり取り|やりとり|連絡|お話|ご相談|相談|チャット|メッセージ)',
    '(?:여기서|여기에서|이\\s?채팅(?:에서|으로|방에서))\\s?(?:대화|이야기|얘기|연락|문의|채팅)',
    '(?:تحدث|تواصل|راسل|اكتب)\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:هنا|في\\s+هذه\\s+المحادثة)',
  ].join('|'),
  'u',
);
