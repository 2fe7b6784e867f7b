import type { Lexicon } from '../lexicon';

/**
 * Persian in Latin letters (Finglish), as Iranian traders type it: "pool ro be hesab-e hamkaram variz konid",
 * "kharej az Alibaba pardakht", "shomare kart miferestam". The ezafe is written joined by a hyphen ("hesab-e",
 * "kart-e") or apart; both are read.
 */
const EZAFE = '(?:-y?e|-i)?';
export const FA_LATN: Lexicon = {
  lang: 'fa-latn',
  script: 'latin',
  // Finglish's own small words (not "in", "man", "ba", "va", "ke": English, Vietnamese, French or Hindi share them).
  ownWords:
    'ro|az|lotfan|faghat|fagat|shoma|chon|agar|baraye|mikon\\w*|konid|konin|kon|bedid|bedin|hastim|hastid|hast|nist|nadar\\w*|darim|midim|midam|bayad|kheili|kheyli|alan|mamnoon|mamnun|dige|digar|ba\\s+ma|be\\s+ma',
  pay: 'variz\\w*|pardakht\\w*|kart\\s+be\\s+kart|enteghal\\s+(?:bedid|bedin|konid|kon)',
  account: `hesab\\w*${EZAFE}|shomare\\s+kart\\w*|shomare\\s+hesab\\w*|shaba`,
  bankInfo:
    'shomare\\s+(?:hesab|kart|shaba)\\w*|mushakhasat\\s+(?:e\\s+)?hesab|moshakhasat\\s+(?:e\\s+)?hesab',
  // "hesab-e hamkaram" (my colleague's account), "hesab-e shakhsi", "hesab-e baradaram".
  owner:
    'hamkar\\w*|shakhsi\\w*|khodam|khodemoon|khodemun|modir\\w*|baradar\\w*|khahar\\w*|dooste?m|rafigh\\w*|hamsar\\w*',
  other: 'dige|digar|digari|digeh',
  fresh: 'jadid',
  related: 'sherkat\\w*(?:-e)?\\s+(?:dige|digar|hamkar\\w*)',
  direct: 'mostaghim\\w*|mostaqim\\w*',
  method: 'ravesh\\w*|tarigh\\w*',
  platform: 'trade\\s?assurance|alibaba|aliexpress|platform\\w*',
  notNeeded: 'lazem\\s+nist|niaz\\s+nist|niazi\\s+nist',
  outside: 'kharej\\s+az|biroon\\s+az|birun\\s+az',
  friends: '',
  changed: 'avaz\\s+shod\\w*|taghir\\s+kard\\w*|taghyir\\s+kard\\w*|avaz\\s+kardim',
  trouble: 'masdood|masdud|block\\s+shod\\w*|mosadere',
  discard: '',
  old: '',
  invoice: 'factor|faktor|pish\\s?factor|pish\\s?faktor',
  soon: '',
  loss: '',
  received: '',
  buy: 'kharid\\w*|sefaresh\\w*',
  store: 'forooshgah\\w*|foroshgah\\w*|maghaze\\w*',
  addMe: 'add\\s+(?:konid|kon|konin)|mano\\s+add',
  send: 'miferestam|befrestam|ersal\\s+mikonam',
};
