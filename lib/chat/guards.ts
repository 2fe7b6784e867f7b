import { clauseWithout, once, type TextContext } from './text-context';

/**
 * Two things make a payment or contact phrase harmless: a negation in the same clause ("we don't accept
 * PayPal", "Western Union is not accepted", "never pay outside Alibaba"), or an anchor to the platform's own
 * payment ("the Citibank account on your Alibaba order page", "pay via the Alibaba checkout link").
 * The matched words are blanked first, so a phrase that is itself negative ("don't pay on Alibaba",
 * "Trade Assurance is not needed") is not cancelled by its own "not".
 */
const NEGATION = new RegExp(
  [
    // English
    "\\b(?:not|never|nor|cannot|can'?t|cant|won'?t|wont|don'?t|dont|doesn'?t|doesnt|didn'?t|isn'?t|aren'?t|unable|refuse[sd]?|ignore|beware|scams?|fraud\\w*|report)\\b",
    // Spanish / Portuguese / French
    '\\b(?:nunca|jamas|jamais|nao|nem|ni|pas|aucun\\w*|estafa\\w*|golpe\\w*|arnaque\\w*)\\b',
    "(?:^|[\\s(])n'",
    // Russian (JS \\b is ASCII-only, so Cyrillic words are bounded by letter look-arounds)
    '(?<![\\p{L}])(?:не|нет|никогда|нельзя|ни|мошенн\\p{L}*)(?![\\p{L}])',
    // Chinese (simplified and traditional)
    '不接受|不支持|不收|不能|不可以|不可|不要|不需要|不會|不会|不允许|不允許|不得|请勿|請勿|切勿|勿|禁止|拒绝|拒絕|没有|沒有|别|別|骗|騙|诈|詐',
  ].join('|'),
  'u',
);

const ANCHOR =
  /alibaba|aliexpress|trade\s?assurance|\bta\s+order|citi\s?bank|escrow|checkout|order\s+page|(?:on|in|through|via)\s+(?:the|your|our)\s+order|\border\s+(?:link|system)|pedido|commande|заказ\p{L}*|plataforma|plateforme|платформ\p{L}*|信保|信用保障|阿里|花旗|订单|訂單|平台/u;
const ANCHOR_G = new RegExp(ANCHOR.source, 'gu');
/** An anchor that is negated or about fees does not protect: "not through Alibaba", "Alibaba fees". */
const ANCHOR_UNDONE_BEFORE =
  /(?:\b(?:not|no|no need|without|outside|off|instead of|bypass\w*|skip\w*|avoid\w*|sin|sem|fuera|fora|hors|sans|cancel\w*|cancele|annul\w*)\s+(?:\w+\s+){0,3}$)|(?:(?:вне|без|мимо|отмени\p{L}*)\s+(?:\p{L}+\s+){0,2}$)|(?:不用|不需要|不要|不走|绕过|避开|取消|不必)\S{0,4}$/u;
const ANCHOR_UNDONE_AFTER =
  /^\S*\s*(?:'s\s+)?(?:fee|fees|charge|charges|commission|手续费|手續費|佣金|费用)/u;

/** English/Spanish "no" negates, but Portuguese "no" means "in the" ("me chama no zap", "pague no pedido"). */
const NO = /\bno\b(?!\s+(?:problem|worr\w*|doubt))/;
const PORTUGUESE =
  /\b(?:voce|voces|nao|meu|minha|nosso|nossa|pelo|pela|obrigad\w*|tambem|entao|conta|pagamento|pra|fale|chama|mande|manda|zap|pix|direto|seu|sua)\b/;

export function isNegated(tc: TextContext, start: number, end: number): boolean {
  const clause = clauseWithout(tc, start, end);
  if (NEGATION.test(clause)) return true;
  // Once per message: testing the whole text at every hit made a long message quadratic.
  return NO.test(clause) && !once(tc, 'portuguese', () => PORTUGUESE.test(tc.norm.text));
}

export function isAnchoredToPlatform(tc: TextContext, start: number, end: number): boolean {
  const clause = clauseWithout(tc, start, end);
  for (const m of clause.matchAll(ANCHOR_G)) {
    const before = clause.slice(Math.max(0, m.index - 40), m.index);
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!ANCHOR_UNDONE_BEFORE.test(before) && !ANCHOR_UNDONE_AFTER.test(after)) return true;
  }
  return false;
}
