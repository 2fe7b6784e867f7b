import { describe, expect, it } from 'vitest';
import type { KnownPageKind } from '../../../lib/model/page-kind';
import { PAGE_CHECKS, pageKindFromUrl } from '../../../lib/pages/detect';
import { PAGE_TITLES, PAGE_URLS, UNKNOWN_TITLES, UNKNOWN_URLS } from '../../../lib/pages/detect-urls';
import { kindFromTitle } from '../../../lib/pages/labels/titles';

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

describe('page kind from the title, for pages saved without their address', () => {
  const titled = Object.entries(PAGE_TITLES) as [KnownPageKind, string[]][];
  for (const [kind, titles] of titled) {
    it(`${kind}: its titles say so, every other kind's titles do not`, () => {
      for (const title of titles) expect(kindFromTitle(title), title).toBe(kind);
      for (const [other, others] of titled.filter(([k]) => k !== kind))
        for (const title of others) expect(kindFromTitle(title), `${other}: ${title}`).not.toBe(kind);
    });
  }

  it('titles that name no kind leave it to the content', () => {
    for (const title of UNKNOWN_TITLES) expect(kindFromTitle(title), title).toBeNull();
  });
});
