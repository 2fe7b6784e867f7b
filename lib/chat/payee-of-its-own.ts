/**
 * A request that names its own payee — "my personal account", "บัญชีส่วนตัว", "我的个人账户", "mi cuenta personal",
 * "tài khoản cá nhân", "rekening pribadi", "another account" — is a new request, and a platform named in an earlier
 * part of the same clause ("ชำระเงินเรียบร้อยแล้วผ่านระบบ ค่าส่งโอนเข้าบัญชีส่วนตัว", paid through the system, the
 * shipping fee into my personal account) speaks of that earlier payment, not of this one. Thai and Chinese often
 * write such a clause with a space where a European language puts a full stop, and "…pagado por el sistema y el
 * envío a mi cuenta personal" joins the two with "and": both are where the part holding the request begins. Only
 * an anchor in the request's own part ("…โอนเข้าบัญชีส่วนตัวผ่านระบบ", the system pays it) still ties it to the
 * platform.
 */

/** The payee named as the writer's own or another one, in normalised text (lower-case, accents and Thai marks dropped). */
const OWN_PAYEE = new RegExp(
  [
    '\\b(?:personal|private|privat\\w*|personnel\\w*|personale|pessoal|propia|propio|ca\\s+nhan|rieng|pribadi|kisisel|prywatn\\w*|osobist\\w*|another|other|otra|otro|outra|autre|andere\\w*|altro|altra|khac|lain|baska)\\b',
    '(?<![\\p{L}])(?:личн\\p{L}*|друг\\p{L}*|особист\\p{L}*|інш\\p{L}*)',
    '个人|個人|私人|其他|其它|别的|別的|另一个|另一個|個人口座|別の口座|他の口座|개인|다른\\s?계좌',
    // Thai, folded: "ส่วนตัว" (personal), "ของแม่ค้า" / "ของพ่อค้า" (the seller's own), "บัญชีอื่น" (another account),
    // "บัญชีร้าน" / "ของร้าน" (the shop's own account), "พร้อมเพย์" (PromptPay, a phone-number payee), "นอกระบบ" (outside
    // the system) and "โอนตรง" (transfer direct): "ไม่ต้องโอนเพิ่มในแอป ค่าส่งโอนเข้าบัญชีร้าน" (red team, stop 37).
    'สวนตว|แมคา|พอคา|บญชอน|อกบญช|บญชราน|ของราน|พรอมเพย|นอกระบบ|โอนตรง',
  ].join('|'),
  'u',
);

/**
 * Where the part holding a request begins or ends inside a clause: a space between two letters of a script written
 * without spaces (Thai, Chinese, Japanese), or "and"/"but" opening a new payment in a Latin language.
 */
const PART_BREAK =
  /(?<=[\u0e00-\u0e7f\u3040-\u9fff])\s+(?=[\u0e00-\u0e7f\u3040-\u9fff])|\s(?:and|but|y|pero|e|mas|et|mais|und|aber|ma|dan|tapi|lalu|va|nhung|ve|ama)\s|但是|不过|不過|另外|然后|然後/gu;

/** The request names its own payee: the matched words hold a personal, the seller's own or another account. */
export function namesOwnPayee(match: string): boolean {
  return OWN_PAYEE.test(match);
}

/**
 * The part of `clause` (as clauseWithout gives it, the match marked " ~ ") that holds the match: from the last part
 * break before the mark to the first one after it.
 */
export function requestPart(clause: string): string {
  const mark = clause.indexOf(' ~ ');
  if (mark < 0) return clause;
  let from = 0;
  let to = clause.length;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(clause); m !== null; m = PART_BREAK.exec(clause)) {
    const end = m.index + m[0].length;
    if (end <= mark) from = end;
    else if (m.index >= mark + 3) {
      to = m.index;
      break;
    }
  }
  PART_BREAK.lastIndex = 0;
  return clause.slice(from, to);
}
