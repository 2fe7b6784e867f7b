// The command line words its findings in English from the bundled catalogs.
import '../i18n/bundled-catalogs';
import { analysePage } from '../analysis/analyse-page';
import { applyCorrection } from '../analysis/apply-correction';
import { buildRuleContext } from '../analysis/rule-context';
import { TradeMemory } from '../analysis/trade-memory';
import type { CorrectionValue } from '../model/correction';
import { toPublicFinding } from '../model/finding';
import { PAGE_KIND_LABEL } from '../model/page-kind';
import { extractPage } from '../pages/extract';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { notRecognisedNote } from './not-recognised';
import { nothingReadNote } from './nothing-read';
import { publicExposure } from './public-exposure';
import {
  publicConflicts,
  publicCorrections,
  publicOffer,
  publicOrder,
  publicPayment,
  publicProduct,
  publicSupplier,
} from './public-json';

/**
 * `tradeguard audit`: saved pages, read in order with one shared memory, so
 * an order audited after its supplier's profile is checked against that
 * supplier's limit. Pure: the caller parses the HTML into a Document.
 */
export interface AuditInput {
  file: string;
  url: string | null;
  doc: Document;
  /** The saved text stops before the page did (lib/pages/saved-cut.ts): what came after was not read. */
  cut?: boolean;
}

export interface AuditOptions {
  settings?: Settings;
  now: Date;
  /**
   * `--set`: facts the buyer states for this run (the TA limit of the run's supplier, the order's total…).
   * Each counts on every page it is about, as "entered by you", over what the pages show.
   */
  entered?: readonly CorrectionValue[];
}

export function runAudit(inputs: readonly AuditInput[], opts: AuditOptions) {
  const memory = new TradeMemory();
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const at = opts.now.toISOString();
  const pages = inputs.map(({ file, url, doc, cut }) => {
    const snapshot = extractPage(doc, url ?? 'about:blank');
    enterFor(snapshot, memory, settings, at, opts.entered ?? []);
    const { context, findings, couldNotCheck } = analysePage(snapshot, memory, settings, at);
    return {
      file,
      url,
      kind: snapshot.kind,
      supplier: publicSupplier(context.supplier, context.knownLimit),
      product: publicProduct(snapshot.product),
      order: publicOrder(snapshot.order),
      orders: snapshot.orders ? snapshot.orders.map(publicOrder) : null,
      payment: publicPayment(snapshot.payment),
      offers: snapshot.offers ? snapshot.offers.map(publicOffer) : null,
      messages: snapshot.messages ? snapshot.messages.length : null,
      findings: findings.map(toPublicFinding),
      conflicts: publicConflicts(snapshot.conflicts),
      corrections: publicCorrections(context.corrections),
      /** Rules that failed on this page: not checked (added field; an empty list when all ran). */
      couldNotCheck: couldNotCheck.map((c) => ({ rule: c.rule, title: c.title })),
      /** The buyer's open orders with this supplier and what remains of its limit (added for issue 17). */
      exposure: publicExposure(context),
      /**
       * The saved file ends before the page does (no closing </body> or </html>): facts and text after the
       * cut were not read, so no findings does not mean a clean page (added field).
       */
      truncated: cut === true,
      /**
       * A sentence when the file was not recognised as any marketplace page (kind "unknown"): what was looked
       * for, and that --url helps. Null on a recognised page (added field): no findings then is a real answer.
       */
      notRecognised: notRecognisedNote(snapshot.kind, url),
      /**
       * A sentence when the page was placed but gave nothing to check: a security check saved in place of
       * the page, an item that is gone, a product page without its seller and price, search results without
       * offers. Null otherwise (added field): no findings is then a real answer.
       */
      nothingRead: nothingReadNote(snapshot, doc),
    };
  });
  return { pages };
}

/** Enters each `--set` value for the supplier or order this page is about, once per supplier or order. */
function enterFor(
  snapshot: ReturnType<typeof extractPage>,
  memory: TradeMemory,
  settings: Settings,
  at: string,
  entered: readonly CorrectionValue[],
) {
  if (entered.length === 0) return;
  const { corrections } = buildRuleContext(snapshot, memory, settings, at);
  for (const value of entered) {
    if (corrections?.facts[value.fact]?.entry) continue;
    applyCorrection(corrections, memory.corrections, value, at);
  }
}

export type AuditResult = ReturnType<typeof runAudit>;

