/**
 * "Conductor: CCA / pure copper (optional)", "Mango: nhôm hoặc inox (tùy chọn)", "Box: kraft or white (optional)":
 * two values joined by a slash or an "or" and then marked optional. The supplier lists what can be made; the order
 * still has to say which one ships, and until it does the cheaper side (CCA for copper) passes as agreed.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import { WHY_ALTERNATIVES } from './alternatives';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { regex } from './patterns';
import { vagueFinding } from './spec-finding';

/** One side of the choice: up to three words or codes ("pure copper", "CCA", "SUS 304"). */
const SIDE = String.raw`[\p{L}\p{N}][\p{L}\p{N}.+#-]*(?:\s[\p{L}\p{N}][\p{L}\p{N}.+#-]*){0,2}`;
const JOIN = String.raw`\s{0,2}/\s{0,2}|\s{1,2}(?:or|o|ou|oder|veya|ya da|hoặc|atau|lub|или|या|أو)\s{1,2}|\s{0,2}(?:或|或者|또는|หรือ)\s{0,2}`;
/** "(optional)" and its kin in the languages read; with or without brackets, closing the choice. */
const OPTIONAL = `(?:optional|as an option|opcional|optionnel(?:le)?|en option|wahlweise|optional|opzionale|tùy chọn|isteğe bağlı|opsiyonel|opsional|opcjonalnie|опционально|اختياري|वैकल्पिक|可选|任选|선택|オプション)`;
/**
 * The choice is read only where an "optional" word stands: a side may start at every code of a run like "1-1-1-…" and
 * read to its end, so a long run with no such word would cost time growing with its square for nothing.
 */
const HAS_OPTIONAL = regex(OPTIONAL, 'iu');
const CHOICE = regex(
  String.raw`(?<![\p{L}\p{N}])(${SIDE}(?:${JOIN})${SIDE}(?:(?:${JOIN})${SIDE}){0,3})\s{0,2}[(（[]?\s{0,2}${OPTIONAL}\s{0,2}[)）\]]?`,
  'giu',
);

/**
 * "Material: brass or copper", "सामग्री: पीतल या तांबा", "Материал: латунь или медь": under a material label, a
 * value that is nothing but two names joined by "or" is the choice itself, whatever language names the metals.
 */
// "304 or better", "ABS or similar", "PP or not": an open or refused second side, which other rules read.
const OPEN_SIDE = String.raw`(?!(?:better|higher|above|superior|equivalent|similar|equal|comparable|not|none|mejor|besser|höher\p{L}*|meilleur|mieux|supérieure?|melhor|acima|migliore|superiore|equivalente|similar|gleichwertig\p{L}*|ähnlich\p{L}*|vergleichbar\p{L}*|[ée]quivalent\p{L}*|similaire|simile|semelhante|parecido|eşdeğer\p{L}*|muadil\p{L}*|tương đương|tương tự|аналог\p{L}*|эквивалент\p{L}*)(?![\p{L}])|以上|更好|更高|同等|类似|相当|เทียบเท่า)`;
// Joined by a word only: a slash inside a value is as often one name ("18/8 stainless steel", "PU/PVC coated").
const WORD_JOIN = String.raw`\s{1,2}(?:or|o|ou|oder|veya|ya da|hoặc|atau|lub|или|या|أو)\s{1,2}|\s{0,2}(?:或|或者|또는|หรือ)\s{0,2}`;
const WHOLE_VALUE_CHOICE = regex(
  String.raw`^\s*(${SIDE}(?:${WORD_JOIN})${OPEN_SIDE}${SIDE})\s*[.。]?\s*$`,
  'iu',
);

export function wholeValueChoice(value: string): { start: number; end: number; seen: string } | undefined {
  const m = WHOLE_VALUE_CHOICE.exec(value);
  if (!m) return undefined;
  const start = value.indexOf(m[1]!);
  return { start, end: start + m[1]!.length, seen: m[1]! };
}

/** "— this order: matte", "selected: CCA", "pedido: mate": the line goes on to name which side ships. */
const PICK_WORD = String.raw`(?:this\s+order|for\s+this\s+order|selected|chosen|ordered|our\s+pick|buyer'?s?\s+choice|este\s+pedido|seleccionad[oa]|elegid[oa]|ce\s+lot|cette\s+commande|choisie?|diese\s+bestellung|gewählt|gewaehlt|questo\s+ordine|scelt[oa]|este\s+pedido|escolhid[oa]|本次订单|本单|选定|已选|選定)`;
const SIDE_SPLIT = new RegExp(JOIN, 'iu');
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pickNamedAfter(choice: string, rest: string): boolean {
  return choice
    .split(SIDE_SPLIT)
    .map((side) => side.trim())
    .filter((side) => side.length > 0)
    .some((side) =>
      new RegExp(`${PICK_WORD}\\s*[:：=-]?\\s*${escapeRe(side)}(?![\\p{L}\\p{N}])`, 'iu').test(rest),
    );
}

export const optionalChoiceDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause): Finding[] {
    if (
      clause.attribute === 'performance' ||
      clause.attribute === 'quantity' ||
      clause.attribute === 'shipDate'
    )
      return [];
    const value = clause.text.slice(clause.valueStart);
    const found: Finding[] = [];
    if (!HAS_OPTIONAL.test(value)) return [];
    for (const m of value.matchAll(CHOICE)) {
      const start = clause.valueStart + m.index;
      const end = start + m[0].trimEnd().length;
      if (pickNamedAfter(m[1]!, clause.text.slice(end))) continue;
      found.push(
        vagueFinding(clause.attribute ?? 'material', clause, {
          start,
          end,
          why: WHY_ALTERNATIVES,
          fix: msg('spec.fix.alternatives', { seen: m[1]! }),
        }),
      );
    }
    return found;
  },
};
