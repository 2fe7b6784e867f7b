import type { TextContext } from './text-context';

/**
 * A claim put in a stranger's mouth is a warning, not a request: "if anyone says our bank account changed,
 * ask me here first", "si alguien le dice que cambiamos de cuenta, avíseme", "如果有人说我们换了银行账户",
 * "nếu ai nhắn anh qua Zalo xưng là shop thì anh đừng chuyển". Real suppliers write such safety reminders
 * as often as scammers write the requests (tests/fixtures/chat/real-modelled-5/). Words over normalised text
 * (lower-case, accents folded).
 */
const FRAME = new RegExp(
  [
    // en
    '\\bif\\s+(?:any|some)\\s?(?:one|body)\\b|\\b(?:any|some)one\\s+(?:claiming|pretending|who\\s+(?:says|claims|tells))\\b|\\bif\\s+you\\s+(?:ever\\s+)?(?:get|receive)\\s+(?:a|an|any|such\\s+a)\\s+(?:message|e-?mail|mail|call|notice)',
    // "If you receive a message / a call …" in es, pt, fr, it, pl, tr, id, vi: the message is the stranger's.
    '\\b(?:si\\s+(?:usted\\s+)?(?:recibe|recibes|le\\s+llega|te\\s+llega)|se\\s+(?:voce\\s+)?(?:receber|recebe|receberem|ricevi|riceve|ricevete|ricevesse|ricevessi|ricevessero|le\\s+arriva|ti\\s+arriva|vi\\s+arriva)|si\\s+vous\\s+recevez|(?:jesli|jezeli)\\s+(?:dostaniesz|otrzymasz|dostanie\\s+pan\\w*))\\s+(?:\\w+\\s+)?(?:mensaje|mensagem|message|messaggio|wiadomosc|e-?mail|mail|correo|llamada|chiamata|appel|ligacao|telefon\\w*)',
    '\\b(?:mesaj|e-?posta|arama)\\s+(?:alirsaniz|alirsan|gelirse)\\b|\\b(?:jika|kalau|kalo|bila|apabila)\\s+(?:kakak\\s+|anda\\s+)?(?:menerima|dapat|mendapat)\\s+(?:\\w+\\s+)?(?:pesan|chat|telepon|email)\\b|\\bneu\\s+(?:\\w+\\s+)?nhan\\s+duoc\\s+(?:\\w+\\s+)?(?:tin\\s+nhan|cuoc\\s+goi|email)',
    // es, pt, fr, it
    "\\bsi\\s+alguien\\b|\\bse\\s+alguem\\b|\\bsi\\s+quelqu'?\\s?un\\b|\\bse\\s+qualcuno\\b|\\bsi\\s+(?:le|te)\\s+(?:escriben|dicen|llaman)\\b|\\bsi\\s+on\\s+vous\\s+(?:ecrit|dit|demande|annonce)\\b",
    // de, pl, tr
    '\\b(?:wenn|falls)\\s+(?:ihnen\\s+|dir\\s+)?(?:jemand|man|sie\\s+(?:so\\s+)?eine\\s+(?:nachricht|e-?mail|mail))\\b|\\b(?:jesli|jezeli)\\s+ktos\\b|\\beger\\s+biri\\w*|\\bbiri(?:si)?\\s+(?:size\\s+)?(?:yazarsa|derse|ararsa|soylerse)\\b',
    // id, vi ("ai nhắn bảo chuyển… thì đừng chuyển": "whoever writes" needs no "nếu")
    '\\b(?:jika|kalau|kalo|bila|apabila)\\s+ada\\s+(?:yang|orang)\\b|\\bneu\\s+(?:co\\s+)?(?:ai|nguoi\\s+nao)\\b|\\b(?:bat\\s+ky\\s+)?(?:ai|nguoi\\s+nao)\\s+(?:nhan|bao|goi|noi|yeu\\s+cau|doi)\\b',
    // en: "any message asking you to pay another account (is not from us)"
    '\\b(?:any|every)\\s+(?:message|e-?mail|mail|call|request|notice|letter)s?\\s+(?:that\\s+)?(?:asking|asks|telling|tells|saying|says|with)\\b',
    // ru, ar
    '(?<![\\p{L}])(?:если|когда)\\s+(?:вам\\s+|тебе\\s+)?(?:кто-?то|кто-нибудь|напиш\\p{L}*|скаж\\p{L}*|позвон\\p{L}*|сообщ\\p{L}*)',
    // "وإذا طلب منك أحد" (and if anyone asked you): up to three words between "if" and "anyone" ("أي شخص").
    '(?:إذا|اذا|لو)\\s+(?:\\p{L}+\\s+){0,3}(?:أحد|احد|شخص)',
    // ar: "if a message / a call reaches you", "if you receive a message".
    '(?:إذا|اذا|لو)\\s+(?:وصلت\\p{L}*|وصل\\p{L}*|تلقيت\\p{L}*|استلمت\\p{L}*|جاءت\\p{L}*|جاء\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:رسال\\p{L}*|مكالم\\p{L}*|اتصال\\p{L}*|بريد\\p{L}*|ايميل|إيميل)',
    // zh, ja, ko
    '如果有人|若有人|如有人|要是有人|假如有人|如果收到|如收到|誰かが|もし\\S{0,8}(?:連絡|メッセージ|メール)が|누군가|만약\\s?\\S{0,8}(?:연락|메시지|문자)',
  ].join('|'),
  'u',
);
/**
 * Languages that put the condition last: the claim comes first and "if it reaches you" closes it — "başka
 * hesaba ödeme isteyen bir mesaj gelirse, ödemeyin", "他の口座への振込を求めるメッセージが届いたら",
 * "다른 계좌로 입금하라는 메시지를 받으면". Read in the rest of the match's clause.
 */
