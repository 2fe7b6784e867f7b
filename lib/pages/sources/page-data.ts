import { findEmbeddedValues } from '../embedded-json';
import type { PageText } from './page-text';

/**
 * Every place a page keeps structured data, as parsed roots with where they
 * came from, in order of trust:
 * 1. object literals under known anchor keys in inline scripts
 *    (`window.detailData = {globalData…}`, `runParams = {data…}`, `{companyList…}`);
 * 2. whole `<script type="application/json">` bodies (`<script id="bp-shopsign-data">`,
 *    and a bare JSON file read by the command line);
 * 3. URL-encoded or plain JSON in attributes (`module-data` of the older minisites).
 * Readers then look for their keys anywhere inside (labels/supplier-keys.ts).
 */
export interface DataRoot {
  value: unknown;
  where: string;
}

/** Anchor keys whose value is a page's data object, with where each was seen. */
const ROOT_ANCHORS: readonly [anchor: string, seen: string][] = [
  ['globalData', 'window.detailData (ReviewLens, vct-connect product pages)'],
  ['nodeMap', 'window.detailData company cards'],
  ['pageModuleMap', 'window.shopBizData (2026 minisites)'],
  ['companyList', 'the "Contact supplier" inquiry form model (HTMLPage1/2)'],
  ['data', 'window.runParams (AliExpress items, both formats)'],
];

const MAX_JSON = 3_000_000;

export function pageDataRoots(scripts: readonly string[], text: PageText): DataRoot[] {
  const roots: DataRoot[] = [];
  for (const [anchor] of ROOT_ANCHORS) {
    for (const value of findEmbeddedValues(scripts, anchor, 3))
      roots.push({ value, where: `script ${anchor}` });
  }
  for (const script of text.jsonScripts) {
    if (script.type.includes('ld+json')) continue;
    const value = parseJson(script.text);
    if (value !== undefined) roots.push({ value, where: script.id ? `script#${script.id}` : 'JSON script' });
  }
  for (const { attribute, module, raw } of text.jsonAttributes) {
    const value = decodeJsonAttribute(raw);
    if (value !== undefined) roots.push({ value, where: `${attribute}${module ? ` of ${module}` : ''}` });
  }
  return roots;
}

function parseJson(text: string): unknown {
  const t = text.trim();
  if (t.length < 2 || t.length > MAX_JSON || !/^[[{]/.test(t)) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/** Attribute JSON, plain or URL-encoded (`%7B%22gdc%22…`). */
export function decodeJsonAttribute(raw: string): unknown {
  if (!raw || raw.length > MAX_JSON) return undefined;
  const direct = parseJson(raw);
  if (direct !== undefined) return direct;
  if (!/^\s*%(?:7B|5B)/i.test(raw)) return undefined;
  try {
    return parseJson(decodeURIComponent(raw.replace(/\+/g, '%20')));
  } catch {
    return undefined;
  }
}
