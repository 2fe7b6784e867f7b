/**
 * ISO 3166-1 alpha-2 country codes (with XK, Kosovo, which alibaba.com lists), generated once from
 * Intl.DisplayNames without the groupings and reserved codes (EU, UN, EZ, QO, ZZ …). A card's "CN" beside
 * "6 YRS" is a country only when it is one of these: "XL" (a size) and "CE" (a mark) are not.
 */
const CODES = new Set(
  (
    'AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
    'BT BU BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CS CU CV CW CX CY CZ DD DE DJ DK DM DO DY ' +
    'DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR FX GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
    'GY HK HM HN HR HT HU HV ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ ' +
    'LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY ' +
    'MZ NA NC NE NF NG NH NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RH RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SU SV SX SY SZ TC TD TF TG TH TJ TK TL ' +
    'TM TN TO TP TR TT TV TW TZ UA UG UK UM US UY UZ VA VC VD VE VG VI VN VU WF WS XK YD YE YT YU ZA ZM ' +
    'ZR ZW'
  ).split(' '),
);

export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}
