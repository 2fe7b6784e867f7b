/**
 * A document the order can be held to, named by its number or revision: "requirement sheet BR-44 rev 2",
 * "Appendix A (QA-Spec rev 2)", "the attached label sheet LS-12". A lead-in such as "as per buyer's requirement"
 * or "as discussed" that points at one is a reference to a written record, not to a conversation.
 */

import { latinWords } from './patterns';

export const NUMBERED_DOCUMENT = latinWords([
  '(?:sheet|appendix|annex|attachment|document|doc|spec(?:ification)?|form|list|drawing|file|artwork)\\.? (?:No\\.? ?|#)?[A-Z]{0,6}[- ]?\\d[\\w.-]*',
  '(?:appendix|annex|attachment|exhibit|schedule) [A-Z]\\b',
  'rev(?:ision)?\\.? ?[A-Z0-9]{1,3}\\b',
]);
