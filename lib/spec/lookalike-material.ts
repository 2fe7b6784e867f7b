/**
 * A material named by its feel or look instead of what it is: "100% cotton feel", "leather-look PU", "wood-like
 * finish", "imitation leather", "tacto algodón", "effet cuir", "Lederoptik", "仿皮", "棉感". The words name what the
 * goods imitate; any fibre or plastic that feels or looks that way matches them, so "100%" before them measures
 * nothing. The real material, when the line names it as well, is read by the material rule as usual.
 */
import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, scriptWords } from './patterns';
import type { VagueHit } from './spec-finding';

/** The materials a cheaper one is made to feel or look like. */
const IMITATED =
  '(?:cotton|linen|silk|wool|cashmere|leather|suede|wood(?:en)?|bamboo|marble|stone|metal|steel|chrome|gold|silver|rattan|velvet|denim|fur)';
const IMITATED_ES = '(?:algodón|lino|seda|lana|cuero|piel|madera|mármol|piedra|metal|ante|terciopelo)';
const IMITATED_FR = '(?:coton|lin|soie|laine|cuir|daim|bois|marbre|pierre|métal|velours)';
const IMITATED_PT = '(?:algodão|linho|seda|lã|couro|camurça|madeira|mármore|pedra|metal|veludo)';
const IMITATED_IT = '(?:cotone|lino|seta|lana|pelle|cuoio|legno|marmo|pietra|metallo|velluto)';

const LOOKALIKE = anyOf(
  latinWords([
    // "100% cotton feel", "cotton-touch", "leather look", "wood-like", "silk-like fabric", "marble effect".
    `(?:\\d{1,3}\\s?%\\s?)?${IMITATED}[- ](?:feel(?:ing)?|touch|hand ?feel|look(?:ing)?|effect|texture|imitation|appearance|style)`,
    `(?:\\d{1,3}\\s?%\\s?)?${IMITATED}-like`,
    `(?:imitation|faux|fake|simulated|artificial|mock|look-?alike) ${IMITATED}`,
    `(?:tacto|toque|efecto|aspecto|imitación|símil|simil|tipo) (?:de )?${IMITATED_ES}`,
    `(?:toucher|aspect|effet|façon|imitation|simili)[- ]?(?:de )?${IMITATED_FR}`,
    `(?:toque|efeito|aspecto|imitação|tipo) (?:de )?${IMITATED_PT}`,
    `(?:effetto|tatto|finto|finta|simil|tipo) ?${IMITATED_IT}`,
    'similpelle',
    '(?:Leder|Holz|Baumwoll|Seiden|Metall|Marmor|Stein|Wildleder)(?:-?[Oo]ptik|-?[Hh]aptik|-?[Ll]ook|imitat)',
    '(?:imitacja|imitacji) (?:skóry|drewna|kamienia|marmuru)',
    '(?:deri|ahşap|ipek|mermer) (?:görünümlü|hissi|dokulu)',
    'giả (?:da|gỗ|lụa|đá)',
    '(?:kulit|kayu) (?:imitasi|sintetis)',
    '(?:leer|hout|katoen|zijde|marmer)(?:look|-look|gevoel|effect)',
  ]),
  scriptWords(['под (?:кожу|дерево|мрамор|камень)', 'имитаци[яи] (?:кожи|дерева|мрамора)']),
  cjk([
    '仿(?:皮|真皮|木纹?|棉|麻|真丝|丝|大理石|石纹|金属)',
    '(?:棉|皮|丝|麻)感',
    '(?:レザー|木目|大理石|コットン)(?:調|風|タッチ)',
  ]),
);

const WHY = msg('spec.why.materialLookalike');
const FIX = msg('spec.fix.material', {
  example: '"100% cotton, 180 gsm" or "PU-coated polyester, 0.8 mm" (the fibre or polymer itself)',
});

export function lookalikeMaterials(text: string): VagueHit[] {
  return findAll(LOOKALIKE, text).map((m) => ({ start: m.start, end: m.end, why: WHY, fix: FIX }));
}