type PublicMoney = { amount: number; currency: string };

/** "USD 4.19–4.79", or one amount when both ends are the same. */
function range(min: PublicMoney, max: PublicMoney | null): string {
  return max && max.amount !== min.amount
    ? `${min.currency} ${min.amount}–${max.amount}`
    : `${min.currency} ${min.amount}`;
}

/** The supplier's own record where the page states it: business type, reorder, on-time and response. */
function supplierRecord(s: NonNullable<AuditResult['pages'][number]['supplier']>): string | null {
  const parts = [
    s.businessType,
    s.verifiedType && s.verifiedType !== s.businessType ? `verified as ${s.verifiedType}` : null,
    s.reorderRate !== null ? `reorder rate ${s.reorderRate}%` : null,
    s.onTimeDeliveryRate !== null ? `on-time delivery ${s.onTimeDeliveryRate}%` : null,
    s.responseTime ? `response time ${s.responseTime}` : null,
  ].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

export function formatAudit(result: AuditResult): string {
  const out: string[] = [];
  for (const page of result.pages) {
    out.push(`${page.file}`);
    out.push(`  ${page.url ?? '(no URL: pass --url)'}`);
    out.push(`  ${PAGE_KIND_LABEL[page.kind]} [${page.kind}]`);
    if (page.supplier) {
      const limit = page.supplier.taLimit
        ? `${page.supplier.taLimit.currency} ${page.supplier.taLimit.amount}`
        : 'not shown';
      const entered = page.corrections.some((c) => c.fact === 'taLimit') ? ' (entered by you)' : '';
      out.push(`  Supplier: ${page.supplier.name ?? '?'}  TA limit: ${limit}${entered}`);
      const record = supplierRecord(page.supplier);
      if (record) out.push(`  Supplier record: ${record}`);
    }
    const product = page.product;
    if (product?.listPriceMin && product.priceMin) {
      const off = product.discount
        ? ` (${product.discount.percent}% off${product.discount.stated ? '' : ', worked out'})`
        : '';
      out.push(
        `  Price: ${range(product.priceMin, product.priceMax)}, list price ${range(product.listPriceMin, product.listPriceMax)}${off}`,
      );
    }
    if (product?.returnPromise) out.push(`  Returns: ${product.returnPromise}`);
    if (page.order) {
      const total = page.order.total ? `${page.order.total.currency} ${page.order.total.amount}` : '?';
      out.push(
        `  Order ${page.order.id ?? '?'}: total ${total}, ${page.order.shippingMethod ?? 'method ?'}, ${page.order.coverage ?? 'coverage ?'}`,
      );
    }
    const exposure = page.exposure;
    if (exposure && (exposure.openOrders > 0 || exposure.remaining?.basis === 'stated')) {
      const sum = exposure.amount ? ` (${exposure.amount.currency} ${exposure.amount.amount})` : '';
      const remaining = exposure.remaining?.amount;
      const left = remaining
        ? `; remaining limit ${remaining.currency} ${remaining.amount} (${exposure.remaining?.basis})`
        : '';
      out.push(`  Your open orders with this supplier: ${exposure.openOrders}${sum}${left}`);
    }
    if (page.offers) out.push(`  Offers: ${page.offers.length}`);
    for (const c of page.conflicts)
      out.push(
        `  The page shows two values for ${c.field}: ${c.values.map((v) => `${JSON.stringify(v.value)} (${v.where})`).join(' / ')}`,
      );
    if (page.truncated)
      out.push(
        '  [INCOMPLETE] The saved file ends before the page does (no closing </body> or </html>): what came after the cut was not read, so this is not a clean bill. Save the whole page again.',
      );
    if (page.notRecognised) out.push(`  [NOT RECOGNISED] ${page.notRecognised}`);
    if (page.nothingRead) out.push(`  [NOTHING READ] ${page.nothingRead}`);
    for (const c of page.couldNotCheck) out.push(`  [COULD NOT CHECK] ${c.rule}: ${c.title}`);
    if (
      page.findings.length === 0 &&
      page.couldNotCheck.length === 0 &&
      !page.truncated &&
      !page.notRecognised &&
      !page.nothingRead
    )
      out.push('  No findings.');
    for (const f of page.findings) {
      out.push(`  [${f.severity.toUpperCase()}] ${f.rule}: ${f.message}`);
      if (f.quote) out.push(`      seen: "${f.quote}"`);
      out.push(`      do: ${f.fix}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
