import { analysePage } from '../analysis/analyse-page';
import { TradeMemory } from '../analysis/trade-memory';
import { toPublicFinding } from '../model/finding';
import { PAGE_KIND_LABEL } from '../model/page-kind';
import { extractPage } from '../pages/extract';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import {
  publicConflicts,
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
}

export function runAudit(inputs: readonly AuditInput[], opts: { settings?: Settings; now: Date }) {
  const memory = new TradeMemory();
  const settings = opts.settings ?? DEFAULT_SETTINGS;
  const at = opts.now.toISOString();
  const pages = inputs.map(({ file, url, doc }) => {
    const snapshot = extractPage(doc, url ?? 'about:blank');
    const { context, findings } = analysePage(snapshot, memory, settings, at);
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
    };
  });
  return { pages };
}

export type AuditResult = ReturnType<typeof runAudit>;

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
      out.push(`  Supplier: ${page.supplier.name ?? '?'}  TA limit: ${limit}`);
    }
    if (page.order) {
      const total = page.order.total ? `${page.order.total.currency} ${page.order.total.amount}` : '?';
      out.push(
        `  Order ${page.order.id ?? '?'}: total ${total}, ${page.order.shippingMethod ?? 'method ?'}, ${page.order.coverage ?? 'coverage ?'}`,
      );
    }
    if (page.offers) out.push(`  Offers: ${page.offers.length}`);
    for (const c of page.conflicts)
      out.push(
        `  The page shows two values for ${c.field}: ${c.values.map((v) => `${JSON.stringify(v.value)} (${v.where})`).join(' / ')}`,
      );
    if (page.findings.length === 0) out.push('  No findings.');
    for (const f of page.findings) {
      out.push(`  [${f.severity.toUpperCase()}] ${f.rule}: ${f.message}`);
      if (f.quote) out.push(`      seen: "${f.quote}"`);
      out.push(`      do: ${f.fix}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
