/**
 * "performance same as genuine or equivalent", "works like the original", "性能等同原装": a part said to match the
 * genuine one instead of being it. A genuine part is named by its maker's part number and traced to the maker or an
 * authorised distributor; "the same as genuine" is what a copy or a remarked part is sold as, and no test of the
 * delivered part can tell whether it meets a likeness.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords } from './patterns';
import type { VagueHit } from './spec-finding';

const GENUINE =
  '(?:the )?(?:genuine|original|OEM|OE|brand(?:ed)?|name[- ]brand)(?: (?:one|ones|part|parts|chip|chips|product|products|item|unit|cartridge))?';
const PARITY = anyOf(
  latinWords([
    `(?:(?:is|are|works?|performs?|function(?:s|ing)?)\\s)?(?:(?:exactly |just )?the )?same (?:\\p{L}+ )?as ${GENUINE}(?: (?:or|and) (?:equivalent|similar|compatible))?`,
    `(?:as good as|equal to|equivalent to|comparable to|identical to|works? like|performs? like) ${GENUINE}`,
    `(?:igual (?:que|a)|id[ée]ntic[oa] al?|equivalente al?|como) (?:el |la |lo )?(?:original|genuin[oa]|OEM)`,
    `(?:identique|équivalent|égal|comparable)e?s? (?:à l[’']|au )(?:original|d[’']origine|OEM)`,
    '(?:wie das|gleichwertig mit dem|identisch mit dem) Original',
    `(?:igual|idêntic[oa]|equivalente) (?:ao|à) (?:original|genuín[oa])`,
  ]),
  cjk([
    '(?:和|与|同)原装(?:的)?(?:一样|相同|一致)',
    '(?:媲美|等同|等同于|相当于)原装',
    '純正(?:品)?(?:と)?同等',
  ]),
);

export function genuineParity(text: string): VagueHit[] {
  return findAll(PARITY, text).map((m) => ({
    start: m.start,
    end: m.end,
    why: msg('spec.why.performance'),
    fix: msg('spec.fix.performance', {
      example:
        "the maker's part number, genuine and new, bought from the maker or an authorised distributor (invoice and date code)",
    }),
  }));
}
