import { textOf } from '../facts/shapes';
import type { DataRoot } from '../sources/page-data';
import { firstIn } from './item-data';

/**
 * The return promise an AliExpress item page makes (a free return, a local return within N days), as the
 * page words it. Two readings:
 * - by the data's own key, `returnPolicyGuarantees` (buyerProtectionModule of 2020: `{name: "<local return>",
 *   brief: "within 15 days"}`; sellerPromiseComponent of 2023: a list of them), in whatever language the shop
 *   shows: the key says what it is;
 * - a service line whose title names a return ("Free returns" / "Devolución gratis" with what it promises
 *   under `content` or `desc`: sellerPromiseComponent.serviceDetails of 2023, an item API's `service` list).
 * A value the page never filled in — a translation key such as "easy_return_insurance_name@easyReturnInsurance",
 * drawn into words in the browser — says nothing to a reader and is no promise.
 */
const RETURN_TITLE =
  /(?<![\p{L}])(?:(?:free |local |easy )?returns?|devoluci[oó]n(?:es)?|devolu[cç](?:ão|ões)|retours?|r[üu]ckgabe|reso|resi|zwrot\p{L}*|возврат\p{L}*|iade|退货|退貨|返品|반품)(?![\p{L}])/iu;

const UNFILLED = /^[\w.-]+@[\w.-]+$/;

const filled = (v: unknown): string | null => {
  const t = textOf(v)?.replace(/\s+/g, ' ').trim();
  return t && !UNFILLED.test(t) ? t : null;
};

function guaranteeText(v: unknown): string | null {
  for (const g of Array.isArray(v) ? v : [v]) {
    if (!g || typeof g !== 'object') continue;
    const o = g as Record<string, unknown>;
    const name = filled(o.name);
    const what = filled(o.brief) ?? filled(o.detailDescription) ?? filled(o.description);
    if (name) return (what ? `${name}: ${what}` : name).slice(0, 400);
  }
  return null;
}

export function returnPromiseOf(roots: readonly DataRoot[]): string | null {
  return firstIn(roots, (obj) => {
    const keyed = guaranteeText(obj.returnPolicyGuarantees);
    if (keyed) return keyed;
    const title = filled(obj.title);
    const what = filled(obj.content) ?? filled(obj.desc);
    if (!title || !what || title.length > 60 || !RETURN_TITLE.test(title)) return null;
    return `${title}: ${what}`.slice(0, 400);
  });
}
