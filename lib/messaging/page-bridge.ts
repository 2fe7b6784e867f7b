import { z } from 'zod';
import { BRIDGE_SOURCE, isObservedApi, MAX_BODY } from './page-bridge-wire';

/**
 * The one message the page's own world (a MAIN-world content script that
 * observes AliExpress's order-detail API responses) hands to TradeGuard's
 * isolated content script with window.postMessage. The page can post anything
 * under any name, so the receiver accepts only this shape, from this window,
 * of a bounded size, for the API names below; it then reads the body as
 * untrusted JSON like any page data.
 */

export const PageApiMessageSchema = z.object({
  source: z.literal(BRIDGE_SOURCE),
  api: z.string().max(200),
  url: z.string().max(4000),
  body: z.string().max(MAX_BODY),
});
export type PageApiMessage = z.infer<typeof PageApiMessageSchema>;

/** The message, if `data` is one and names an observed API; else null. */
export function readBridgeMessage(data: unknown): PageApiMessage | null {
  const parsed = PageApiMessageSchema.safeParse(data);
  if (!parsed.success || !isObservedApi(parsed.data.api)) return null;
  return parsed.data;
}
