/**
 * "Numeração: 34 ao 39 (grade 1-2-3-3-2-1)", "Pointure : du 36 au 41, une paire par taille", "Size: 38-42, assortment
 * 1-2-2-2-1": a run of numbered shoe or garment sizes with how many of each go in the order. Every size of the run is
 * named by the ends and each is counted, so the run is the order's size split, not a range the supplier picks a size
 * from. The ratio must count every size of the run (six parts for 34 to 39); a run with no assortment stays read as
 * an open range, and a ratio that does not fit the run is no proof of one.
 */

/** "34 ao 39", "du 36 au 41", "36-41", "36 to 41", "del 36 al 41", "von 38 bis 42": whole numbered sizes 15 to 59. */
const RUN =
  /^\s{0,2}(?:(?:from|du|de|del|da|do|von|dal|van)\s{1,2})?([1-5]\d)\s{0,2}(?:-|–|to|au|ao|a|al|à|bis|al|tot|t\/m)\s{0,2}([1-5]\d)(?![\d]|[.,]\d)/iu;
/** "(grade 1-2-3-3-2-1)", ", assortment 1:2:2:1", "(1-2-2-1)": the count of each size, in the run's order. */
const RATIO =
  /^[\s,;(]{0,3}(?:(?:size\s)?(?:ratio|assortment|curve|breakdown)|grade(?:\sde\s(?:tamanhos|numeração))?|proporci[oó]n|surtido|assortiment|r[ée]partition|sortimento|Sortierung|Größenverteilung|配码)?\s{0,2}[:：]?\s{0,2}(\d{1,2}(?:\s{0,1}[-:/]\s{0,1}\d{1,2}){2,})\s{0,2}\)?\s{0,2}[.;]?\s{0,2}$/iu;
/** ", one pair per size", "une paire par taille", "un par por talla", "um par por número", "1 Paar pro Größe". */
const ONE_EACH =
  /^[\s,;(]{1,3}(?:one|1|une|un|um|uma|ein)\s{1,2}(?:pair|paire|par|Paar|piece|pièce|pieza|peça)s?\s{1,2}(?:per|each|par|por|de\scada|pro|je)\s{1,2}(?:size|taille|pointure|talla|número|numero|tamanho|Größe)\s{0,2}\)?\s{0,2}[.;]?\s{0,2}$/iu;

/**
 * "selon répartition jointe (annexe B)", "as per the attached size breakdown", "según distribución adjunta", "laut
 * Größenverteilung Anlage 2": the count of each size stands in a document the order attaches (stop 44). The split must
 * be said to be attached or carry a document's number; "as per breakdown" alone points at nothing.
 */
const SPLIT_IN_DOCUMENT =
  /^[\s,;(]{0,3}(?:as\s+per|per|according\s+to|selon|suivant|según|conforme|segundo|laut|gemäß|volgens|secondo)\s{1,2}(?:(?:the|la|le|el|a|o|die|der|de|il)\s{1,2})?(?:attached\s{1,2}|enclosed\s{1,2})?(?:size\s{1,2})?(?:breakdown|split|ratio|assortment|distribution|répartition|distribución|distribuição|grade|Größenverteilung|Sortierung|verdeling|ripartizione)\b/iu;
const DOCUMENT_NAMED =
  /\b(?:attached|enclosed|jointe?|ci-jointe?|adjunta|anexa|anexo|beigefügt\w*|bijgevoegd\w*|allegat[ao])\b|\b(?:annex\w*|appendix|anexo|anexa|Anlage|bijlage|allegato|sheet|fiche|ficha|hoja|Blatt)\s{0,2}(?:n[º°o.]\s{0,2})?[A-Z0-9][\w.-]{0,10}/iu;

/** Whether a size field's value is a run of numbered sizes with an assortment that counts each of them. */
export function assortedSizeRun(value: string): boolean {
  const run = RUN.exec(value);
  if (!run) return false;
  const sizes = Number(run[2]) - Number(run[1]) + 1;
  if (!(sizes >= 2 && sizes <= 15)) return false;
  const rest = value.slice(run[0].length);
  if (ONE_EACH.test(rest)) return true;
  if (SPLIT_IN_DOCUMENT.test(rest) && DOCUMENT_NAMED.test(rest)) return true;
  const ratio = RATIO.exec(rest);
  return ratio !== null && ratio[1]!.split(/[-:/]/u).length === sizes;
}
