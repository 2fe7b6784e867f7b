import { emptyOrderFacts } from '../../model/empty';
import type { OrderFacts } from '../../model/order';
import { elementsByTag } from '../dom-text';
import { scriptTexts } from '../embedded-json';
import { orderIdOfJson } from './order';
import { alibabaOrderFromAttributes } from './order-attributes';
import { alibabaOrderFromJson } from './order-from-json';
import { orderFromText } from './order-from-text';
import { embeddedObjectsWithKey } from './order-json';
import { fillMissing, hasAnyFact } from './order-merge';

/**
 * The Trade Assurance order list (biz.alibaba.com/order/list.htm,
 * /ta/list/scene/mainList.htm). Rows come from the list API's JSON when the
 * page embeds it (each object with a `baseInfo`), and from the rendered cards:
 * every card links to its detail page with `orderId=`. Null when no order is found.
 */
export function extractAlibabaOrderList(
  doc: Document,
  url: string,
  /** The page's inline script texts, when the caller has read them already. */
  scripts: readonly string[] = scriptTexts(doc),
): OrderFacts[] | null {
  try {
    const byId = new Map<string, OrderFacts>();
    for (const json of embeddedObjectsWithKey(scripts, 'baseInfo', orderIdOfJson)) {
      const facts = emptyOrderFacts('alibaba');
      fillMissing(facts, alibabaOrderFromJson(json), 'json');
      if (facts.id) byId.set(facts.id, facts);
    }
    for (const [id, card] of orderCards(doc, /[?&]orderIds?=(\d{6,})/)) {
      const facts = byId.get(id) ?? emptyOrderFacts('alibaba');
      fillMissing(facts, { id }, 'attributes');
      fillMissing(facts, alibabaOrderFromAttributes(card, ''), 'attributes');
      fillMissing(facts, orderFromText(card), 'text');
      byId.set(id, facts);
    }
    const orders = [...byId.values()].filter(hasAnyFact);
    void url;
    return orders.length > 0 ? orders : null;
  } catch {
    return null;
  }
}

/**
 * Each order's card: the largest ancestor of its `orderId=` link that holds
 * no other order's link. Works on any markup that gives each order its own box.
 */
export function orderCards(root: ParentNode, idPattern: RegExp): Map<string, Element> {
  const linksById = new Map<string, Element[]>();
  for (const a of elementsByTag(root, 'a')) {
    const id = idPattern.exec(a.getAttribute('href') ?? '')?.[1];
    if (!id) continue;
    const list = linksById.get(id);
    if (list) list.push(a);
    else linksById.set(id, [a]);
  }
  const cards = new Map<string, Element>();
  if (linksById.size === 0) return cards;
  // Which order ids each ancestor holds: one id, or several (MIXED). Marked from every link
  // upwards, stopping where an earlier walk already marked the same: each element changes at
  // most twice, so this is linear (a querySelectorAll per ancestor per order was quadratic).
  const holds = new Map<Element, string>();
  for (const [id, links] of linksById) {
    for (const link of links) {
      for (let el = link.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
        const seen = holds.get(el);
        if (seen === id || seen === MIXED) break;
        holds.set(el, seen === undefined ? id : MIXED);
      }
    }
  }
  for (const [id, links] of linksById) {
    let card = links[0] as Element;
    for (let parent = card.parentElement; parent && holds.get(parent) === id; parent = parent.parentElement)
      card = parent;
    cards.set(id, card);
  }
  return cards;
}

const MIXED = '\u0000mixed';
