import { describe, expect, it } from 'vitest';
import type { KnownPageKind } from '../../../lib/model/page-kind';
import { PAGE_CHECKS, pageKindFromUrl } from '../../../lib/pages/detect';
import { PAGE_URLS, UNKNOWN_URLS } from '../../../lib/pages/detect-urls';

const kinds = Object.keys(PAGE_CHECKS) as KnownPageKind[];

describe('page detection from the URL', () => {
  for (const kind of kinds) {
    it(`${kind}: true on its own URLs, false on every other kind's`, () => {
      const check = PAGE_CHECKS[kind];
      for (const url of PAGE_URLS[kind]) expect(check(new URL(url)), url).toBe(true);
      for (const other of kinds.filter((k) => k !== kind)) {
        for (const url of PAGE_URLS[other]) expect(check(new URL(url)), `${kind} on ${url}`).toBe(false);
      }
    });
  }

  it('names the kind for each listed URL and "unknown" elsewhere', () => {
    for (const kind of kinds) for (const url of PAGE_URLS[kind]) expect(pageKindFromUrl(url)).toBe(kind);
    for (const url of UNKNOWN_URLS) expect(pageKindFromUrl(url), url).toBe('unknown');
  });
});
