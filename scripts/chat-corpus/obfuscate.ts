/**
 * Seeded obfuscation transformer for the chat corpus: turns a clean message into the disguised forms seen in
 * real scam chats (trade-assurance-rules.md §3, peers.md "scam-text filters"). Deterministic for a seed.
 *
 * Tricks: spacing ("p a y p a l"), dashes ("p-a-y-p-a-l"), homoglyphs (Cyrillic/Greek look-alikes),
 * zero-width characters, full-width forms, leet (a→4, e→3, o→0, i→1, s→5, t→7), emoji-split digits.
 */
export type Trick =
  | 'spacing'
  | 'dashes'
  | 'homoglyphs'
  | 'zero-width'
  | 'full-width'
  | 'leet'
  | 'emoji-digits';
export const TRICKS: readonly Trick[] = [
  'spacing',
  'dashes',
  'homoglyphs',
  'zero-width',
  'full-width',
  'leet',
  'emoji-digits',
];

/** mulberry32: small, seeded, good enough to pick tricks reproducibly. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The words a scammer disguises (Latin and CJK); the transformer only touches these. */
const TARGETS =
  /pay\s?pal|whats\s?app|we\s?chat|western\s+union|money\s?gram|alipay|usdt|bitcoin|btc|telegram|skype|viber|payoneer|remitly|worldremit|xoom|wise|account|bank|direct(?:ly)?|outside|personal|private|trade\s+assurance|alibaba|transfer|beneficiary|e-?mail|cuenta|conta|compte|directement|directamente|direto|微信|支付宝|账户|帳戶|私人|直接|线下|счёт|счет|напрямую|телеграм/gi;
const HOMOGLYPH: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  s: 'ѕ',
  h: 'һ',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  K: 'Κ',
  M: 'Μ',
  O: 'Ο',
  P: 'Р',
  T: 'Τ',
  X: 'Χ',
  Y: 'Υ',
  W: 'Ԝ',
  j: 'ј',
  l: 'ӏ',
};
const LEET: Record<string, string> = {
  a: '4',
  e: '3',
  o: '0',
  i: '1',
  s: '5',
  t: '7',
  A: '4',
  E: '3',
  O: '0',
  I: '1',
  S: '5',
  T: '7',
};
const EMOJI = ['🔥', '✅', '👉', '⭐', '📞', '🌹'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

const isLatinWord = (w: string) => /^[A-Za-z][A-Za-z\s-]*$/.test(w);
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function disguise(word: string, trick: Trick, r: () => number): string {
  const letters = [...word.replace(/\s+/g, '')];
  switch (trick) {
    case 'spacing':
      return letters.join(' ');
    case 'dashes':
      return letters.join(r() < 0.5 ? '-' : '.');
    case 'homoglyphs':
      return [...word].map((c) => (HOMOGLYPH[c] && r() < 0.6 ? HOMOGLYPH[c] : c)).join('');
    case 'zero-width':
      return [...word]
        .map((c, i) => (i > 0 && r() < 0.5 ? ZERO_WIDTH[Math.floor(r() * ZERO_WIDTH.length)] + c : c))
        .join('');
    case 'full-width':
      return fullWidth(word);
    case 'leet':
      return [...word].map((c) => (LEET[c] && r() < 0.7 ? LEET[c] : c)).join('');
    default:
      return word;
  }
}

/** Digits of phone/account numbers regrouped with emoji: "138🔥2765🔥4410". IBANs are left alone. */
function emojiDigits(text: string, r: () => number): string {
  return text.replace(/(?<![A-Za-z]{2}\d{0,2}[\s-]?)(?<![A-Za-z0-9])\d[\d\s-]{6,}\d/g, (num) => {
    const digits = num.replace(/\D/g, '');
    const e = EMOJI[Math.floor(r() * EMOJI.length)]!;
    return digits.replace(/(\d{3,4})(?=\d)/g, `$1${e}`);
  });
}

export function applicableTricks(text: string): Trick[] {
  const targets = [...text.matchAll(TARGETS)].map((m) => m[0]);
  const out: Trick[] = [];
  if (targets.some(isLatinWord)) out.push('spacing', 'dashes', 'homoglyphs', 'leet', 'full-width');
  if (targets.length > 0) out.push('zero-width');
  if (/\d[\d\s-]{6,}\d/.test(text)) out.push('emoji-digits');
  if (targets.length > 0 && !out.includes('full-width')) out.push('full-width');
  return out;
}

/** One disguised variant: 1–2 tricks, applied to every target word (or digit run) of the message. */
export function obfuscate(text: string, seed: number): { text: string; tricks: Trick[] } {
  const r = rng(seed);
  const options = applicableTricks(text);
  if (options.length === 0) return { text, tricks: [] };
  const tricks: Trick[] = [];
  const count = options.length > 1 && r() < 0.4 ? 2 : 1;
  while (tricks.length < count) {
    const t = options[Math.floor(r() * options.length)]!;
    if (!tricks.includes(t)) tricks.push(t);
  }
  let out = text;
  for (const t of tricks) {
    if (t === 'emoji-digits') out = emojiDigits(out, r);
    else
      out = out.replace(TARGETS, (w) =>
        (t === 'spacing' || t === 'dashes' || t === 'leet' || t === 'homoglyphs') && !isLatinWord(w)
          ? w
          : disguise(w, t, r),
      );
  }
  return { text: out, tricks };
}
