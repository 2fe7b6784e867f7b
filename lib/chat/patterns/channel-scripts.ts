import { anyOf } from '../match';
import type { ChannelPattern } from './languages/pack';

/**
 * Apps written in the buyer's own script, and an app's id given in brackets. The shared channel list reads the
 * brand's Latin spelling and a few local ones (Cyrillic, Devanagari, Hebrew, Persian); sellers writing to Japanese,
 * Korean, Urdu, Bengali or Thai buyers spell the app the way those buyers read it (ワッツアップ, 위챗, واٹس ایپ,
 * হোয়াটসঅ্যাপ, วอทส์แอพ), and a filter that only knows "WhatsApp" lets them through. These full local spellings name
 * nothing else, so, like the Latin brand name, they are read as the app wherever they stand (a description beside
 * them — "WhatsApp-green" — is dropped by the brand-word guard).
 *
 * Text is normalised first: Thai and Bengali lose their vowel signs and marks (วอทส์แอพ → วอทสแอพ, হোয়াটসঅ্যাপ →
 * হযটসঅযপ), so the words below are written the same way; full-width brackets and colons become ASCII.
 */

/** WhatsApp: Japanese, Korean, Urdu (Perso-Arabic with ٹ), Bengali, Thai. */
const WHATSAPP = [
  'ワッツ\\s?アッ?プ',
  '왓츠\\s?앱|왓츠\\s?어플',
  'واٹس\\s?(?:ایپ|اپ|آپ|ایب)|وٹس\\s?(?:ایپ|اپ)',
  'হযটস\\s?(?:অযপ|আপ|এপ)',
  'วอทส?\\s?แอ(?:พ|ป)',
].join('|');

/** WeChat: Japanese, Korean, Arabic, Persian/Urdu, Thai (วีแชท → วแชท). */
const WECHAT_NAMES = [
  'ウィー?\\s?チャット|ウイ\\s?チャット',
  '위\\s?챗',
  'وي\\s?(?:تشات|شات)|ويتشات|وی\\s?(?:چت|چیٹ)|ویچت',
  'วแชท',
].join('|');
/**
 * Not its wallet: "위챗페이로 보내주시면", "ウィーチャットペイで", "وي تشات باي" name WeChat Pay, a way of paying that the
 * payment rules judge; read as the chat app it would add a move of the talk that the message does not make. Korean,
 * Japanese and Thai glue their particles on ("위챗페이로"); in Arabic script and Latin the word must end there, since
 * Persian "پیام" (a message) begins like "پی".
 */
const WECHAT = `(?:${WECHAT_NAMES})(?!\\s?(?:페이|ペイ|เพย|(?:باي|بای|پی|pay)(?![\\p{L}\\p{M}])))`;

/** Telegram: Arabic, Urdu, Bengali (টেলিগ্রাম → টলগরম), Thai, Greek. */
const TELEGRAM = [
  'تي?لي?(?:جرام|غرام|گرام)',
  'ٹیلی?\\s?گرام',
  'টলগরম',
  'เทเลแกรม',
  'τ[εέ]λεγκρ[αά]μ|τ[εέ]λεγρ[αά]μ',
].join('|');

/**
 * The app's notifications as what a product shows: "یہ گھڑی واٹس ایپ نوٹیفکیشن سپورٹ کرتی ہے", "এই ঘড়িতে
 * হোয়াটসঅ্যাপ নোটিফিকেশন দেখা যায়" (as normalised: নটফকশন), "το ρολόι δείχνει ειδοποιήσεις". The shared brand guard reads
 * this feature in the languages whose words it knows; Urdu, Bengali and Greek have none there, so the sentence is read
 * here: a word for notifications, with a device or a verb of showing or support, and nobody asked to add, write or call
 * and no number or handle (the lookahead runs over the whole sentence).
 */
const NOTIFICATION_FEATURE = new RegExp(
  [
    '^(?![\\s\\S]*(?:\\d{5}|@|میرا|میری|ہمارا|ہمیں|مجھے|رابطہ|ایڈ|میسج\\s+کر|کال\\s+کر|আমর|আমদ|যগযগ|অযড|মসজ\\s?কর|কল\\s?কর|μου|μας|επικοινων|προσθ|στε[ιί]λ|γρ[αά]ψ|καλ[εέ]σ))',
    '[\\s\\S]*(?:نوٹیفکیشن|نوٹیفیکیشن|اطلاعات|নটফকশন|ন[টত]ফকশন|ειδοποι[ηή]σ)',
    '[\\s\\S]*$',
  ].join(''),
  'u',
);
const NOTIFICATION_DEVICE =
  /گھڑی|سپورٹ|دکھات|ঘড|দখ|সপরট|ρολ[οό]ι|δε[ιί]χνει|υποστηρ[ιί]ζει|smart\s?watch|watch|band/u;

