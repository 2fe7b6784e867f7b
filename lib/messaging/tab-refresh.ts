import { z } from 'zod';

/**
 * Background → the tab's content script: the buyer changed a fact in the popup, so the card reads the
 * page again. Apart from protocol.ts so the content script does not carry every request schema.
 */
export const CardRefreshSchema = z.object({ type: z.literal('tab/refresh-card') });
