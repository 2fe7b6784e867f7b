import '../../lib/zod-jitless';
import { PAGE_ANSWERS_GLOBAL, type PageAnswers } from '../../lib/messaging/injected-scripts';
import { readApiOrder, snapshotWithApiOrder } from './api-order-reader';
import { answerCapture } from './capture-answers';

/**
 * What checks with zod on the buyer's page, injected by the background into the marketplace content script's
 * world on the first capture request or the first order response of an AliExpress order page's own API: the
 * pages that never see either do not compile zod or the readers these reach.
 */
export default defineUnlistedScript(() => {
  const answers: PageAnswers = { answerCapture, readApiOrder, snapshotWithApiOrder };
  (globalThis as Record<string, unknown>)[PAGE_ANSWERS_GLOBAL] = answers;
});