/** Viber: Arabic/Persian, Thai (ไวเบอร์ → ไวเบอร), Greek. */
const VIBER = ['فايبر|وایبر', 'ไวเบอร', 'β[αά][ιϊ]μπερ'].join('|');

/**
 * An app followed by its id in brackets: "LINE（ID：abc）にてご連絡ください", "WeChat (ID: lily88)", "Telegram [@shop]",
 * "WhatsApp (+44 7700…)". The bracket holds the id, a handle or a number — what one adds — so the app is named as
 * where to find the seller; "Line (production line 2)" or "WhatsApp (notifications)" hold none of these.
 */
const BRACKETED_ID =
  '\\s*[(\\[【「〔]\\s*(?:(?:id|tel|no|number)\\.?\\s*[:：=]?\\s*[@+]?[a-z0-9_.-]{2,}|@\\s?[a-z0-9_.]{3,}|\\+?\\d(?:[\\s.-]?\\d){6,})';

/**
 * LINE is also a production line: "Production line (No. 12)", "Line (No. 3) for cases". For it, "No." must be
 * followed by something an id has (a letter, a handle or a phone number); the word "ID" itself still counts.
 */
const BRACKETED_LINE_ID =
  '\\s*[(\\[【「〔]\\s*(?:(?:id|tel)\\.?\\s*[:：=]?\\s*[@+]?[a-z0-9_.-]{2,}|(?:no|number)\\.?\\s*[:：=]?\\s*(?:@?(?=[a-z0-9_.-]*[a-z])[a-z0-9_.-]{3,}|\\+?\\d(?:[\\s.-]?\\d){6,})|@\\s?[a-z0-9_.]{3,}|\\+?\\d(?:[\\s.-]?\\d){6,})';

const bracketed = (channel: string, gate: RegExp, names: string, id = BRACKETED_ID): ChannelPattern => ({
  channel,
  kind: 'explicit',
  what: 'a request to talk outside the platform',
  // The app's name is the gate (every match starts with it); a bracket alone is too common a character.
  gate,
  brandWord: true,
  re: anyOf(`(?<![a-z])(?:${names})${id}`),
});

/** Both readings of a feature: the notifications and what shows them. */
const IS_NOTIFICATION_FEATURE = new RegExp(
  `(?=${NOTIFICATION_FEATURE.source})(?=[\\s\\S]*(?:${NOTIFICATION_DEVICE.source}))`,
  'u',
);

export const SCRIPT_CHANNEL_PATTERNS: readonly ChannelPattern[] = [
  {
    channel: 'WhatsApp',
    kind: 'explicit',
    what: 'a move to WhatsApp',
    unless: IS_NOTIFICATION_FEATURE,
    unlessIn: 'sentence',
    gate: /ワッツ|왓츠|واٹس|وٹس|হযটস|วอท/,
    brandWord: true,
    re: anyOf(WHATSAPP),
  },
  {
    channel: 'WeChat',
    kind: 'explicit',
    what: 'a move to WeChat',
    unless: IS_NOTIFICATION_FEATURE,
    unlessIn: 'sentence',
    gate: /チャット|챗|تشات|شات|چت|چیٹ|วแชท/,
    brandWord: true,
    re: anyOf(WECHAT),
  },
  {
    channel: 'Telegram',
    kind: 'explicit',
    what: 'a move to Telegram',
    unless: IS_NOTIFICATION_FEATURE,
    unlessIn: 'sentence',
    gate: /جرام|غرام|گرام|টলগরম|เทเลแกรม|τελεγ|τέλεγ/,
    brandWord: true,
    re: anyOf(TELEGRAM),
  },
  {
    channel: 'Viber',
    kind: 'explicit',
    what: 'a move to Viber',
    unless: IS_NOTIFICATION_FEATURE,
    unlessIn: 'sentence',
    gate: /فايبر|وایبر|ไวเบอร|βαιμπερ|βαϊμπερ|βάιμπερ|βάϊμπερ/,
    brandWord: true,
    re: anyOf(VIBER),
  },
  bracketed('Line', /line|ライン/, 'line|ライン', BRACKETED_LINE_ID),
  bracketed('WeChat', /wechat|weixin|微信/, 'wechat|weixin|微信'),
  bracketed('WhatsApp', /whats|wa/, 'whats\\s?app|wa'),
  bracketed('Telegram', /telegram|tg/, 'telegram|tg'),
  bracketed('Viber', /viber/, 'viber'),
  bracketed('KakaoTalk', /kakao|카톡/, 'kakao\\s?talk|카톡'),
  bracketed('Zalo', /zalo/, 'zalo'),
];
