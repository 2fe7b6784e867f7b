import type { MessageKey } from '../i18n/keys';
import type { ShippingMethod } from '../model/correction-choices';

/** Each shipping method's words (its own module: the page card's form uses them without text.ts's schemas). */
export const SHIPPING_KEY: Record<ShippingMethod, MessageKey> = {
  express: 'deadlines.shipping.express',
  air: 'deadlines.shipping.air',
  sea: 'deadlines.shipping.sea',
  land: 'deadlines.shipping.land',
  post: 'deadlines.shipping.post',
};
