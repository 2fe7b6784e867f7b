import type { Lexicon } from '../lexicon';

/**
 * Arabic in Latin letters and digits (Arabizi), as Egyptian, Levantine and Gulf traders type it: the digits stand
 * for the letters Latin lacks (2 hamza, 3 ain, 5 kha, 7 ha, 8/9 qaf or sad), and English words come inside
 * ("el order el gai 5aleeh bank transfer", "Alibaba byakhod nesba", "edfa3 3ala 7esabi"). Both the digit and the
 * letter spellings are read (5/kh, 7/h, 3/a). The words of ar.ts, in the way they are typed.
 */
export const AR_LATN: Lexicon = {
  lang: 'ar-latn',
  script: 'latin',
  // Arabizi's own small words, and any word with a digit for a letter ("3ala", "7esab", "ta2"): Hindi "badal ke"
  // (change and) or Spanish "barra" alone are not Arabizi.
  ownWords:
    'el|3ala|3an|3a|ana|enta|enti|inta|ehna|e7na|ya3ni|keda|kda|kida|3ashan|3shan|lel|lil|bel|fel|msh|mish|mafeesh|mafish|kol|kul|howa|heya|elly|elli|ely|dah|deh|ma3|m3a|wala|walla|ba3d|2abl|leh|fein|mn|la2|aywa|tayeb|yalla|habibi|7abibi|fi|fe|feeh|3and|3nd|momken|mumkin|lazem|3ayez|3ayz|3awz|bta3|beta3|[a-z]*[2357][a-z]+[a-z0-9]*',
  // English payment words come inside Arabizi ("5aleeh bank transfer"): they count as paying here too.
  pay: 'daf3|dafa3|edfa3|idfa3|tedfa3|yedfa3|nedfa3|ta7wee?l|tahwee?l|ta7weel|7awel|7awwel|hawel|ba3at|eb3at|ib3at|teb3at|transfer|payment|pay',
  account: '7esab\\w*|7sab\\w*|hesab\\w*|hsab\\w*',
  bankInfo: 'bayanat\\s+el\\s+bank|ma3lomat\\s+el\\s+bank|raqam\\s+el\\s+7esab|rakam\\s+el\\s+7esab',
  owner:
    'shakhsi|sha5si|shakhsy|sha5sy|beta3i|beta3y|bta3i|bta3y|7esabi|7sabi|hesabi|el\\s+modeer|el\\s+mudir',
  other: 'tanya|tany|tani|tania|taniya',
  fresh: 'gdeed|gedid|gdid|gedeed|jdid|jadeed|jadid',
  related: 'sharik[ae]\\w*\\s+(?:tanya|ta3ba|el\\s+om)',
  direct: '3ala\\s?tool|3a\\s?tool|3latool|ala\\s?tool|mobashar\\w*|mubashar\\w*',
  method: 'tari2a|tare2a|taree2a|tari2et|wasila|wasela',
  platform: 'trade\\s?assurance|alibaba|aliexpress|el\\s+platform|el\\s+mawq[ae]3|el\\s+site|el\\s+app',
  // "Alibaba byakhod nesba" (Alibaba takes a percentage): the platform's cut, given as the reason.
  platformCut:
    'byakhod|bya5od|byakhud|bya5ud|yakhod|ya5od|beyakhod|beya5od|biyakhod|biya5od|btakhod|bta5od|byakhdo|bya5do|byekhsem|bye5sem',
  notNeeded:
    'mesh\\s+lazem|mish\\s+lazem|msh\\s+lazem|mush\\s+lazem|mafeesh\\s+da3i|mafish\\s+da3i|mafesh\\s+da3i|la\\s+da3i',
  outside: 'barra|bara|(?:kh|5)arej|(?:kh|5)arig',
  friends: '',
  changed: 'etghayar|ghayarna|ghayyarna|etghayyar|et8ayar',
  trouble: 'mat2fool|ma2fool|mgamad|mjammad|etgamad|etjamad',
  discard: '',
  old: '',
  invoice: 'fatoora|fatura|fatora|fatoura',
  soon: '',
  loss: '',
  received: '',
  buy: 'eshter\\w*|ishter\\w*|otlob\\w*|utlub\\w*',
  store: 'el\\s+mahal|mahalna|matjar\\w*|website',
  addMe: 'difni|deefni|daifni|dayfni|edifni|zawedni',
  send: 'hab3atlak|hab3atlk|ab3atlak|ab3atlk|hb3tlk|harsellak|arsellak',
  instead: 'badal|bdal|3ewad|3awad',
  order: 'el\\s+order|el\\s+talab',
  site: 'el\\s+site|el\\s+app|el\\s+mawq[ae]3',
};
