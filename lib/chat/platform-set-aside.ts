/**
 * Two ways a platform named in a message stops anchoring a method to it:
 *
 * - the platform is complained about ("la plataforma retiene el dinero 15 días", "the app has a problem with
 *   payment", "ระบบแอปมีปัญหา"): it is named as the reason to pay some other way, not as where to pay. The complaint is
 *   blanked before anchors are looked for, so a platform named again as the place to pay still anchors. Holding the
 *   money "until you confirm" is the escrow explained, not a complaint.
 * - a part is paid on the platform and "the rest / die restlichen 60 % / el resto / 尾款" some other way: the anchor
 *   before the remainder speaks of the first part only, so the clause is read from the remainder on.
 */
import { LINK_EXPIRED_GATE, LINK_EXPIRED_SOURCES } from './platform-link-expired';

const fold = (s: string) => s.normalize('NFKC').replace(/\p{M}/gu, '');

const PLATFORM_LATIN =
  "(?:the\\s+|la\\s+|a\\s+|o\\s+|die\\s+|das\\s+|le\\s+|l'|il\\s+)?(?:platform|plataforma|plateforme|plattform|piattaforma|platforma|alibaba|aliexpress|app|aplicacion|aplicativo|appli|application|applicazione|aplikasi|system|sistema|systeme|sistem|site|website|sitio|checkout|uygulama|he\\s+thong|san|ung\\s+dung)";
/**
 * Stop 55: the seller's account on the platform said to be restricted or suspended ("our Alibaba account is restricted",
 * "nuestra cuenta de Alibaba está restringida", "notre compte Alibaba est restreint", "akun Alibaba kami sedang
 * dibatasi"): the platform is named as the obstacle, the story's reason to pay elsewhere, not where to pay.
 */
const ACCOUNT_RESTRICTED =
  '(?:is|was|got|has\\s+been|have\\s+been|been|are)\\s+(?:temporarily\\s+|currently\\s+|now\\s+)?(?:restricted|limited|suspended)|(?:esta|estan|fue|ha\\s+sido|foi|esta\\s+sendo)\\s+(?:temporalmente\\s+|temporariamente\\s+)?(?:restringid\\w*|limitad\\w*|suspendid\\w*|restrit\\w*|suspens\\w*)|(?:est|a\\s+ete|sont)\\s+(?:temporairement\\s+)?(?:restreint\\w*|limite\\w*|suspendu\\w*)|(?:ist|wurde)\\s+(?:vorubergehend\\s+)?(?:eingeschrankt|gesperrt)|(?:e|e\\s+stato|e\\s+stata)\\s+(?:temporaneamente\\s+)?(?:limitat\\w*|sospes\\w*)|(?:sedang\\s+|lagi\\s+|telah\\s+|sudah\\s+)?(?:dibatasi|dibekukan|ditangguhkan)';
const HOLDS_LATIN =
  "(?:holds?|is\\s+holding|keeps?|freez\\w*|retain\\w*|has\\s+(?:a\\s+|some\\s+)?(?:problem|issue|error|bug)s?|is\\s+(?:not\\s+working|down|broken)|(?:doesn'?t|does\\s+not|won'?t)\\s+work|retiene\\w*|congela\\w*|tiene\\s+(?:un\\s+)?(?:problema|error|fallo)|no\\s+funciona|falla|retem|segura\\s+o\\s+dinheiro|esta\\s+com\\s+(?:problema|erro)|nao\\s+funciona|retient|bloque\\w*|ne\\s+(?:marche|fonctionne)\\s+pas|a\\s+un\\s+(?:probleme|bug)|halt\\w*\\s+das\\s+geld|behalt\\w*|blockiert|funktioniert\\s+nicht|hat\\s+(?:ein(?:en)?\\s+)?(?:problem|fehler)|trattiene|blocca|non\\s+funziona|ha\\s+un\\s+problema|bermasalah|error|lagi\\s+error|(?:parayi\\s+)?tutuyor|calismiyor|arizali|giu\\s+tien|bi\\s+loi|dang\\s+loi|limits?\\s+(?:us|our|the)|is\\s+limiting|restricts?\\s+(?:us|our|the)|begrenzt|beschrankt|limita\\w*\\s+(?:nos|nuestr\\w*|nosso\\w*|nous|nostr\\w*)|nous\\s+limite|ci\\s+limita|ogranicza\\w*|kisitli\\w*|sinirl\\w*|membatasi|gioi\\s+han|" +
  ACCOUNT_RESTRICTED +
  ')';
