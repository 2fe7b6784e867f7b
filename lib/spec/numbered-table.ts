/**
 * "siehe Größentabelle Anlage 2", "selon fiche technique FT-220", "conforme ficha técnica nº 12", "see size chart,
 * annex 3": a field whose whole answer points at a numbered table, sheet or annex. The figure is written there, in a
 * document both sides hold, and the supplier is held to it as to the figure itself. Only with the number: "siehe
 * Tabelle", "as per data sheet" name no one document, and stay read as the field left open.
 */
import { regex } from './patterns';

/** The pointer word: "see", "per", "according to", and their kin in the languages read. */
const POINTER = String.raw`(?:see|refer\s(?:to)|as\sper|per|according\sto|acc\.?\sto|siehe|gem(?:ä|ae)ß|laut|lt\.|nach|voir|selon|conform[eé]ment\s(?:à|au)|cf\.?|ver|véase|según|conforme(?:\s(?:a|à|o|com))?|de\sacuerdo\scon|vedi|secondo|come\sda|zie|volgens|bkz\.?|göre)`;
/** A document noun, alone or ending a compound ("Größentabelle", "Datenblatt"), or opening a phrase ("fiche technique"). */
const DOCUMENT = String.raw`(?:[\p{L}-]{0,14}(?:table|chart|sheet|annex|appendix|attachment|exhibit|drawing|clause|section|tabelle|anlage|anhang|blatt|zeichnung|tableau|fiche|annexe|plan|tabla|ficha|anexo|planilla|tabela|folha|planilha|desenho|tabella|scheda|allegato|disegno|tabel|bijlage|blad|tekening|tablo|ek|föy))`;
/** The number that names which one: "2", "FT-220", "nº 12", "Nr. 4", "A-3". */
const NUMBER_OF_IT = String.raw`(?:n[º°o]\.?|nr\.?|no\.?|#|№)?\s{0,2}[A-Z]{0,4}[-\s]?\d[\w./-]{0,10}`;

const POINTS_TO_NUMBERED = regex(
  String.raw`^\s{0,2}${POINTER}\s{1,2}(?:(?:the|our|la|le|el|a|o|die|der|den|dem|unsere[mr]?|notre|nuestra|nossa)\s{1,2})?(?:[\p{L}-]{1,20}\s{1,2}){0,2}?${DOCUMENT}(?:\s{1,2}[\p{L}-]{1,14}){0,2}?[\s,]{1,3}${NUMBER_OF_IT}\s{0,2}[.)]?\s{0,2}$`,
  'iu',
);

/** Whether a field's whole value only points at a numbered table, sheet or annex. */
export function pointsToNumberedTable(value: string): boolean {
  return POINTS_TO_NUMBERED.test(value);
}
