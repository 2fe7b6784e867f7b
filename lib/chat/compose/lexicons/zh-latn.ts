import type { Lexicon } from '../lexicon';

/**
 * Chinese in pinyin, as suppliers type it to buyers who read some Chinese (often mixed with English: "next order
 * bu yong zai Alibaba xia dan", "fu dao wo de zhanghu", "xianxia zhuanzhang"). Syllables are written joined or
 * apart ("zhanghu" / "zhang hu"), without tone marks; both are read. The words of zh.ts, in Latin letters.
 */
/**
 * The platform right after "no need": "bu yong zai Alibaba", "bu xuyao zou xinbao"; not "no need to order AGAIN on
 * Alibaba" ("…shang zai xia dan le"): no re-order needed, the platform kept (red team, stop 44).
 */
const PLATFORM_NEXT =
  '(?=\\s+(?:zai\\s+|zou\\s+|tong\\s?guo\\s+|jing\\s?guo\\s+|yong\\s+)?(?:trade\\s?assurance|alibaba|aliexpress|ping\\s?tai|xin\\s?bao)(?!\\s+(?:shang\\s+)?(?:zai|chong\\s?xin)\\s+xia\\s?dan))';

export const ZH_LATN: Lexicon = {
  lang: 'zh-latn',
  script: 'latin',
  // Pinyin's own syllables as words: "wo", "qing", "ke yi"… ("de", "le", "ni", "ma" are Spanish, French or Italian).
  ownWords:
    'wo|wo\\s?men|ni\\s?men|qing|xie\\s?xie|dou|jiu|zhe\\s?ge|na\\s?ge|yao|mei\\s?you|mei|hen|gei|yi\\s?xia|ke\\s?yi|zai|hai\\s?shi|yi\\s?jing|xian|deng|dui|hao|shi',
  pay: 'fu\\s?kuan|zhi\\s?fu|zhuan\\s?zhang|da\\s?kuan|hui\\s?kuan|fu\\s?qian|fu\\s+(?:jiu|dao|gei)|zhuan\\s+(?:gei|dao)|da\\s+(?:gei|dao)|hui\\s+(?:gei|dao)',
  // "zhang hao" is also the login: "zhang hao mi ma" (the password), "qi ta zhang hao de ding dan" (the orders of the
  // buyer's other accounts) name no payee (red team, stop 44).
  account:
    'zhang\\s?hu|zhang\\s?hao(?!\\s+(?:mi\\s?ma|deng\\s?lu|de\\s+ding\\s?dan))|ka\\s?hao|hu\\s?tou|yin\\s?hang\\s?ka',
  bankInfo:
    'yin\\s?hang\\s+(?:zhang\\s?hu|xin\\s?xi|zi\\s?liao)|shou\\s?kuan\\s?(?:ren|zhang\\s?hu|xin\\s?xi|ma)',
  owner:
    'ge\\s?ren|si\\s?ren|lao\\s?ban\\s+de|lao\\s?ban\\s?niang|wo\\s+de|wo\\s?men\\s+de|peng\\s?you\\s+de|qin\\s?qi\\s+de',
  other: 'ling\\s?wai|qi\\s?ta|bie\\s?de|ling\\s+yi\\s?ge',
  fresh: 'xin\\s+de',
  related:
    'xiang\\s?gang\\s+gong\\s?si|hk\\s+gong\\s?si|fen\\s?gong\\s?si|zi\\s?gong\\s?si|guan\\s?lian\\s+gong\\s?si',
  direct: 'zhi\\s?jie',
  // "qi ta fang shi fa huo" is another way to ship, not to pay.
  method:
    '(?:fang\\s?shi|ban\\s?fa|qu\\s?dao)(?!\\s+(?:fa\\s?huo|yun\\s?shu|bao\\s?zhuang|kuai\\s?di|wu\\s?liu|song\\s?huo))',
  platform: 'trade\\s?assurance|alibaba|aliexpress|ping\\s?tai|xin\\s?bao|xin\\s?yong\\s+bao\\s?zhang',
  // "bu yong zai Alibaba xia dan" (no need to order on Alibaba), "bu xuyao zou xinbao": the need waved away only
  // when the platform follows ("bu yong" alone is any "no need").
  notNeeded: ['bu\\s?yong', 'bu\\s?xu\\s?yao', 'bu\\s?bi', 'wu\\s?xu', 'mei\\s?bi\\s?yao', 'bu\\s?yao']
    .map((w) => `${w}${PLATFORM_NEXT}`)
    .join('|'),
  outside: 'xian\\s?xia|si\\s?xia|rao\\s?guo',
  friends: '',
  changed: 'geng\\s?gai|gai\\s+le|huan\\s+le|bian\\s?geng',
  trouble: 'dong\\s?jie|bei\\s+feng|feng\\s+le|shen\\s?he\\s+zhong',
  discard: '',
  old: '',
  invoice: 'fa\\s?piao|pi|proforma',
  soon: '',
  loss: '',
  received: '',
  buy: 'xia\\s?dan|gou\\s?mai|pai\\s+xia',
  // "Wo men de dian pu" (our shop) is the seller's shop on the platform; "wo men de guan wang" (our own site) is not.
  store:
    '(?<!\\bwo\\s?(?:men\\s+)?de\\s)(?:dian\\s?pu|wang\\s?dian)|guan\\s?wang|wang\\s?zhan|du\\s?li\\s?zhan',
  // "jia wo men dian pu de guan zhu" (follow our store) adds the platform shop, not the writer.
  addMe:
    '(?:jia|tian\\s?jia)\\s+wo(?!\\s+men\\s+(?:de\\s+)?(?:dian\\s?pu|guan\\s?zhu|shou\\s?cang|gou\\s?wu\\s?che))',
  // "No need to order" as zh.ts reads it; "bie xia dan" / "bu yao xia dan" are "don't order (yet)", said while stock
  // is checked (red team, stop 44).
  noOrder: ['bu\\s?yong', 'bu\\s?xu\\s?yao'].map((w) => `${w}\\s+(?:zai\\s+\\w+\\s+)?xia\\s?dan`).join('|'),
  send: 'gei\\s+ni\\s+fa|fa\\s+gei\\s+ni',
};
