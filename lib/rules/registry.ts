import { missingColor } from './missing-color';
import { missingInspection } from './missing-inspection';
import { missingMaterial } from './missing-material';
import { missingPackaging } from './missing-packaging';
import { missingShipDate } from './missing-ship-date';
import { missingSize } from './missing-size';
import { paymentMethodLimit } from './payment-method-limit';
import { paymentMethodNotCovered } from './payment-method-not-covered';
import { paymentNotDesignatedAccount } from './payment-not-designated-account';
import { sampleOrderQualityNotCovered } from './sample-order-quality-not-covered';
import { supplierLowOnTime } from './supplier-low-on-time';
import { supplierLowResponse } from './supplier-low-response';
import { supplierNew } from './supplier-new';
import { supplierNotVerified } from './supplier-not-verified';
import { taCoveragePreShipment } from './ta-coverage-pre-shipment';
import { taCoveredAmountShort } from './ta-covered-amount-short';
import { taLimitBelowOrder } from './ta-limit-below-order';
import { taLimitRemainingBelowOrder } from './ta-limit-remaining-below-order';
import { taLimitUnknown } from './ta-limit-unknown';
import { taNotOffered } from './ta-not-offered';
import { taOrderBelowMinimum } from './ta-order-below-minimum';
import type { Rule } from './types';
import { vagueColor } from './vague-color';
import { vagueCustomization } from './vague-customization';
import { vagueMaterial } from './vague-material';
import { vaguePackaging } from './vague-packaging';
import { vaguePerformance } from './vague-performance';
import { vagueQuantity } from './vague-quantity';
import { vagueShipDate } from './vague-ship-date';
import { vagueSize } from './vague-size';
import { vagueWeight } from './vague-weight';

/** Every page rule, in the order the README's rule table lists them. Ids are public: never rename. */
export const PAGE_RULES: readonly Rule[] = [
  taLimitBelowOrder,
  taLimitRemainingBelowOrder,
  taLimitUnknown,
  taNotOffered,
  taCoveredAmountShort,
  taCoveragePreShipment,
  taOrderBelowMinimum,
  paymentMethodLimit,
  paymentMethodNotCovered,
  paymentNotDesignatedAccount,
  sampleOrderQualityNotCovered,
  vagueColor,
  vagueSize,
  vagueMaterial,
  vagueWeight,
  vagueQuantity,
  vaguePackaging,
  vagueShipDate,
  vagueCustomization,
  vaguePerformance,
  missingColor,
  missingSize,
  missingMaterial,
  missingPackaging,
  missingShipDate,
  missingInspection,
  supplierNew,
  supplierLowResponse,
  supplierLowOnTime,
  supplierNotVerified,
];
