import { english, type Translator } from '../../lib/i18n/translate';
import type { OfferBadge } from '../../lib/messaging/protocol';

/**
 * A compact badge on each offer card of a search page (TA, limit when known,
 * years, Verified). Cards are found by their product link; the badge is a
 * plain element with text only, tagged so it is never added twice.
 */
const BADGE_ATTR = 'data-tradeguard-badge';

export function badgeText(b: OfferBadge, t: Translator = english): string {
  const parts = [
    b.taOffered ? t.t('badge.ta') : b.taOffered === false ? t.t('badge.noTa') : t.t('badge.taUnknown'),
    b.taLimit
      ? t.t(b.taLimitEntered ? 'badge.limitEntered' : 'badge.limit', { amount: t.money(b.taLimit) })
      : null,
    b.years !== null ? t.plural('facts.years', b.years) : null,
    b.verified ? t.t('badge.verified') : null,
  ];
  return t.t('badge.label', { parts: parts.filter(Boolean).join(' · ') });
}

/** The buyer's language for the badges (set once the settings are read). */
let badgeLanguage: Translator = english;
export function setBadgeLanguage(t: Translator): void {
  badgeLanguage = t;
}

export function placeBadges(
  doc: Document,
  badges: readonly OfferBadge[],
  t: Translator = badgeLanguage,
): number {
  // One pass over the page's product links (a query per offer would scan the whole page 48 times).
  const linkById = new Map<string, Element>();
  for (const link of Array.from(doc.querySelectorAll('a[href*="product-detail"], a[href*="/product/"]'))) {
    const id = /(\d{6,})(?:[-_.][^/]*)?\.html/.exec(link.getAttribute('href') ?? '')?.[1];
    if (id && !linkById.has(id)) linkById.set(id, link);
  }
  let placed = 0;
  for (const badge of badges) {
    if (!badge.productId) continue;
    const link = linkById.get(badge.productId);
    const card = link?.closest('[class*="card"], [class*="offer"], li, article') ?? link?.parentElement;
    if (!card || card.querySelector(`[${BADGE_ATTR}]`)) continue;
    const el = doc.createElement('div');
    el.setAttribute(BADGE_ATTR, badge.productId);
    el.setAttribute(
      'style',
      'display:inline-block;margin:4px 0;padding:2px 6px;border-radius:4px;font:600 11px/1.4 system-ui,sans-serif;' +
        // White on these: ≥ 4.5:1. The words ("TA" / "no TA") carry the meaning, not the colour.
        `color:#fff;background:${badge.taOffered ? '#1e7b34' : '#5a6275'}`,
    );
    el.textContent = badgeText(badge, t);
    el.setAttribute('lang', t.language);
    card.appendChild(el);
    placed++;
  }
  return placed;
}