/** Released when the buyer confirms: the escrow explained, which is the platform's own service. */
const UNTIL =
  '(?!\\s+(?:\\S+\\s+){0,4}?(?:until|till|hasta\\s+que|ate\\s+que|jusqu|bis|finche|sampai|cho\\s+den|kadar))';
/** "paying outside the platform doesn't work": what fails is paying outside, which is a refusal, not a complaint. */
const NOT_OUTSIDE =
  "(?<!\\b(?:outside|off|beyond|fuera\\s+de|hors\\s+de|ausserhalb|fora\\s+d[ao]|al\\s+di\\s+fuori\\s+d\\w*|poza|disinda|di\\s+luar|ngoai)\\s+(?:(?:the|la|el|le|die|das|der|a|o|il|l')\\s*)?)";
const COMPLAINT_LATIN = `${NOT_OUTSIDE}\\b${PLATFORM_LATIN}\\s+(?:\\S+\\s+){0,2}?${HOLDS_LATIN}\\b${UNTIL}`;
const COMPLAINT_OTHER = [
  // Thai writes the failed payment straight after the fault, in one clause: "ระบบแอปมีปัญหาชำระเงินไม่ได้" (the app has a
  // problem, the payment does not go through); that "not" is part of the complaint, never a refusal.
  fold('(?:ระบบแอป|ระบบ|แอป)(?:มีปัญหา|ขัดข้อง|ล่ม)(?:\\s?(?:ชำระเงิน|จ่ายเงิน|ชำระ|จ่าย)(?:ไม่ได้|ไม่ผ่าน))?'),
  // "ระบบร้านค้ายังไม่อัปเดต" (the shop's system is not updated yet), "ระบบใช้ไม่ได้": the same reason, its "not" the fault's own.
  fold('(?:ระบบแอป|ระบบ|แอป)(?:ร้านค้า|ร้าน)?\\s?(?:ยัง)?(?:ไม่อัปเดต|ไม่อัพเดท|ไม่พร้อม|ใช้ไม่ได้|ใช้งานไม่ได้)'),
  '平台(?:压款|押款|扣着钱|扣款太久|冻结)|(?:系统|平台|app|APP)(?:有问题|出问题|故障|有bug)|系統(?:有問題|故障)',
  '(?:システム|アプリ)(?:に|の)?(?:不具合|障害|エラー)',
  '(?:시스템|앱|플랫폼)\\s?(?:오류|에러|문제가)',
  '(?:платформа|приложение|система|сайт)\\s+(?:\\p{L}+\\s+)?(?:держит|удерживает|заморажива\\p{L}*|не\\s+работает|глючит)',
  // Stop 51: the platform or its order said to limit the seller ("Alibaba limits us", "ההזמנה באלי באבא מגבילה אותנו",
  // "Alibaba ограничивает", "阿里限制我们"): named as the obstacle to get round, not where to pay.
  '(?:alibaba|aliexpress|платформа|заказ)\\s+(?:\\p{L}+\\s+)?ограничива\\p{L}*|(?:阿里|平台|订单|訂單)\\S{0,3}(?:限制|限额|限額)',
  '(?<![\\p{L}])ה?(?:הזמנה|פלטפורמה|מערכת)?\\s*ב?(?:אלי\\s?באבא|עליבאבא|אליבאבא|פלטפורמה)\\s+(?:\\p{L}+\\s+)?(?:מגביל\\p{L}*|חוסמ\\p{L}*)',
].join('|');
const COMPLAINT = new RegExp(`${COMPLAINT_LATIN}|${COMPLAINT_OTHER}|${LINK_EXPIRED_SOURCES.join('|')}`, 'gu');
const COMPLAINT_GATE =
  /hold|limit|restrict|restring|restrit|restreint|suspend|suspens|eingeschrankt|gesperrt|sospes|dibatasi|dibekukan|ditangguhkan|begrenzt|beschrankt|ogranicza|kisitl|sinirl|membatasi|gioi han|ограничива|限制|限额|限額|מגביל|חוסמ|keep|freez|retain|problem|issue|error|bug|down|broken|work|retien|congela|falla|funcion|retem|segura|erro|retient|bloqu|marche|halt|behalt|blockiert|fehler|trattiene|blocca|bermasalah|tutuyor|calis|arizal|giu tien|loi|ปญหา|ขดของ|ลม|อปเดต|อพเดท|ไมพรอม|ใชไมได|ใชงานไมได|压款|押款|扣|冻结|问题|問題|故障|bug|不具合|障害|エラー|오류|에러|문제|держит|удерживает|заморажива|работает|глючит/u;

