import type { Conflict } from '../../model/conflict';
import { EMPTY_SUPPLIER } from '../../model/empty';
import type { Money } from '../../model/money';
import type { SupplierFacts } from '../../model/supplier';
import {
  type Candidate,
  FactSet,
  type SameFn,
  sameDuration,
  sameMoney,
  sameName,
  sameRate,
  sameRating,
} from '../facts/fact-set';
import {
  type ProductReviewField,
  readDataAttributes,
  readSupplierData,
  type SupplierField,
} from '../facts/supplier-data';
import { type DataRoot, pageDataRoots } from '../sources/page-data';
import { type PageText, pageText } from '../sources/page-text';
import { isMinisiteHost, minisiteOf } from './supplier-site';
import { readSupplierText } from './supplier-text';

/**
 * A supplier's facts from every place the page keeps them: its data first
 * (inline scripts, JSON scripts, module-data attributes; facts/supplier-data.ts),
 * then its text (labelled visible text, hidden tooltips, comments, the title;
 * supplier-text.ts). The first value that fits a fact's shape is kept; a
 * different value elsewhere on the page becomes a conflict the buyer is shown.
 * Used for minisites and contact pages here, and for the company card of
 * product pages (product.ts).
 */
export interface SupplierReading {
  supplier: SupplierFacts | null;
  conflicts: Conflict[];
  productReview: FactSet<ProductReviewField>;
}

export function readSupplierFacts(
  doc: Document,
  url: string,
  scripts: readonly string[],
  opts: { roots?: DataRoot[]; text?: PageText } = {},
): SupplierReading {
  const facts = new FactSet<SupplierField>();
  const productReview = new FactSet<ProductReviewField>();
  const text = opts.text ?? pageText(doc);
  readSupplierData(opts.roots ?? pageDataRoots(scripts, text), url, facts, productReview);
  readDataAttributes(doc, url, facts);
  readSupplierText(text, facts);
  preferDrawn(facts);
  const supplier = supplierFromFacts(facts, url);
  return {
    supplier: Object.values(supplier).some((v) => v !== null && v !== undefined) ? supplier : null,
    conflicts: supplierConflicts(facts),
    productReview,
  };
}

export function extractAlibabaSupplier(doc: Document, url: string, scripts: readonly string[]) {
  const { supplier, conflicts } = readSupplierFacts(doc, url, scripts);
  return { supplier, conflicts };
}

export function supplierFromFacts(facts: FactSet<SupplierField>, url: string): SupplierFacts {
  const taLimit = facts.get<Money>('taLimit');
  const reviewCount = facts.get<number>('reviewCount') ?? facts.get<number>('reviewOrderCount');
  const rating = facts.get<number>('rating');
  return {
    ...EMPTY_SUPPLIER,
    name: facts.get('name'),
    companyId: facts.get('companyId'),
    profileUrl: facts.get('profileUrl') ?? minisiteProfile(url),
    country: facts.get('country'),
    yearsOnPlatform: facts.get('years'),
    verified: verifiedOf(facts),
    gold: facts.get('gold'),
    taOffered: taLimit ? true : facts.get('taOffered'),
    taLimit,
    taRemaining: facts.get('taRemaining'),
    taCreditLevel: facts.get('taCreditLevel'),
    responseRate: facts.get('responseRate'),
    responseTimeText: facts.get('responseTime'),
    onTimeDeliveryRate: facts.get('onTime'),
    // "0.0" from no reviews is no rating at all.
    rating: reviewCount === 0 ? null : rating,
    reviewCount,
    storeId: facts.get('storeId'),
    positiveRate: facts.get('positiveRate'),
    openedOn: facts.get('openedOn'),
    // A page that states no business type but carries the platform's verified identity has it as its type.
    businessType: facts.get('businessType') ?? facts.get('verifiedType'),
    verifiedType: facts.get('verifiedType'),
    reorderRate: facts.get('reorderRate'),
  };
}

/**
 * The page's data may carry two flags: the seller record's `companyHasPassAssessment` and the company
 * card's `verified`, which draws the "Verified by <assessor>" badge. They disagree on real 2026 pages
 * (ReviewLens captures: false beside true, with the badge shown): the badge the page shows is a positive
 * statement, a missing assessment in one record is not, so a true in the page's data wins.
 */
function verifiedOf(facts: FactSet<SupplierField>): boolean | null {
  const first = facts.get<boolean>('verified');
  if (first !== false) return first;
  const shown = facts
    .candidates('verified')
    .some((c) => !c.noteOnly && c.value === true && c.where.startsWith('script'));
  return shown ? true : first;
}

/** Public names of the facts whose disagreement the buyer is told about (the audit JSON's supplier fields). */
const CONFLICT_FIELDS: Partial<Record<SupplierField, [string, SameFn]>> = {
  name: ['name', sameName],
  years: ['years', (a, b) => a === b],
  taLimit: ['taLimit', sameMoney],
  taRemaining: ['taRemaining', sameMoney],
  responseRate: ['responseRate', sameRate],
  responseTime: ['responseTime', sameDuration],
  onTime: ['onTimeDeliveryRate', sameRate],
  reorderRate: ['reorderRate', sameRate],
  rating: ['rating', sameRating],
  reviewCount: ['reviewCount', (a, b) => a === b],
  positiveRate: ['positiveRate', sameRate],
};

/** What the buyer sees on the page, backed by a second source, wins over a record value nothing backs. */
function preferDrawn(facts: FactSet<SupplierField>): void {
  const drawn = (c: Candidate) => c.where.startsWith('visible text');
  for (const [field, entry] of Object.entries(CONFLICT_FIELDS))
    facts.preferBacked(field as SupplierField, drawn, entry?.[1]);
}

export function supplierConflicts(facts: FactSet<SupplierField>): Conflict[] {
  const same = Object.fromEntries(Object.entries(CONFLICT_FIELDS).map(([k, v]) => [k, v[1]]));
  return facts
    .conflicts('', same)
    .filter((c) => c.field in CONFLICT_FIELDS)
    .map((c) => ({ ...c, field: `supplier.${CONFLICT_FIELDS[c.field as SupplierField]?.[0]}` }));
}

/**
 * On a minisite the page itself names the supplier: its company_profile.html; on a localised marketplace's
 * copy of it (<language>.alibaba.com/supplier_<token>) the site's own address, the one the platform links.
 */
export function minisiteProfile(pageUrl: string): string | null {
  try {
    const url = new URL(pageUrl);
    if (isMinisiteHost(url.hostname)) return `https://${url.hostname}/company_profile.html`;
    return minisiteOf(url)?.root ?? null;
  } catch {
    return null;
  }
}
