import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAuditFiles } from '../../scripts/cli/audit-files';
import { OWN } from './fixtures';
import { describeWithMirrored } from './mirror';

/**
 * One round of strangers' pages (tests/fixtures/pages/strangers-round-N/expected.json): each page named by its
 * repository, commit and path, read in place from its fetched snapshot, with the facts written down by hand
 * before the first audit ran.
 */
export type StrangerPage<Want> = {
  id: string;
  repo: string;
  commit: string;
  path: string;
  heldAside: boolean;
  url?: string;
  /** Facts (or offer ids) whose first blind reading on a held-aside page differed and were left alone. */
  leftAlone?: string[];
  expected: Want;
};

export function strangerRound<Want>(round: number): StrangerPage<Want>[] {
  const file = join(OWN, `strangers-round-${round}/expected.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { pages: StrangerPage<Want>[] }).pages;
}

/**
 * A describe block per page, skipped with its reason when the snapshot is not fetched here; `audit` runs the
 * command line's audit on the page, under the address written down for it, as the public JSON.
 */
export function describeStrangerPages<Want, Audited>(
  pages: StrangerPage<Want>[],
  body: (page: StrangerPage<Want>, audit: () => Promise<Audited>) => void,
): void {
  for (const page of pages) {
    describeWithMirrored(
      `stranger's page ${page.id}${page.heldAside ? ' (held aside)' : ''}`,
      page,
      (html) => {
        const audit = async () => {
          const result = await runAuditFiles([{ file: page.path, html }], page.url ? [page.url] : []);
          return result.pages[0] as unknown as Audited;
        };
        body(page, audit);
      },
    );
  }
}
