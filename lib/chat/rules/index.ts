import type { ChatRule } from '../rule';
import { bankDetailsChange } from './bank-details-change';
import { offplatformContact } from './offplatform-contact';
import { offplatformPayment } from './offplatform-payment';
import { paymentDetails } from './payment-details';
import { pressure } from './pressure';

/** Every chat rule, in the order findings are listed. A test fails when a rule file is not registered here. */
export const CHAT_RULES: readonly ChatRule[] = [
  offplatformPayment,
  bankDetailsChange,
  paymentDetails,
  offplatformContact,
  pressure,
];
