/**
 * "RAL 9005, colour chip supplied", "Pantone 286 C, physical swatch sent by buyer", "RAL 9005, muestra de color
 * enviada", "RAL 7016, Farbmuster liegt bei", "Pantone 485 C, nuancier fourni": after a colour code, a clause that only
 * says a physical chip, swatch or sample of it travels with the order adds a reference to the code; it leaves nothing
 * open. Alone ("Colour: chip supplied") or with no code on the line, the colour still has no value and is asked.
 */
import { anyOf, latinWords, regex } from './patterns';

const PHYSICAL = latinWords([
  '(?:physical |colou?r |paint |approved |master |reference )*(?:chips?|swatch(?:es)?|samples?|cards?|dips?|plaques?)',
  '(?:muestras?|chips?|cartas?) (?:f[ií]sicas? )?(?:de )?colou?r',
  '(?:amostras?|cartelas?|chips?) (?:f[ií]sicas? )?(?:de )?cor',
  '(?:échantillons?|nuanciers?|plaquettes?|pastilles?)(?: (?:physiques?|de )?couleurs?)?',
  'Farb(?:muster|karte|chip|probe|fächer)n?',
  'campion[ei](?: (?:fisic[oi]|di colore|colore))?',
  'kleurstaal|kleurmonster',
]);
const SENT = latinWords([
  'supplied',
  'provided',
  'sent',
  'enclosed',
  'attached',
  'included',
  'to be sent by (?:the )?buyer',
  'from (?:the )?buyer',
  'by (?:the )?buyer',
  'enviad[oa]s?',
  'adjunt[oa]s?',
  'suministrad[oa]s?',
  'proporcionad[oa]s?',
  'fornecid[oa]s?',
  'enviad[oa]s?',
  'anexad[oa]s?',
  'fourni(?:e|s|es)?',
  'envoyée?s?',
  'joint(?:e|s|es)?',
  'liegt bei',
  'liegen bei',
  'beigelegt',
  'beigefügt',
  'mitgeschickt',
  'geliefert',
  'inviat[oi]',
  'fornit[oi]',
  'allegat[oi]',
]);
const WHOLE = regex(
  `^\\s{0,2}${PHYSICAL}(?:\\s{1,2}(?:is|are|will be|wird|werden|est|sont|es|son|é|são|è|sono))?\\s{1,2}${anyOf(SENT)}(?:\\s{1,2}(?:by|from|por|par|von|da|pelo|pela)\\s{1,2}(?:the\\s{1,2}|el\\s{1,2}|le\\s{1,2}|o\\s{1,2}|dem\\s{1,2})?(?:buyer|customer|client[e]?|comprador|acheteur|Käufer|Kunden?|cliente))?\\s{0,2}[.;]?\\s{0,2}$`,
  'iu',
);

/** The clause's whole text says a physical colour reference is supplied, and nothing else. */
export function referenceSuppliedOnly(clauseText: string): boolean {
  if (clauseText.length > 80) return false;
  return WHOLE.test(clauseText);
}
