import type { OfferBadge } from '../../lib/messaging/protocol';
import { formatMoney } from '../../lib/model/money';

/**
 * A compact badge on each offer card of a search page (TA, limit when known,
 * years, Verified). Cards are found by their product link; the badge is a
 * plain element with text only, tagged so it is never added twice.
 */
const BADGE_ATTR = 'data-tradeguard-badge';

export function badgeText(b: OfferBadge): string {
  const parts = [
    b.taOffered ? 'TA' : b.taOffered === false ? 'no TA' : 'TA ?',
    b.taLimit ? `limit ${formatMoney(b.taLimit)}${b.taLimitEntered ? ' (entered by you)' : ''}` : null,
    b.years !== null ? `${b.years} yrs` : null,
    b.verified ? 'Verified' : null,
  ];
  return `TradeGuard: ${parts.filter(Boolean).join(' · ')}`;
}

export function placeBadges(doc: Document, badges: readonly OfferBadge[]): number {
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
        `color:#fff;background:${badge.taOffered ? '#1e7b34' : '#6b7489'}`,
    );
    el.textContent = badgeText(badge);
    card.appendChild(el);
    placed++;
  }
  return placed;
}
