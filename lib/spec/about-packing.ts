/**
 * Words that put a clause about the packing. "pack" starts a word: "Backpack load: strong enough for books" is
 * about the bag, not its packing.
 */
export const ABOUT_PACKING =
  /(?<![a-z])pack|carton|ctn|box|crate|embalaje|empaque|caja|emballage|carton|Verpackung|Karton|embalagem|caixa|imball|scatol|cartone|包装|纸箱|外箱/iu;
