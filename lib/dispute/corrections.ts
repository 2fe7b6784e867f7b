import { orderScopeOf, stated, supplierScopeOf } from '../analysis/corrections';
import type { CorrectionBook } from '../corrections/book';
import { resolveFact } from '../corrections/resolve';
import type { CorrectableFact } from '../model/correction';
import type { Money } from '../model/money';
import type { OrderFacts } from '../model/order';

/**
 * The facts the buyer entered or corrected (the card's "Enter it" / "Correct
 * it"), applied to a dispute draft as every rule applies them: the entry
 * counts until a later page states the fact. The draft then says which
 * figures are the buyer's own, because a claim quotes the order's words.
 */
export type EnteredFacts = Partial<Record<CorrectableFact, string>>;

export interface CorrectedInputs {
  order: OrderFacts;
  limit: { limit: Money; seenAt: string } | null;
  /** Fact → when the buyer entered the value now in use. */
  entered: EnteredFacts;
}

export function applyCorrections(
  order: OrderFacts,
  limit: { limit: Money; seenAt: string; url?: string } | null,
  book: CorrectionBook,
): CorrectedInputs {
  const entered: EnteredFacts = {};
  const orderScope = orderScopeOf(order.marketplace, order.id);
  const seen = { url: '', at: order.createdAt ?? '' };
  const use = <T>(
    fact: CorrectableFact,
    scope: ReturnType<typeof orderScopeOf>,
    value: T | null,
    url: string,
    at: string,
  ): T | null => {
    const resolved = resolveFact(fact, stated(fact, value as never, url, at), book.find(scope, fact));
    if (resolved.entry) entered[fact] = resolved.entry.source.enteredAt;
    return (resolved.value as T | null) ?? value;
  };
  const corrected: OrderFacts = {
    ...order,
    total: use('orderTotal', orderScope, order.total, seen.url, seen.at),
    shipBy: use('shipBy', orderScope, order.shipBy, seen.url, seen.at),
    shippingMethod: use('shippingMethod', orderScope, order.shippingMethod, seen.url, seen.at),
    paymentMethod: use('paymentMethod', orderScope, order.paymentMethod, seen.url, seen.at),
  };
  const supplierScope = supplierScopeOf({ companyId: order.supplierCompanyId, name: order.supplierName });
  const taLimit = use('taLimit', supplierScope, limit?.limit ?? null, limit?.url ?? '', limit?.seenAt ?? '');
  return {
    order: corrected,
    limit: taLimit ? { limit: taLimit, seenAt: entered.taLimit ?? limit?.seenAt ?? '' } : null,
    entered,
  };
}
