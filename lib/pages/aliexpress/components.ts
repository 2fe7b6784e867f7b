import { isRecord, type Json, walk } from '../alibaba/order-json';
import { findEmbeddedValues } from '../embedded-json';

/**
 * AliExpress pages are built from MTOP API responses whose `data.data` is a
 * map of components keyed by CMS ids (`detail_order_status_block_111818`);
 * the stable part is each component's `tag`. Seen in real anonymised
 * responses from 2026-09 (mtop.aliexpress.trade.buyer.order.detail /
 * .order.list, maxwellmezadre/aliexpress-mcp test fixtures).
 */
export type Components = Map<string, Json[]>;

/** Is `v` a component map: an object whose values are objects with a string `tag`? */
function isComponentMap(v: unknown, tagPrefix: string): v is Json {
  if (!isRecord(v)) return false;
  return Object.values(v).some(
    (c) => isRecord(c) && typeof c.tag === 'string' && c.tag.startsWith(tagPrefix),
  );
}

/** Components by tag (in the map's order), from an API body of any envelope depth. */
export function componentsOf(body: unknown, tagPrefix: string): Components | null {
  let map: Json | null = null;
  walk(body, (obj) => {
    if (!map && isComponentMap(obj, tagPrefix)) map = obj;
  });
  if (!map) return null;
  const byTag: Components = new Map();
  for (const c of Object.values(map as Json)) {
    if (!isRecord(c) || typeof c.tag !== 'string') continue;
    const list = byTag.get(c.tag);
    if (list) list.push(c);
    else byTag.set(c.tag, [c]);
  }
  return byTag;
}

/** The same component map when the page embedded the API response in an inline script. */
export function embeddedComponents(scripts: readonly string[], tagPrefix: string): Components | null {
  for (const anchor of ['data', 'module', 'result']) {
    for (const value of findEmbeddedValues(scripts, anchor, 10)) {
      const found = componentsOf(value, tagPrefix);
      if (found) return found;
    }
  }
  return null;
}

export const fieldsOf = (components: Components, tag: string): Json | null => {
  const f = components.get(tag)?.[0]?.fields;
  return isRecord(f) ? f : null;
};
