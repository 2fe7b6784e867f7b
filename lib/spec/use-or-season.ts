/**
 * A value made to follow the season or the way the goods are used: "300-500 g/m², afhankelijk van seizoen", "Colour
 * hold: selon usage", "8 h, depending on usage", "je nach Jahreszeit", "根据季节". Neither is anything the buyer can
 * measure at inspection, so the figure before it (or the field, when the condition is all it says) binds nothing.
 * Unlike a bare "according to", which also cites drawings and standards ("según plano", "selon norme"), these nouns
 * name no document, so the condition is read under any label.
 */
import { anyOf, cjk, latinWords, regex, scriptWords } from './patterns';

export const BY_USE_OR_SEASON = anyOf(
  latinWords([
    "(?:it )?depend(?:s|ing|ent)?(?: on| upon)? (?:the )?(?:customer[’']?s? |your |actual |daily |end[- ]user[’']?s? )?(?:seasons?|weather|climate|usage|use|using|application|how (?:it is|you) use)",
    '(?:varies|may vary|can vary) (?:with|by|according to) (?:the )?(?:seasons?|weather|usage|use)',
    'afhankelijk van (?:het |de )?(?:seizoen|gebruik|weer)',
    '(?:je nach|abhängig von der) (?:Saison|Jahreszeit|Nutzung|Gebrauch|Verwendung|Wetter|Anwendung)',
    'saison(?:al)?abhängig',
    '(?:según|dependiendo de|depende de)(?: la| el)? (?:temporada|estación|uso|clima)',
    "(?:selon|suivant|en fonction de)(?: la| l[’'])? ?(?:saison|usage|utilisation|météo)",
    "(?:a seconda dell[’'](?:uso|utilizzo)|a seconda della stagione)",
    '(?:dependendo|depende|conforme)(?: d[aoe])? (?:a |o )?(?:estação|temporada|uso|clima)',
    '(?:w )?zależn(?:ie|ości) od (?:sezonu|użytkowania|pogody)',
    'tergantung (?:musim|pemakaian|penggunaan|cuaca)',
    '(?:tùy|tuỳ) (?:theo )?(?:mùa|cách sử dụng)',
    'mevsime göre',
    'kullanıma göre',
  ]),
  scriptWords([
    '(?:в )?зависимости от (?:сезона|использования|погоды|эксплуатации)',
    '(?:в )?залежн(?:о|ості) від (?:сезону|використання|погоди)',
  ]),
  cjk(['(?:根据|看|视|按|随)(?:季节|使用情况|使用习惯|天气)(?:而定|不同)?', '季節によ', '使用状況によ']),
);

/** The value is the condition and nothing else: "Tenue de la couleur: selon usage", "Load: depends on use". */
const CONDITION_ONLY = regex(`^\\s{0,3}(?:${BY_USE_OR_SEASON})[\\s.。)）]*$`, 'iu');

/** Whether a field's value is only a season or use condition, with no figure or word of its own. */
export const onlyUseOrSeason = (value: string): boolean => CONDITION_ONLY.test(value);
