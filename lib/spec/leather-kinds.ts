/**
 * A leather named by its animal, grain or tannage in Polish, Russian and Turkish, as "cowhide" or "full grain
 * leather" names it in English ("skóra bydlęca licowa", "кожа КРС нубук", "dana derisi"). With its thickness in mm
 * the leather is bought by both; "skóra" or "кожа" alone is a family, and its grade is the question.
 */
import { anyOf, cjk, latinWords, scriptWords } from './patterns';

export const LEATHER_KIND = anyOf(
  scriptWords([
    'skór[aęy] (?:bydlęc[aąej]|cielęc[aąej]|kozi[aąej]|owcz[aąej]|świńsk[aąiej]|licow[aąej]|nubukow[aąej]|welurow[aąej]|lakierowan[aąej]|garbowan[aąej] roślinnie)',
    'кож[аиуе] (?:КРС|яловая|яловой|телячь[яей]|козь[яей]|овечь[яей]|свиная|свиной|нубук|наппа|краст|растительного дубления|хромового дубления)',
    'натуральная кожа КРС',
    '(?:dana|sığır|büyükbaş|keçi|koyun|kuzu|domuz) derisi',
    '(?:nubuk|napa|süet|rugan|vidala|krast) deri',
  ]),
  // "牛革(ヌメ) 1.2 mm", "头层牛皮 1.4mm", "소가죽 1.2mm": the hide by its animal (or its vegetable tannage, ヌメ) in
  // Japanese, Chinese and Korean. Not "本革"/"真皮" (genuine leather): that is still only the family.
  cjk([
    '(?:牛|豚|羊|山羊|馬|鹿|仔牛)革',
    'ヌメ革',
    '(?:头层|頭層|二层|二層)?(?:牛|羊|猪|豬)皮',
    '(?:소|양|돼지|송아지|염소)\\s?가죽',
  ]),
);

/**
 * The hide, the grain or the tannage alone, as a value under a leather label writes it ("Leather: cowhide 1.4 mm",
 * "Pelle: vacchetta conciata al vegetale, spessore 1,6 mm", "Cuir : vachette pleine fleur 2,0 mm"): the same kind
 * "cowhide leather" names, with the family word in the label instead of beside it. Read only with a thickness, as
 * every leather kind is (typeWithMeasure).
 */
export const LEATHER_HIDE = latinWords([
  'cowhide',
  '(?:calf|goat|sheep|lamb|pig)skin',
  '(?:full|top)[- ]grain',
  '(?:vegetable|veg|chrome)[- ]tan(?:ned)?',
  'vacchetta',
  'pieno fiore',
  'fiore intero',
  'conciat[ao] al (?:vegetale|cromo)',
  'vachette',
  'pleine fleur',
  'tannage (?:végétal|au chrome|minéral)',
  'flor entera',
  'plena flor',
  'vacuno',
  'curtido al (?:vegetal|cromo)',
  'flor integral',
  'curtimento (?:vegetal|ao cromo)',
  'Rind(?:s|er)?leder',
  'Vollnarben(?:leder)?',
  '(?:pflanzlich|chrom)[- ]?gegerbt',
  'volnerf',
  'rundleer',
  '(?:plantaardig|chroom) gelooid',
]);
