import type { MessageKey } from '../i18n/keys';
import type { Msg, MsgParam } from '../i18n/msg';
import { english } from '../i18n/translate';
import { cite, type DocumentId } from '../sources';
import type { RuleSentence } from './types';

/**
 * Every rule a dispute draft states, in our own words, each with the public
 * document it rests on (lib/sources.ts) and a few words of that document
 * (`witness`) that a test finds in the stored copy, so a citation cannot
 * drift from what the source says.
 */
export interface DisputeRule extends RuleSentence {
  doc: DocumentId;
  witness: string;
}

/** The sentence is a catalog message (`disputeText.rule.*`): its English is what the draft pastes. */
function rule(
  doc: DocumentId,
  part: string,
  key: MessageKey,
  witness: string,
  params?: Record<string, MsgParam>,
): DisputeRule {
  const textMsg: Msg = params ? { key, params } : { key };
  return { text: english.render(textMsg), textMsg, source: cite(doc, part), doc, witness };
}

export const RULES = {
  onTimeShipment: rule(
    'taService',
    '"Shipping protection"',
    'disputeText.rule.onTimeShipment',
    'you will be eligible for a refund',
  ),
  exactShipDate: rule(
    'taGuide',
    'step 2, item 5 "Shipment Date"',
    'disputeText.rule.exactShipDate',
    'no prior confirmation with you (buyer)',
  ),
  productQuality: rule(
    'taService',
    '"Product-quality protection"',
    'disputeText.rule.productQuality',
    'do not match the details outlined in your contract',
  ),
  notWritten: rule(
    'taGuide',
    'Case 1: refund denied, the material had only been agreed in chat',
    'disputeText.rule.notWritten',
    'mentions nothing about the Gold part',
  ),
  vagueWords: rule(
    'taGuide',
    'Case 1, and step 2 "Quality requirements"',
    'disputeText.rule.vagueWords',
    'such general terms are written in the order',
  ),
  sampleOrder: rule(
    'taService',
    '"Product-quality protection": not applicable on sample orders',
    'disputeText.rule.sampleOrder',
    'Not applicable on sample order',
  ),
  quantity: rule(
    'taGuide',
    'step 2, item 3 "Quantity"',
    'disputeText.rule.quantity',
    'when there is a quantity shortage',
  ),
  packaging: rule(
    'taGuide',
    'step 2, item 4 "Packaging details"',
    'disputeText.rule.packaging',
    'you may accuse of poor packaging',
  ),
  inspectionRejected: rule(
    'taRefundArticle',
    '"Alibaba Trade Assurance Refund and Dispute Resolution"',
    'disputeText.rule.inspectionRejected',
    'The supplier has 15 days to clear the problem',
  ),
  inspectionAgreed: rule(
    'taGuide',
    'Case 2: an inspection report against a standard set by the buyer alone',
    'disputeText.rule.inspectionAgreed',
    'the inspection standards are set only by the buyer',
  ),
  preShipmentInspection: rule(
    'taGuide',
    '5a "Quality Inspection before Shipment"',
    'disputeText.rule.preShipmentInspection',
    'open a dispute for a refund of initial payment',
  ),
  fullPaymentFirst: rule(
    'taGuide',
    'section 4, on opening a dispute over defective goods',
    'disputeText.rule.fullPaymentFirst',
    'after full order amount is paid',
  ),
  coverageType: rule(
    'taGuide',
    'step 3 "Choose Coverage Type"',
    'disputeText.rule.coverageType',
    'you are protected for the initial payment',
  ),
  coveredAmount: rule(
    'taService',
    'FAQ "What is the Trade Assurance covered amount?"',
    'disputeText.rule.coveredAmount',
    'a refund for your covered amount',
  ),
  limit: rule(
    'taGuide',
    'step 1 "Know the Trade Assurance Limit of Your Supplier" and step 3',
    'disputeText.rule.limit',
    'trade assurance limit that exceeds your order value',
  ),
  designatedAccount: rule(
    'taService',
    'step 2 (paying to the account Alibaba.com designates)',
    'disputeText.rule.designatedAccount',
    'you must make payment to the supplier',
  ),
  fullPayment: rule(
    'taGuide',
    '4 "How to Open a Dispute"',
    'disputeText.rule.fullPayment',
    'after full order amount is paid',
  ),
  claimPeriod: rule(
    'taGuide',
    '4 "How to Open a Dispute"',
    'disputeText.rule.claimPeriod',
    'within the applicable claim period',
  ),
  refundPolicy: rule(
    'taProtects',
    '"30-day refunds policy"',
    'disputeText.rule.refundPolicy',
    'goes missing',
  ),
  onTimeDelivery: rule(
    'taProtects',
    '"On-time Delivery Guarantee"',
    'disputeText.rule.onTimeDelivery',
    'platform credit for up to US $100',
    { credit: { minor: 10_000, currency: 'USD' } },
  ),
  evidenceWeighed: rule(
    'taProtects',
    '"What it is / What it is not"',
    'disputeText.rule.evidenceWeighed',
    'will consider evidence from both the buyer and supplier',
  ),
  alibabaSteps: rule(
    'taGuide',
    '4 "How to Open a Dispute", steps 1–3',
    'disputeText.rule.alibabaSteps',
    'Fill in the Dispute Form and Upload Evidence',
  ),
  aliexpressCovers: rule(
    'aliexpressProtection',
    '"All purchases are refund guaranteed"',
    'disputeText.rule.aliexpressCovers',
    'A full refund will be given',
  ),
  aliexpressEscrow: rule(
    'aliexpressProtection',
    '"What transactions are eligible for AliExpress Buyer Protection?"',
    'disputeText.rule.aliexpressEscrow',
    'using our Escrow service',
  ),
  aliexpressSteps: rule(
    'aliexpressProtection',
    '"How does AliExpress Buyer Protection Policy work?"',
    'disputeText.rule.aliexpressSteps',
    'after you’ve made an initial Refund Request',
  ),
  aliexpressDelivery: rule(
    'aliexpressProtection',
    '"All purchases are refund guaranteed"',
    'disputeText.rule.aliexpressDelivery',
    'if the order did not arrive',
  ),
  aliexpressConfirmDetails: rule(
    'aliexpressProtection',
    '"Safe buying on AliExpress", point 2',
    'disputeText.rule.aliexpressConfirmDetails',
    'please confirm every detail such as color, size, quantity',
  ),
} as const;
