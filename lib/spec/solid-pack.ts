/**
 * "solid size/colour per carton", "one size and one colour per box", "une seule taille par carton", "eine Größe pro
 * Karton", "talla única por caja": a packing rule (each carton holds a single size, not a mix), which anyone can
 * check by opening a carton. It does not say what the sizes are, so it is read only when the carton follows it.
 */
const SOLID_SIZE_PER_PACK = new RegExp(
  [
    // English: "solid size/colour", "single size & colour", "one size, one colour", then "per/in each carton".
    String.raw`\b(?:solid|single|one|same|unmixed)\s{1,2}(?:size|colou?r)(?:\s{0,2}(?:[/&,]|and)\s{0,2}(?:(?:one|single|solid)\s{1,2})?(?:size|colou?r))?\s{1,2}(?:per|in\s(?:each|every)|for\s(?:each|every)|each)\s{1,2}(?:master\s|export\s|inner\s)?(?:cartons?|ctns?|box(?:es)?|cases?|bales?|bundles?|packs?)\b`,
    // "une seule taille (et couleur) par carton", "una sola talla por caja", "eine Größe pro Karton".
    String.raw`\b(?:une seule|un seul|una sola|un solo|uma (?:só|única)|eine(?:r)? einzige|nur eine)\s{1,2}(?:taille|couleur|talla|color|tamanho|cor|Größe|Farbe)(?:\s{1,2}(?:et|y|e|und)\s{1,2}(?:une |un |una |uma |eine )?(?:seule\s|sola\s|só\s|einzige\s)?(?:taille|couleur|talla|color|tamanho|cor|Größe|Farbe))?\s{1,2}(?:par|por|pro|je)\s{1,2}(?:carton|caja|caixa|Karton|colis|bulto)\b`,
  ].join('|'),
  'iu',
);

/** Whether the clause is a one-size-per-carton packing rule. */
export function solidSizePerPack(clause: string): boolean {
  return SOLID_SIZE_PER_PACK.test(clause);
}
