/**
 * PayPal's "Friends and Family" (no buyer protection) as a way to pay, and not the same words naming a promotion or
 * the people a product is for: "Friends & family bundle, buy 3 get 1 free", "our friends and family discount", "a
 * gift for friends and family", "share it with your family & friends". A bundle, a deal or a code after the words, or
 * "for / with / to" before them, names a sale or an audience; "send it as friends and family", "pay F&F", "use
 * friends & family on PayPal" are still the payment.
 */
const PROMOTION_AFTER =
  '(?!\\s*(?:[-–]\\s*)?(?:bundle|pack|deal|discount|offer|sale|promo\\w*|set|plan|package|coupon|code|price|pricing|special|edition|combo|kit|event|day|week|weekend|sharing|size|gift|box|voucher|rate|program(?:me)?|referral|night|party|season)s?\\b)';
const AUDIENCE_BEFORE =
  '(?<!\\b(?:for|with|to|among|and|your|our|all|my|his|her|their)\\s+(?:your\\s+|our\\s+|all\\s+|the\\s+|my\\s+|their\\s+)?)';

/**
 * PayPal's own order of the words ("friends and family"), for a wallet named with no word of paying needed; "my
 * family and friends also bought these" is people.
 */
export const PAYPAL_FRIENDS_AND_FAMILY = `${AUDIENCE_BEFORE}\\bfriends?\\s+(?:and|&)\\s+family\\b${PROMOTION_AFTER}`;
/** Both orders, where a word of paying is also needed (indirect-payment.ts, the English lexicon). */
export const FRIENDS_AND_FAMILY_PAYMENT = `${AUDIENCE_BEFORE}\\b(?:friends?\\s+(?:and|&)\\s+family|family\\s+(?:and|&)\\s+friends?)\\b${PROMOTION_AFTER}`;
