import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * Apps and addresses written the way the r38 tuning set's writers (and the pages it was modelled on) write them,
 * where the shared channel list only reads the brand's own spelling:
 * - WhatsApp as Spanish speakers spell it ("wasap", the RAE's own spelling, "guasap", "wassap"; "wasapéame");
 * - LINE named in Chinese after a verb of adding ("可以加個Line嗎", "加我line", "用LINE聯絡"), since "line" alone is an
 *   English word and needs a cue;
 * - QQ, China's other messenger, by its name or its nickname 扣扣 / 企鹅, with a cue or its number ("加个扣扣",
 *   "QQ号 38765", "my QQ: 38765…"); a qq.com address is read by the e-mail rules;
 * - an address spelt "name (at) outlook" / "name [at] gmail": the "at" bracketed, the provider named, no dot needed;
 * - "email?" alone on a line: a one-word "shall we go to e-mail?", as "tg?" and "wa?" already are.
 * Words over normalised text (lower case, accents folded, full-width letters and digits read as ASCII).
 */

/** A line holding only the word and a question mark (French puts a space before it). */
const bareAsk = (names: string) => `(?<![^\\n])[ \\t]*(?:${names})[ \\t]*\\?+[ \\t]*(?![^\\n])`;

/** The mail providers whose name stands for a whole address ("lily (at) outlook"). */
const PROVIDERS =
  'gmail|yahoo|hotmail|outlook|live|yandex|icloud|proton\\s?mail|foxmail|gmx|aol|mail\\.ru|qq|163|126|sina|naver|daum|rediff';

/** The verbs and words that invite in Chinese, written before a Latin app name. */
const ZH_ADD = '(?:加|加一下|加個|加个|加我|加下|私訊|私讯|敲|聯絡|联系|聯繫|留)';
/** "用LINE聯絡我", "用QQ传给你": "use" counts only with a word of talking or sending after the app ("用line测量" measures). */
const ZH_USE_THEN_TALK = '(?:联系|聯絡|聯繫|私訊|私讯|找我|传|傳|发给|發給|聊|沟通|溝通)';

export const SPELT_CHANNEL_PATTERNS: readonly ChannelPattern[] = [
  {
    channel: 'WhatsApp',
    kind: 'explicit',
    what: 'a move to WhatsApp',
    gate: /wasa|guasa|wassa|whasa/,
    brandWord: true,
    re: anyOf('\\b(?:wasap|wassap|guasap|whasap|wasapp|guasapp)\\w*'),
  },
  {
    channel: 'Line',
    kind: 'explicit',
    what: 'a move to Line',
    gate: /line/,
    brandWord: true,
    // "加個Line嗎", "加我line", "用LINE聯絡我": the verb glued to the Latin name (no \b between CJK and a letter is
    // needed); "生產line" or "line 2" has no such verb.
    re: anyOf(
      `${ZH_ADD}\\s?(?:我|我的|一下|個|个)?\\s?line(?![a-z])`,
      `用\\s?line\\s?${ZH_USE_THEN_TALK}`,
      'line\\s?(?:好友|帳號|账号|號|号)',
    ),
  },
  {
    channel: 'QQ',
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /qq|扣扣|企鹅|企鵝/,
    brandWord: true,
    // "Our QQ group is for our workers", "我们的QQ群是员工内部用的": the seller's own staff channel, kept from buyers.
    unless:
      /\b(?:is|are)\s+(?:only\s+|just\s+)?(?:for|used\s+by)\s+(?:our\s+|the\s+)?(?:own\s+)?(?:workers?|staff|employees?|team\s+members|colleagues?)\b|\binternal\s+(?:use|only)\b|员工|員工|内部|內部/u,
    re: anyOf(
      // "扣扣子" is a button (加个扣扣子: sew on a button).
      `${ZH_ADD}\\s?(?:我|我的|一下|個|个)?\\s?(?:qq|扣扣(?!子)|企鹅|企鵝)(?![a-z.])`,
      `用\\s?(?:qq|扣扣)\\s?${ZH_USE_THEN_TALK}`,
      '(?<![a-z0-9])(?:qq|扣扣)\\s?(?:号|號|群|id)|(?<![a-z0-9])(?:qq|扣扣)\\s*[:：]?\\s*\\d(?:\\s?\\d){4,11}(?!\\d)',
      '\\b(?:my|our|add\\s+(?:me\\s+)?(?:on|via)?|contact\\s+(?:me\\s+)?(?:on|via))\\s*qq\\b(?!\\s?(?:mail|\\.))',
      '(?:我的|我们的|我們的)\\s?(?:qq|扣扣)',
    ),
  },
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /\bat\b|@|arroba/,
    re: anyOf(`\\b[a-z][a-z0-9._-]{2,}\\s*[([{<]\\s*(?:at|@|arroba)\\s*[)\\]}>]\\s*(?:${PROVIDERS})\\b`),
  },
  {
    channel: 'e-mail',
    kind: 'explicit',
    what: 'a move to e-mail',
    gate: /mail|correo|courriel/,
    re: anyOf(bareAsk('e-?mail|gmail|mail|correo|courriel|e-?mail\\s+address|your\\s+e-?mail|ur\\s+e-?mail')),
  },
];
