import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageCard } from '../../../components/page-card/PageCard';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { extractPage } from '../../../lib/pages/extract';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { OWN, readPage } from '../../support/fixtures';
import { render, textOf } from './render';

const cardFor = (file: string) => {
  const { document, url } = readPage(join(OWN, file));
  const snapshot = extractPage(document, url);
  const { facts } = analysePage(snapshot, new TradeMemory(), DEFAULT_SETTINGS, '2026-12-02T10:00:00.000Z');
  return render(<PageCard kind={snapshot.kind} facts={facts} />);
};

describe('the card when two places on the page disagree', () => {
  it('shows the kept limit and says the page shows two values, with both and where', () => {
    const doc = cardFor('alibaba-supplier/harbor-conflicting-limits.html');
    const line = [...doc.querySelectorAll('.tg-fact')].find((f) =>
      textOf(f).startsWith('Trade Assurance limit'),
    );
    expect(line && textOf(line)).toBe(
      "Trade Assurance limitUS$56,000The page shows two values: US$56,000 (in the page's data) and US$65,000 (shown on the page). TradeGuard used the first; check with the supplier.",
    );
    expect(line?.className).toContain('tg-fact--bad');
  });

  it('says nothing of the kind when the page agrees with itself', () => {
    const doc = cardFor('alibaba-supplier/harbor-profile-tooltip-2018.html');
    expect(doc.querySelector('[data-testid="tradeguard-fact-note"]')).toBeNull();
  });
});
