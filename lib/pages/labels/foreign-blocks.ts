/**
 * Parts of a page that are not the supplier's own facts, by their class/id or
 * their heading. Text inside them never supplies a supplier fact:
 * - other suppliers: "Similar suppliers", "Suppliers you may like",
 *   recommendation carousels (the red-team pages s4/s8 modelled them on the
 *   minisites' side columns; research/alibaba-pages.md lists the same modules);
 * - text the supplier wrote itself: the product description, "About us",
 *   product attributes, buyer reviews. A supplier can type "Trade Assurance
 *   limit: US$1,000,000" there; only the platform's own card states the limit.
 */
export type BlockScope = 'page' | 'other-supplier' | 'supplier-written';

const OTHER_ATTR =
  /(?:^|[\s_-])(?:similar|recommend[a-z]*|reco|related|you-?may-?like|guess[a-z-]*|other-?suppliers?|more-?suppliers?)(?:$|[\s_-])/i;
const OTHER_HEADING =
  /^(?:similar (?:suppliers?|companies|stores|factories|manufacturers)|recommended (?:suppliers?|stores|for you)|(?:suppliers?|products?|stores?|factories) you may (?:also )?like|you may (?:also )?like|other suppliers|more suppliers|people also (?:viewed|searched)|猜你喜欢|相似|推荐|fournisseurs similaires|vous aimerez aussi|proveedores similares|también te puede gustar|te puede gustar|ähnliche (?:lieferanten|anbieter)|das könnte (?:ihnen|dir) auch gefallen|fornecedores (?:semelhantes|similares)|você também pode gostar)/i;

const WRITTEN_ATTR =
  /(?:^|[\s_-])(?:description|introduction|intro|about-?us|rich-?text|attributes?|attribute-?list|specifications?|review-?(?:item|content|text|list)|feedback-?(?:item|content|list))(?:$|[\s_-])/i;
const WRITTEN_HEADING =
  /^(?:product description|description|about us|company introduction|introduction|product attributes|key attributes|other attributes|specifications?|customer reviews|product reviews|buyer reviews|à propos|description du produit|descripción del producto|sobre nosotros|produktbeschreibung|über uns|descrição do produto|sobre nós|产品描述|公司介绍|关于我们|商品评价)\b/i;

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The scope an element opens, from its class, id and first heading; 'page' when it opens none. */
export function blockScope(el: Element): BlockScope {
  const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (attr.length > 1 && attr.length < 300) {
    if (OTHER_ATTR.test(attr)) return 'other-supplier';
    if (WRITTEN_ATTR.test(attr)) return 'supplier-written';
  }
  const first = el.firstElementChild;
  if (!first || !HEADINGS.has(first.tagName.toUpperCase())) return 'page';
  const heading = (first.textContent ?? '').slice(0, 80).replace(/\s+/g, ' ').trim();
  if (OTHER_HEADING.test(heading)) return 'other-supplier';
  if (WRITTEN_HEADING.test(heading)) return 'supplier-written';
  return 'page';
}
