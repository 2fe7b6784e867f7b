/**
 * An origin answered with praise or a choice and no place: "origin: selected high-altitude farms", "Origen: fincas
 * seleccionadas", "Herkunft: ausgewählte Anbaugebiete", "产地：精选优质产区". Coffee, tea, honey, cocoa and spices are
 * bought by their origin (a country, a region, an estate); "selected farms" names none, so beans from anywhere match
 * the order. Read only under an origin label, and only when the value is nothing but those words: "selected farms in
 * Huila, Colombia" names its place.
 */
import { msg } from '../i18n/msg';
import type { Finding } from '../model/finding';
import type { Clause } from './clauses';
import type { AttributeDetector } from './detector';
import { cjk, latinWords, regex } from './patterns';
import { vagueFinding } from './spec-finding';

const ORIGIN_LABEL = regex(
  `(?:${latinWords(['(?:country of |place of )?origin', 'sourced from', 'origen', 'procedencia', 'origem', 'procedência', 'provenance', 'origine', 'Herkunft(?:sland)?', 'Ursprung(?:sland)?', 'provenienza', 'herkomst', 'pochodzenie'])}|${cjk(['产地', '原产地', '来源', '原産地'])})\\s{0,2}[:：]\\s{0,2}`,
  'giu',
);

/** Words that choose or praise without naming: "selected", "various", "high-altitude", "premium", "精选", "优质". */
const PRAISE = [
  '(?:carefully |hand[- ])?(?:selected|chosen|picked)',
  'various',
  'multiple',
  'mixed',
  'different',
  'assorted',
  'premium',
  'best',
  'finest',
  'top',
  'high[- ]quality',
  'quality',
  'high[- ](?:altitude|mountain|elevation)',
  'mountain',
  'famous',
  "world[’']?s? best",
  'the best',
  'trusted',
  'certified',
  'local',
  'own',
  'our',
  'partner',
];
/** The place nouns that name no place: farms, estates, regions, sources. */
const PLACES =
  '(?:farms?|plantations?|estates?|regions?|sources?|suppliers?|origins?|countries|growers?|gardens?|fields?|areas?|producers?|orchards?|cooperatives?|mills?)';

const VALUE_LEFT_OPEN = regex(
  [
    `^(?:${latinWords(PRAISE)}[\\s,-]{1,3}(?:and\\s)?){1,4}${latinWords([PLACES])}`,
    // Spanish, Portuguese, French, German, Italian, Dutch: the place noun first, its praise after, or before.
    `^${latinWords(['(?:fincas|granjas|plantaciones|regiones|orígenes|proveedores|zonas)(?: (?:de altura|de montaña))? (?:seleccionad[oa]s|selectas|diversos|diversas|variad[oa]s|premium)(?: de (?:altura|montaña))?', '(?:diversos|varios|distintos) (?:orígenes|proveedores|productores)', '(?:fazendas|plantações|regiões|origens|fornecedores)(?: de altitude)? (?:selecionad[oa]s|variad[oa]s|diversas|premium)', '(?:diversas|várias) (?:origens|fazendas|regiões)', "(?:plantations|régions|origines|fermes|exploitations) (?:sélectionnées|diverses|variées|d[’']altitude)", '(?:origines|provenances) (?:diverses|multiples|variées)', '(?:ausgewählte|verschiedene|beste|hochgelegene) (?:Farmen|Plantagen|Anbaugebiete|Regionen|Herkünfte|Lieferanten)', '(?:piantagioni|regioni|origini|fattorie) (?:selezionate|diverse|varie)', '(?:diverse|varie) (?:origini|piantagioni|regioni)', "(?:geselecteerde|diverse|verschillende) (?:boerderijen|plantages|regio'?s|herkomsten)"])}`,
    cjk([
      '^(?:精选|优质|高山|多个|多|各|优选|知名|著名)(?:优质|高山)?(?:产区|产地|农场|庄园|茶园|基地|来源)',
    ]),
  ].join('|'),
  'iu',
);

/** What may follow the open value and still say nothing of the place: nothing, or the clause's end. */
const ENDS_HERE = /^\s{0,2}(?:$|[,;.，；。|])/u;

/**
 * "own farm, Kiambu County, Kenya", "our estate, Nuwara Eliya": after the comma comes a proper name, the place the
 * farm or estate stands in, so the origin is named. A capitalised praise word ("Premium", "Various") names none.
 */
const NAME_AFTER = /^\s{0,2}[,，]\s{0,2}(?:\p{Lu}\p{Ll}+|\p{Script=Han}{2,8}(?:省|市|县|州|区))/u;
const PRAISE_START = regex(`^\\s{0,2}[,，]\\s{0,2}(?:${latinWords(PRAISE)}|${latinWords([PLACES])})`, 'iu');

function placeNamedAfter(rest: string): boolean {
  return NAME_AFTER.test(rest) && !PRAISE_START.test(rest);
}

export const originLeftOpenDetector: AttributeDetector = {
  attribute: 'material',
  detect(clause: Clause): Finding[] {
    const text = clause.text;
    const findings: Finding[] = [];
    for (const label of text.matchAll(ORIGIN_LABEL)) {
      const at = label.index + label[0].length;
      const value = VALUE_LEFT_OPEN.exec(text.slice(at));
      if (!value) continue;
      const rest = text.slice(at + value[0].length);
      if (!ENDS_HERE.test(rest) || placeNamedAfter(rest)) continue;
      findings.push(
        vagueFinding('material', clause, {
          start: label.index,
          end: at + value[0].length,
          why: msg('spec.why.materialPraise'),
          fix: msg('spec.fix.performance', {
            example: 'origin: Huila, Colombia (single estate ___), 1,600–1,900 m, lot no. ___',
          }),
        }),
      );
    }
    return findings;
  },
};
