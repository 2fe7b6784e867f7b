/**
 * "Firmware: latest version at time of production", "Firmware-Stand: aktuelle Version, Updates kommen später per
 * App", "固件：最新版本", "Прошивка: последняя версия": the software the goods ship with named by its age, not by
 * its version. "Latest" is whatever the factory flashes that week, so the buyer cannot tell whether the units that
 * arrive run the build her sample was approved on, and a later update can change the product after she has paid.
 * Silent when a version number is written ("V2.3.1", "build 1045"): then "latest" only describes it.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, scriptWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

/** The line is about the goods' firmware or software. */
const FIRMWARE = anyOf(
  latinWords([
    'firmware',
    'F/?W(?= (?:version|ver\\.?)|\\s{0,2}[:：])',
    'software(?: version)?',
    'app version',
    'Firmware-?(?:Stand|Version)',
    'Software-?(?:Stand|Version)',
    'versi[oó]n (?:de(?:l)? )?(?:firmware|software)',
    'version (?:du |de )?(?:firmware|logiciel)',
    'versione (?:del )?(?:firmware|software)',
    'vers[ãa]o (?:do )?(?:firmware|software)',
  ]),
  scriptWords(['прошивк\\p{L}', 'версия (?:ПО|прошивки)', 'программное обеспечение']),
  cjk(['固件', '软件版本', '程序版本', '펌웨어', '소프트웨어', 'ファームウェア', 'ソフトウェア']),
);
/**
 * A version named: "V2.3", "v1.0.4", "ver. 3", "build 1045", "rev B2", "2024.05"; a bare "2.1" too when no unit
 * follows ("Firmware: 2.1, latest release"), where "5.0 V" or "2.5 mm" is a measure.
 */
const VERSION_NAMED =
  /(?<![\p{L}])(?:v|ver\.?|version|build|rev\.?|Stand)\s{0,2}\d+(?:\.\d+)*|(?<![\p{L}\d.])\d+\.\d+(?:\.\d+)+(?![\d.])|(?<![\p{L}\d.,])\d{1,3}\.\d{1,3}(?![\d.]|,\d|\s{0,2}(?:[%°"″]|\p{L}))|(?<![\p{L}\d])\d{4}[.-]\d{2}(?:[.-]\d{2})?(?![\d])/iu;
/** The version named by its age, and updates promised for later instead. */
const BY_AGE = anyOf(
  latinWords([
    '(?:the |our )?(?:latest|newest|current|most recent|up[- ]to[- ]date|updated|last)(?: (?:stable|official))? (?:version|release|firmware|software|build)(?: (?:at|by) (?:the )?time of (?:production|manufactur(?:e|ing)|shipment|shipping|delivery))?',
    '(?:updates?|upgrades?) (?:will )?(?:come|follow|available|possible)? ?(?:later|afterwards)?(?: (?:via|by|through|per|over) (?:the )?(?:app|OTA|air|internet|download))',
    '(?:OTA|app) updates? later',
    // "Software version: newest": the age word alone as the field's value.
    // "Firmware: aggiornato", "Firmware: atualizado", "Firmware: aktuell" say the same in other languages.
    '(?<=[:：]\\s{0,3})(?:latest|newest|current|most recent|up[- ]to[- ]date|updated|aggiornat[oa]|atualizad[oa]|actualizad[oa]|[úu]ltim[oa]|aktuell|neueste|à jour|dernière)(?=\\s{0,3}(?:$|[,;.(]))',
    // "we flash the latest", "loaded with the newest": the build chosen by its age at flashing time.
    '(?:flash(?:es|ed|ing)?|load(?:s|ed)?|install(?:s|ed)?|burn(?:s|ed)?|program(?:s|med)?)(?: (?:with|in))? (?:the )?(?:latest|newest|most recent)(?=\\s{0,3}(?:$|[,;.(]|one\\b))',
    '(?:die )?(?:aktuelle|neueste|letzte)(?:r|s|n)? (?:Version|Stand|Firmware|Software)',
    'Updates? (?:kommen|folgen|erfolgen)(?: später)?(?: (?:per|über|via) (?:App|OTA))?',
    '(?:la )?(?:última|más reciente|actual) versi[oó]n',
    '(?:la )?(?:dernière|plus récente) version',
    "(?:l['’])?ultima versione",
    '(?:a )?(?:última|mais recente|atual) vers[ãa]o',
  ]),
  scriptWords([
    '(?:последн|актуальн|новейш)\\p{L}{2,3} верси\\p{L}',
    // "Прошивка: актуальная": the age word alone as the field's value.
    '(?<=[:：]\\s{0,3})(?:последн|актуальн|новейш|свеж)\\p{L}{2,3}(?=\\s{0,3}(?:$|[,;.(]))',
  ]),
  cjk(['最新(?:版本|版|的版本)?', '최신\\s?(?:버전)?', '最新(?:の)?バージョン']),
);

export function firmwareByAge(text: string): VagueHit[] {
  if (!test(FIRMWARE, text) || VERSION_NAMED.test(text)) return [];
  const hits = findAll(BY_AGE, text).filter((m) => m.text.trim().length > 0);
  const first = hits[0];
  const last = hits[hits.length - 1];
  if (!first || !last) return [];
  const seen = text.slice(first.start, last.end);
  return [
    {
      start: first.start,
      end: last.end,
      why: msg('spec.why.leftOpen'),
      fix: msg('spec.fix.alternatives', { seen }),
    },
  ];
}
