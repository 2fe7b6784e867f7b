import { emptyOrderFacts } from '../../model/empty';
import type { OrderFacts } from '../../model/order';
import { orderFromText } from '../alibaba/order-from-text';
import { fillMissing, hasAnyFact, joinSpecText } from '../alibaba/order-merge';
import { indexText } from '../dom-text';
import { scriptTexts } from '../embedded-json';
import { componentsOf, embeddedComponents } from './components';
import { aliexpressOrderExtrasFromText, aliexpressOrderFromAttributes } from './order-attributes';
import { aliexpressOrderFromComponents } from './order-from-api';

const DETAIL_TAG = 'detail_';

/**
 * An order-detail API body (mtop.aliexpress.trade.buyer.order.detail) handed
 * over by the MAIN-world script. The page can post anything, so nothing is
 * assumed: no component map, or no order in it, gives null.
 */
export function extractAliexpressOrderFromApi(json: unknown, url: string): OrderFacts | null {
  try {
    const components = componentsOf(json, DETAIL_TAG);
    if (!components) return null;
    const facts = emptyOrderFacts('aliexpress');
    fillMissing(facts, aliexpressOrderFromComponents(components), 'api');
    fillMissing(facts, { id: idFromUrl(url) }, 'attributes');
    return hasAnyFact(facts) ? facts : null;
  } catch {
    return null;
  }
}

/** www.aliexpress.com/p/order/detail.html?orderId=… : embedded API JSON, then links, then labelled text. */
export function extractAliexpressOrder(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): OrderFacts | null {
  try {
    const facts = emptyOrderFacts('aliexpress');
    const components = embeddedComponents(scripts, DETAIL_TAG);
    if (components) fillMissing(facts, aliexpressOrderFromComponents(components), 'json');
    const root = doc.body ?? doc;
    fillMissing(facts, aliexpressOrderFromAttributes(root, url), 'attributes');
    const texts = indexText(root); // one walk of the page for both text readers
    const fromText = orderFromText(root, texts);
    fillMissing(facts, fromText, 'text');
    const extras = aliexpressOrderExtrasFromText(root, texts);
    fillMissing(facts, extras, 'text');
    facts.statedDeadlines = [...new Set([...facts.statedDeadlines, ...(extras.statedDeadlines ?? [])])];
    facts.specText = joinSpecText([
      facts.specText,
      fromText.specText,
      ...facts.lineItems.map((l) => l.specText),
    ]);
    return hasAnyFact(facts) ? facts : null;
  } catch {
    return null;
  }
}

function idFromUrl(url: string): string | null {
  try {
    const id = new URL(url).searchParams.get('orderId');
    return id && /^\d{6,}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}
