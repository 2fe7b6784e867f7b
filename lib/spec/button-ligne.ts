/**
 * "Knopen: 18L (11,5 mm) polyester 4-gaats", "Buttons: 24L resin, 4 holes": a button is graded by its ligne size (the
 * trade's button gauge, 40 lignes to the inch), its material and its holes; "polyester" or "resin" beside a ligne
 * size is the button's usual body, not a fabric left without composition. Read only when the clause names buttons
 * and gives their ligne size.
 */
const BUTTON =
  /\b(?:buttons?|knop(?:en|je|jes)?|boutons?|bot[oó]n(?:es)?|bot(?:ão|ões)|bottoni|bottone|Kn[öo]pfe?|guziki?|guzików|düğme(?:ler)?|kancing)\b|纽扣|钮扣|扣子/iu;
/** "18L", "24 L", "32 lignes", "ligne 20": a ligne size (14L–60L). */
const LIGNE =
  /(?<![\p{L}\d.,])(?:1[4-9]|[2-5]\d|60)\s{0,1}(?:L|lignes?)(?![\p{L}\d])|\blignes?\s{0,1}(?:1[4-9]|[2-5]\d|60)\b/u;

/** Whether the clause describes buttons by their ligne size. */
export function buttonByLigne(clause: string): boolean {
  return BUTTON.test(clause) && LIGNE.test(clause);
}
