import type { OfferBadge } from '../messaging/protocol';
import type { PageSnapshot } from '../model/snapshot';
import { knownTaLimit } from '../suppliers/memory';
import type { TradeMemory } from './trade-memory';

/** One badge per offer: TA flag, the remembered limit when known, years, Verified. */
export function offerBadges(snapshot: PageSnapshot, memory: TradeMemory): OfferBadge[] {
  return (snapshot.offers ?? []).map((offer) => {
    const record = memory.suppliers.find({ companyId: offer.companyId, name: offer.supplierName });
    return {
      productId: offer.productId,
      companyId: offer.companyId,
      supplierName: offer.supplierName,
      taOffered: offer.taOffered,
      taLimit: knownTaLimit(record) ?? offer.taLimit ?? null,
      years: offer.years,
      verified: offer.verified,
    };
  });
}