const FRAME_AFTER = new RegExp(
  [
    '\\b(?:isteyen|diyen|soyleyen|yazan)\\s+(?:(?:\\S+\\s+){0,2}?(?:mesaj|e-?posta|arama|kisi|biri|numara)\\w*\\s+)?(?:gelirse|alirsaniz|alirsan|olursa|ararsa|yazarsa)\\b',
    '\\b(?:isterse|isterlerse|derse|derlerse|soylerse|yazarsa)\\b',
    '(?:求める|という|との|ような)(?:メッセージ|連絡|メール|電話)(?:が|を)?(?:届いたら|来たら|きたら|受け取ったら|あったら)',
    '(?:라는|하라는|달라는|한다는)\\s?(?:메시지|연락|문자|전화)(?:를|을|가|이)?\\s?(?:받으면|오면|받으시면|받는다면)',
    // "…하라는 연락은 저희가 아닙니다", "…という連絡は弊社ではありません", "…的消息都不是我们发的": the request
    // described, then disowned.
    '(?:라는|하라는|달라는|한다는)\\s?(?:메시지|연락|문자|전화)(?:은|는)\\s?(?:저희|제|우리)\\S{0,3}\\s?(?:아닙니다|아니에요|아니예요|아님|보낸\\s?게\\s?아)',
    '(?:求める|という|との|ような)(?:メッセージ|連絡|メール|電話)は(?:弊社|当社|私たち|わたしたち)(?:から)?では(?:ありません|ない)',
    '(?:的)(?:消息|信息|短信|电话|電話|邮件|郵件)(?:都|全)?不是我(?:们|們)',
  ].join('|'),
  'u',
);
const CLAUSE_AFTER = /^[^,;:，；：.!?。！？\n]*/u;

/** After a comma, the claim goes on only in a clause that reports it: "…write to you, that we changed…". */
const REPORTED = /^\s*(?:that|que|what|что|dass|rang|bahwa|ki|che|ze|że)(?![\p{L}])/u;
const SENTENCE_END = /[.!?。！？\n][^.!?。！？\n]*$/u;
const CLAUSE_MARK = /[,;:，；：]/u;

/** The match at [start, …) is what a hypothetical stranger might say, not what this supplier asks. */
export function isReportedClaim(tc: TextContext, start: number): boolean {
  // Bounded look-back: the frame opens the sentence or clause the match sits in.
  let before = tc.norm.text.slice(Math.max(0, start - 120), start);
  const end = SENTENCE_END.exec(before);
  if (end) before = before.slice(end.index + 1);
  const frame = FRAME.exec(before);
  if (!frame) return claimedBeforeCondition(tc, start);
  const rest = before.slice(frame.index + frame[0].length).split(CLAUSE_MARK);
  return rest.length === 1 || (rest.length === 2 && REPORTED.test(rest[1]!));
}

function claimedBeforeCondition(tc: TextContext, start: number): boolean {
  const rest = CLAUSE_AFTER.exec(tc.norm.text.slice(start, start + 120))![0];
  return FRAME_AFTER.test(rest);
}
