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

function rule(doc: DocumentId, part: string, text: string, witness: string): DisputeRule {
  return { text, source: cite(doc, part), doc, witness };
}

export const RULES = {
  onTimeShipment: rule(
    'taService',
    '"Shipping protection"',
    'Trade Assurance protects shipment on the date the contract with the supplier states: a delay makes the buyer eligible for a refund.',
    'you will be eligible for a refund',
  ),
  exactShipDate: rule(
    'taGuide',
    'step 2, item 5 "Shipment Date"',
    'Only an exact shipment date written in the Trade Assurance order counts; a later date counts only if it was changed in the order itself, and a late shipment the buyer did not confirm beforehand can be disputed.',
    'no prior confirmation with you (buyer)',
  ),
  productQuality: rule(
    'taService',
    '"Product-quality protection"',
    'Product-quality protection covers goods that do not match the details written in the contract with the supplier.',
    'do not match the details outlined in your contract',
  ),
  notWritten: rule(
    'taGuide',
    'Case 1: refund denied, the material had only been agreed in chat',
    'A requirement that is not written in the order cannot be enforced: in the guide’s case the buyer lost because the material was only discussed in chat and e-mail.',
    'mentions nothing about the Gold part',
  ),
  vagueWords: rule(
    'taGuide',
    'Case 1, and step 2 "Quality requirements"',
    'General words such as “red” or “gold” rarely win a quality dispute; a Pantone or RGB code, or a measured value with its unit, does.',
    'such general terms are written in the order',
  ),
  sampleOrder: rule(
    'taService',
    '"Product-quality protection": not applicable on sample orders',
    'Product-quality protection does not apply to sample orders.',
    'Not applicable on sample order',
  ),
  quantity: rule(
    'taGuide',
    'step 2, item 3 "Quantity"',
    'An exact quantity written per item lets the buyer ask for a refund when fewer arrive.',
    'when there is a quantity shortage',
  ),
  packaging: rule(
    'taGuide',
    'step 2, item 4 "Packaging details"',
    'Damage can be blamed on poor packaging only with the packaging written in the order and strong evidence.',
    'you may accuse of poor packaging',
  ),
  inspectionRejected: rule(
    'taRefundArticle',
    '"Alibaba Trade Assurance Refund and Dispute Resolution"',
    'When an inspection rejects the batch, the buyer can complain: the supplier has 15 days to fix it, then Alibaba reviews the contract against the inspection report.',
    'The supplier has 15 days to clear the problem',
  ),
  inspectionAgreed: rule(
    'taGuide',
    'Case 2: an inspection report against a standard set by the buyer alone',
    'An inspection report carries weight when its standard was agreed in the order; in the guide’s case a report against a standard set by the buyer alone did not settle the dispute.',
    'the inspection standards are set only by the buyer',
  ),
  preShipmentInspection: rule(
    'taGuide',
    '5a "Quality Inspection before Shipment"',
    'If an inspection before shipment finds a quality problem, the buyer can negotiate with the supplier or open a dispute for a refund of the initial payment.',
    'open a dispute for a refund of initial payment',
  ),
  fullPaymentFirst: rule(
    'taGuide',
    'section 4, on opening a dispute over defective goods',
    'A dispute can be opened only within the claim period and after the full order amount has been paid.',
    'after full order amount is paid',
  ),
  coverageType: rule(
    'taGuide',
    'step 3 "Choose Coverage Type"',
    'Pre-shipment coverage protects the initial payment only; post-delivery coverage protects the full order payment, up to the supplier’s Trade Assurance limit.',
    'you are protected for the initial payment',
  ),
  coveredAmount: rule(
    'taService',
    'FAQ "What is the Trade Assurance covered amount?"',
    'If the supplier is found at fault, Alibaba.com refunds up to the order’s covered amount.',
    'a refund for your covered amount',
  ),
  limit: rule(
    'taGuide',
    'step 1 "Know the Trade Assurance Limit of Your Supplier" and step 3',
    'Protection reaches only as far as the supplier’s Trade Assurance limit: the part of an order above it is not protected.',
    'trade assurance limit that exceeds your order value',
  ),
  designatedAccount: rule(
    'taService',
    'step 2 (paying to the account Alibaba.com designates)',
    'Only payments to the account Alibaba.com designated for the order are protected; money paid to the supplier directly, or to any other account, is not.',
    'you must make payment to the supplier',
  ),
  fullPayment: rule(
    'taGuide',
    '4 "How to Open a Dispute"',
    'A dispute over delivered goods can be opened only within the claim period and after the full order amount is paid.',
    'after full order amount is paid',
  ),
  claimPeriod: rule(
    'taGuide',
    '4 "How to Open a Dispute"',
    'A dispute can be opened only within the order’s claim period.',
    'within the applicable claim period',
  ),
  refundPolicy: rule(
    'taProtects',
    '"30-day refunds policy"',
    'The refund policy covers an order that was not shipped, went missing, or arrived with defects, wrong items or damage.',
    'goes missing',
  ),
  onTimeDelivery: rule(
    'taProtects',
    '"On-time Delivery Guarantee"',
    'On eligible products, late delivery makes the buyer eligible for platform credit of up to US$100 (a credit, not a refund).',
    'platform credit for up to US $100',
  ),
  evidenceWeighed: rule(
    'taProtects',
    '"What it is / What it is not"',
    'Refunds are not automatic: Alibaba.com weighs the evidence of both buyer and supplier, and what was agreed must be shown.',
    'will consider evidence from both the buyer and supplier',
  ),
  alibabaSteps: rule(
    'taGuide',
    '4 "How to Open a Dispute", steps 1–3',
    'Open the dispute from the order list ("Open a dispute" / "Apply for refund"), fill in the dispute form and upload the evidence; the supplier usually has 5 days to answer, then the buyer can escalate to Alibaba’s dispute team.',
    'Fill in the Dispute Form and Upload Evidence',
  ),
  aliexpressCovers: rule(
    'aliexpressProtection',
    '"All purchases are refund guaranteed"',
    'AliExpress gives a full refund when the order did not arrive; when it arrived not as described, the buyer negotiates a partial refund with the supplier, and AliExpress mediates.',
    'A full refund will be given',
  ),
  aliexpressEscrow: rule(
    'aliexpressProtection',
    '"What transactions are eligible for AliExpress Buyer Protection?"',
    'Only transactions paid through AliExpress’s escrow are protected; a supplier asking for another way to pay should be reported.',
    'using our Escrow service',
  ),
  aliexpressSteps: rule(
    'aliexpressProtection',
    '"How does AliExpress Buyer Protection Policy work?"',
    'Step 1: submit a refund request and negotiate with the supplier; step 2: without agreement, apply for mediation from 10 days after the refund request; step 3: AliExpress decides on the evidence, and its decision is final.',
    'after you’ve made an initial Refund Request',
  ),
  aliexpressDelivery: rule(
    'aliexpressProtection',
    '"All purchases are refund guaranteed"',
    'AliExpress Buyer Protection is about delivery and the goods as described, not about the day the supplier ships: a late shipment becomes a claim when the order has not arrived.',
    'if the order did not arrive',
  ),
  aliexpressConfirmDetails: rule(
    'aliexpressProtection',
    '"Safe buying on AliExpress", point 2',
    'AliExpress asks buyers to confirm colour, size and quantity when they order: what the order’s options do not say must be shown from the product page as it was when you bought.',
    'please confirm every detail such as color, size, quantity',
  ),
} as const;
