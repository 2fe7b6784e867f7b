/**
 * A leather named by its animal, grain or tannage in Polish, Russian and Turkish, as "cowhide" or "full grain
 * leather" names it in English ("skóra bydlęca licowa", "кожа КРС нубук", "dana derisi"). With its thickness in mm
 * the leather is bought by both; "skóra" or "кожа" alone is a family, and its grade is the question.
 */
import { scriptWords } from './patterns';

export const LEATHER_KIND = scriptWords([
  'skór[aęy] (?:bydlęc[aąej]|cielęc[aąej]|kozi[aąej]|owcz[aąej]|świńsk[aąiej]|licow[aąej]|nubukow[aąej]|welurow[aąej]|lakierowan[aąej]|garbowan[aąej] roślinnie)',
  'кож[аиуе] (?:КРС|яловая|яловой|телячь[яей]|козь[яей]|овечь[яей]|свиная|свиной|нубук|наппа|краст|растительного дубления|хромового дубления)',
  'натуральная кожа КРС',
  '(?:dana|sığır|büyükbaş|keçi|koyun|kuzu|domuz) derisi',
  '(?:nubuk|napa|süet|rugan|vidala|krast) deri',
]);
