import { resolveFact } from '../corrections/resolve';
import type { OfferBadge } from '../messaging/protocol';
import type { Money } from '../model/money';
import type { PageSnapshot } from '../model/snapshot';
import { latestTaLimit } from '../suppliers/memory';
import { stated, supplierScopeOf } from './corrections';
import type { TradeMemory } from './trade-memory';

/** One badge per offer: TA flag, the limit in use when known (remembered, or entered by the buyer), years, Verified. */
export function offerBadges(snapshot: PageSnapshot, memory: TradeMemory): OfferBadge[] {
  // Trade Assurance, years and Verified are Alibaba's: on an AliExpress list a badge could only say "unknown".
  if (snapshot.kind !== 'alibaba:search') return [];
  return (snapshot.offers ?? []).map((offer) => {
    const identity = { companyId: offer.companyId, name: offer.supplierName };
    const latest = latestTaLimit(memory.suppliers.find(identity));
    const limit = resolveFact(
      'taLimit',
      latest ? stated('taLimit', latest.taLimit, latest.url, latest.at) : null,
      memory.corrections.find(supplierScopeOf(identity), 'taLimit'),
    );
    return {
      productId: offer.productId,
      companyId: offer.companyId,
      supplierName: offer.supplierName,
      taOffered: offer.taOffered,
      // The search page's own figure for this offer when nothing is remembered or entered.
      taLimit: (limit.value as Money | null) ?? offer.taLimit ?? null,
      ...(limit.source?.kind === 'buyer' ? { taLimitEntered: true } : {}),
      years: offer.years,
      verified: offer.verified,
    };
  });
}
