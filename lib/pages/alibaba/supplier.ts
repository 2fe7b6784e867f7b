import type { SupplierFacts } from '../../model/supplier';
import { EMPTY_SUPPLIER } from '../../model/supplier';
import { findEmbeddedValue } from '../embedded-json';
import { textSequence } from '../labels/text-sequence';
import { isObject, mergeSupplier, pick, supplierFromJson, unwrap } from './supplier-fields';
import { minisiteProfile, supplierFromText } from './supplier-text';

/**
 * Supplier minisite / company profile (<sub>.en.alibaba.com). Two JSON shapes:
 * - 2018–2025: `<div module-name="icbu-pc-shopSign" module-data="<URL-encoded JSON>">`,
 *   data under mds.moduleData.data, values often `{fieldName, value}` wrappers;
 *   sibling modules icbu-pc-verifiedOverview / icbu-pc-verifiedInquery add
 *   supplierOnTimeDeliveryRate and friends. Carries the TA limit (baoAccountAmount).
 * - 2026: `window.shopBizData = {globalData:{esiteSubDomain}, pageModuleMap:[{moduleName, moduleData}]}`
 *   (sanitized capture vuongc4298/vct-connect alibaba_profile_dgxuandele.html).
 *   It has NO TA limit: taLimit stays null ("limit not shown"), never inferred.
 * Then labelled visible text fills what is still unknown.
 */

/** Older minisite modules that describe the supplier, most trusted first. */
const MODULES = [
  'icbu-pc-shopSign',
  'icbu-pc-verifiedOverview',
  'icbu-pc-verifiedInquery',
  'icbu-pc-companyCard',
];
/** 2026 pageModuleMap modules with supplier facts. */
const BIZ_MODULES = ['supplierPerformance', 'supplierActionBar', 'companyInfo', 'supplierInfo'];

export function extractAlibabaSupplier(
  doc: Document,
  url: string,
  scripts: readonly string[],
): SupplierFacts | null {
  let facts: SupplierFacts = { ...EMPTY_SUPPLIER };
  for (const data of moduleDataBlocks(doc, scripts))
    facts = mergeSupplier(facts, supplierFromJson(data, url));
  for (const data of shopBizModules(scripts)) facts = mergeSupplier(facts, supplierFromJson(data, url));
  facts = mergeSupplier(facts, supplierFromText(textSequence(doc.body ?? doc), url));
  if (!facts.profileUrl) facts.profileUrl = minisiteProfile(url);
  return facts;
}

/** module-data attributes (URL-encoded JSON) of the known modules, plus the same blocks inlined in scripts. */
function moduleDataBlocks(doc: Document, scripts: readonly string[]): unknown[] {
  const blocks: unknown[] = [];
  // One tree walk for all modules, then pick them in order of trust.
  const elements = Array.from(doc.querySelectorAll('[module-name][module-data]')).slice(0, 200);
  for (const name of MODULES) {
    for (const el of elements.filter((e) => e.getAttribute('module-name') === name).slice(0, 3)) {
      const data = innerData(decodeModuleData(el.getAttribute('module-data') ?? ''));
      if (data) blocks.push(data);
    }
    const inline = innerData(findEmbeddedValue(scripts, name));
    if (inline) blocks.push(inline);
  }
  return blocks;
}

export function decodeModuleData(raw: string): unknown {
  if (!raw || raw.length > 2_000_000) return undefined;
  for (const text of [raw, safeDecode(raw)]) {
    if (!text) continue;
    try {
      return JSON.parse(text);
    } catch {
      // try the next decoding
    }
  }
  return undefined;
}

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, '%20'));
  } catch {
    return null;
  }
}

/** mds.moduleData.data / moduleData.data / data: the object that holds the facts. */
function innerData(value: unknown): Record<string, unknown> | null {
  let node: unknown = value;
  for (const key of ['mds', 'moduleData', 'data']) {
    if (isObject(node) && isObject(node[key])) node = node[key];
  }
  return isObject(node) ? node : null;
}

function shopBizModules(scripts: readonly string[]): unknown[] {
  const map = findEmbeddedValue(scripts, 'pageModuleMap');
  if (!Array.isArray(map)) return [];
  const byName = new Map<string, unknown>();
  for (const entry of map) {
    if (isObject(entry) && typeof entry.moduleName === 'string')
      byName.set(entry.moduleName, entry.moduleData);
  }
  const out = BIZ_MODULES.map((name) => byName.get(name)).filter(isObject);
  const globalData = findEmbeddedValue(scripts, 'globalData');
  const sub = unwrap(pick(globalData, ['esiteSubDomain']));
  if (typeof sub === 'string') out.push({ esiteSubDomain: sub });
  return out;
}