/** "outside the platform", "fuera de la plataforma": what is said not to work is paying outside it. */
export const OUTSIDE_THE_PLATFORM = new RegExp(
  `\\b(?:outside|off|beyond|fuera\\s+de|hors\\s+de|ausserhalb|fora\\s+d[ao]|poza|disinda|di\\s+luar|ngoai)\\s+(?:(?:the|la|el|le|die|das|der|a|o|il|l')\\s*)?${PLATFORM_LATIN.replace("(?:the\\s+|la\\s+|a\\s+|o\\s+|die\\s+|das\\s+|le\\s+|l'|il\\s+)?", '')}\\b`,
  'u',
);

/** The text with every complaint about the platform blanked (same length, so offsets hold). */
export function withoutPlatformComplaints(text: string): string {
  if (!COMPLAINT_GATE.test(text) && !LINK_EXPIRED_GATE.test(text)) return text;
  return text.replace(COMPLAINT, (m) => ' '.repeat(m.length));
}

/** "the rest", "die restlichen", "el resto", "o restante", "le reste", "остаток", "kalan", "sisanya", "尾款", "나머지". */
const REMAINDER = new RegExp(
  [
    '\\b(?:the\\s+)?(?:rest|remaining|remainder|balance)\\b',
    '\\b(?:rest|restlich\\w*|restbetrag|restzahlung)\\b',
    '\\b(?:el\\s+|lo\\s+|o\\s+|il\\s+)?(?:resto|restante|restantes|saldo)\\b',
    '\\b(?:le\\s+)?(?:reste|restant|solde)\\b',
    '\\b(?:geri\\s+)?(?:kalan\\w*|bakiye\\w*)\\b',
    '\\b(?:sisa\\w*|pelunasan|baki)\\b',
    '\\b(?:con\\s+lai|phan\\s+con\\s+lai)\\b',
    '\\b(?:reszt\\w*|pozosta\\w*)\\b',
    '(?<![\\p{L}])(?:остат\\p{L}*|оставш\\p{L}*|залиш\\p{L}*)',
    '剩下的?|剩余|余款|尾款|残り|残金|残額|나머지|잔금|الباقي|المتبقي',
  ].join('|'),
  'gu',
);

/**
 * The clause (as `clauseWithout` gives it, the match marked " ~ ") read from the last remainder word standing
 * within 60 characters before the match; the whole clause when there is none.
 */
export function fromRemainder(clause: string): string {
  const mark = clause.indexOf(' ~ ');
  if (mark < 0) return clause;
  const before = clause.slice(Math.max(0, mark - 60), mark);
  REMAINDER.lastIndex = 0;
  let last = -1;
  for (let m = REMAINDER.exec(before); m !== null; m = REMAINDER.exec(before)) {
    last = m.index;
    if (m[0].length === 0) REMAINDER.lastIndex++;
  }
  if (last < 0) return clause;
  const cut = Math.max(0, mark - 60) + last;
  // Only after a first part: "40 % über Alibaba, die restlichen 60 % per Wise". "On Alibaba you can pay the balance
  // by PayPal" names no first part, and the platform still governs the whole payment.
  return FIRST_PART.test(clause.slice(0, cut)) ? clause.slice(cut) : clause;
}

/** A first share paid: a percentage, a deposit, "first", "half", in the languages read. */
const FIRST_PART =
  /\d\s*[%％]|\b(?:deposit|first|part|half|advance|anzahlung|erste\w*|teil\w*|halfte|deposito|entrada|sinal|primer\w*|primeir\w*|mitad|metade|acompte|premier|premiere|moitie|acconto|anticipo|meta|kapora|pesin|dp|uang\s+muka|dat\s+coc|tra\s+truoc|zaliczk\w*|polow\w*|voorschot|aanbetaling|helft)\b|(?<![\p{L}])(?:предоплат\p{L}*|аванс\p{L}*|половин\p{L}*|перв\p{L}*)|定金|订金|訂金|首付|先付|一半|前金|手付|半額|선금|계약금|절반|عربون|دفعة\s+أولى/u;
