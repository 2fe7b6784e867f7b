import type { CorrectionBook } from '../corrections/book';
import { FACT_LABEL, FACT_SCOPE } from '../corrections/facts';
import { type CorrectableFact, type CorrectionChange, CorrectionValueSchema } from '../model/correction';
import type { OrderFacts } from '../model/order';
import { emptySnapshot, type PageSnapshot } from '../model/snapshot';
import { correctedOrder, type PageCorrections, resolvePageCorrections } from './corrections';

/** Why a page cannot take a correction of a fact, in the buyer's words. */
function cannotKeep(fact: CorrectableFact): string {
  return FACT_SCOPE[fact] === 'supplier'
    ? 'TradeGuard could not read which supplier this page is about, so it cannot keep a Trade Assurance limit for them.'
    : `TradeGuard could not read this order's number, so it cannot keep your ${FACT_LABEL[fact].toLowerCase()} for it. Open the order's own page and enter it there.`;
}

/**
 * Enters, corrects or takes back one fact for the page in view. Who it is
 * about comes from the page (never from the form), and so does what the page
 * showed at that moment: a later page showing that same value again does not
 * undo the buyer's correction.
 */
export function applyCorrection(
  corrections: PageCorrections | undefined,
  book: CorrectionBook,
  change: CorrectionChange,
  at: string,
): { ok: true } | { ok: false; message: string } {
  const fact = change.fact;
  const resolved = corrections?.facts[fact];
  const scope = FACT_SCOPE[fact] === 'supplier' ? corrections?.supplierScope : corrections?.orderScope;
  if (!resolved || !scope) return { ok: false, message: cannotKeep(fact) };
  if ('remove' in change) {
    book.remove(scope, fact);
    return { ok: true };
  }
  const valid = CorrectionValueSchema.safeParse(change);
  if (!valid.success) return { ok: false, message: `Nothing was saved: ${valid.error.issues[0]?.message}.` };
  try {
    book.enter(scope, valid.data, resolved.stated?.key ?? null, at);
  } catch (error) {
    return {
      ok: false,
      message: `Nothing was saved: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return { ok: true };
}

/** An order's facts as the deadlines use them: its page's facts with the buyer's entries for that order. */
export function correctOrderFacts(
  order: OrderFacts,
  book: CorrectionBook,
  seen: { url: string; at: string },
) {
  const kind = order.marketplace === 'aliexpress' ? 'aliexpress:order' : 'alibaba:order';
  const snapshot: PageSnapshot = { ...emptySnapshot(kind, seen.url), order };
  const corrections = resolvePageCorrections({
    snapshot,
    order,
    orderSeen: seen,
    pageSupplier: null,
    latestLimit: null,
    book,
    at: seen.at,
  });
  return { order: correctedOrder(order, corrections) ?? order, corrections };
}
