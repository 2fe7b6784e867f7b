import type { Lexicon } from '../lexicon';

/**
 * Chinese (simplified and traditional). Modelled on Chinese trade and police warnings (打到个人账户 / 老板的
 * 卡, 收款账户变更 on a new PI, 不用走信保, a Hong Kong company's account "for USD"). Written without spaces:
 * nearness is counted in characters.
 */
/**
 * A card named by its bank, the way sellers write it when they ask for a transfer to their own card: "工行卡", "建行卡",
 * "农业银行卡", "招商银行储蓄卡" (modelled on Chinese shopping-fraud warnings about sellers who, the platform "broken",
 * ask for 直接汇款到个人账号 / 打到个人卡). A card that cannot pay ("工行卡被冻结", "建行卡付不了") is the writer's trouble.
 */
const BANK_CARD =
  '(?:工行|建行|农行|農行|中行|招行|交行|邮储|郵儲|浦发|浦發|兴业|興業|民生|中信|光大|平安|广发|廣發|工商|建设|建設|农业|農業|中国|中國|招商|交通|邮政|郵政)(?:银行|銀行)?(?:储蓄|儲蓄|借记|借記)?卡(?!被|不能|刷不|付不|用不|额度|額度|过期|過期|支付失败|付款失败)';
export const ZH: Lexicon = {
  lang: 'zh',
  script: 'chars',
  // English payment words inside a Chinese message ("pls pay to 老板 account"): they only count next to the Chinese
  // words of the other slots, since every pattern of this lexicon opens on a Chinese word.
  // "打我农行卡" (put it on my card): 打 pays only when a card or account of someone follows (not 打卡, 打包, 打给我).
  // "对私" (to a private account, against 对公) is said only of paying.
  pay: `付款|付|支付|转账|轉帳|转|轉|汇款|匯款|汇|匯|打款|打到|存入|定金|订金|訂金|尾款|货款|貨款|余款|餘款|打(?:进|進|入)?(?:我|我们|我們|老板|老闆)的?(?:${BANK_CARD}|卡上|卡里|卡裡|卡|私人卡|个人卡|個人卡|账户|帳戶|账号|帳號)|对私(?!人)|對私(?!人)|pay(?:ment)?(?![a-z])|transfer(?![a-z])|remit(?![a-z])`,
  payNow:
    '付款|支付|转账|轉帳|汇款|匯款|打款|付定金|付订金|付訂金|付尾款|付款項|付货款|付貨款|把钱|把錢|pay(?:ment)?(?![a-z])|transfer(?![a-z])|remit(?![a-z])',
  receive: '收款|收',
  // "账号密码" (the login's password), "其他账号的订单" (another account's orders): the login, no payee.
  account: `账户|帳戶|(?:账号|帳號)(?!密码|密碼|登录|登錄|登陆|登陸|的订单|的訂單)|户头|戶頭|卡号|卡號|银行卡|銀行卡|的卡|卡上|卡里|卡裡|${BANK_CARD}|account(?![a-z])|acct(?![a-z])`,
  // "到我的卡", "我卡上": the owner and the card in one word, where "的" cannot serve both slots.
  // "打我工行卡" (to my ICBC card), "私人卡" / "私卡" (a private card), "对私账户" (the account "to private", against the
  // company's 对公账户): a person's card, not the order's account.
  ownAccount: `我的卡(?!被|不能|刷不|付不|用不|支付失败|付款失败|扣款失败|额度|過期|过期)|我卡上|我卡里|我卡裡|我的银行卡|我的銀行卡|我个人卡|我個人卡|我的?${BANK_CARD}|打(?:进|進|入)?我的?卡|私人卡|私卡|个人卡|個人卡|对私(?:账户|帳戶|账号|帳號|户|戶|卡|转账|轉帳|打款|收款)|對私(?:帳戶|帳號|戶|卡|轉帳|打款|收款)`,
  bankInfo:
    '收款账户|收款帳戶|收款账号|收款帳號|银行账户|銀行帳戶|银行信息|銀行資料|收款信息|收款資料|收款人|收款方|账户信息|帳戶資料|iban',
  owner:
    '个人|個人|私人|老板|老闆|经理|經理|老婆|太太|家人|朋友|亲戚|親戚|员工|員工|同事|财务|財務|我的|老公|丈夫|妻子|爱人|愛人|妈妈|媽媽|我妈|我媽|母亲|母親|爸爸|我爸|父亲|父親|哥哥|弟弟|姐姐|妹妹|儿子|兒子|女儿|女兒|表哥|表弟|表姐|表妹|堂哥|堂弟|叔叔|舅舅|阿姨|小姨|老板娘|老闆娘',
  other: '另一个|另一個|另外一个|另外一個|其他|其它|别的|別的|第二个|第二個',
  fresh: '新的|新(?!加坡|品|款|产|產|货|貨|年|闻|聞|手)|最新|更新后的|更新後的',
  related:
    '香港(?:的)?(?:公司|分公司|子公司|办事处|辦事處)|關係企業|关系企业|关联企业|關聯企業|關係公司|关系公司|母公司|子公司|分公司|关联公司|關聯公司|兄弟公司|姐妹公司|集团公司|集團公司|离岸公司|離岸公司|新加坡公司',
  direct: '直接',
  method: '方式|方法|办法|辦法|渠道|途径|途徑',
  notVia: '不要在|不要走|不用走|不走|别在|別在|不在|不通过|不通過|不经过|不經過',
  platform: 'trade\\s?assurance|alibaba|aliexpress|阿里巴巴|阿里|信保|信用保障|平台|担保交易|擔保交易',
  notNeeded: '不用|不需要|不必|无需|無需|没必要|沒必要|不走',
  outside: '绕过|繞過|避开|避開|之外|以外|外部',
  friends: '朋友(?:转账|轉帳|付款|模式)|亲友转账|親友轉帳|当作礼物|當作禮物',
  changed: '变更|變更|更换|更換|更改|换了|換了|改了|更新|修改|变了|變了',
  trouble: '冻结|凍結|被封|封了|审计|審計|审核中|審核中|查账|查帳|不能用|不能使用|收不了|有问题|有問題',
  discard: '不要(?:再)?(?:用|使用|打到|付到)|忽略|作废|作廢|不再使用|停用',
  old: '旧|舊|原来的|原來的|之前的|以前的',
  invoice: '形式发票|形式發票|发票|發票|pi|合同',
  soon: '今天|今晚|马上|馬上|立即|立刻|尽快|盡快|赶紧|趕緊|明天|(?:\\d+|一|两|兩|几|幾)个?小时内|(?:\\d+|一|两|兩|几|幾)個?小時內|本周|这周|這週|(?:周|週|星期)[一二三四五六日天]前',
  loss: '涨价|漲價|上涨|上漲|来不及|來不及|错过|錯過|没有了|沒有了|否则|否則|赶不上|趕不上',
  received: '收到|已付|已收|谢谢|謝謝|确认收款|確認收款',
  buy: '买|買|购买|購買|下单|下單',
  store: '店铺|店鋪|网店|網店|网站|網站|官网|官網|独立站|獨立站',
  addMe: '',
  noOrder:
    '(?:不用|不需要|无需|無需|不必|没必要|沒必要)(?:在这里|在這裡|再)?(?:下单|下單|拍单|拍下|走订单|走訂單)|不走(?:订单|訂單)',
  agent: '代理公司|代理商|代理人|(?:我们|我們|我司)(?:在\\S{0,4})?的?代理',
  escrow: '担保平台|担保交易|担保|擔保|第三方托管',
  otherwise: '换个方式|換個方式|换一种方式|其他方式|别的方式|別的方式|其他方法|别的办法|別的辦法|另外的方式',
  // To the buyer only: "提供给我们" (give us your DHL account) is the buyer's.
  send: '发给你|發給你|发给您|發給您|发你|發你|发您|發您|给你|給你|给您|給您',
  instead: '不走|别走|別走|不要走|不用走|不通过|不通過|绕过|繞過|不经|不經',
  order: '订单|訂單|下单页|下單頁',
  site: '网站|網站|页面|頁面',
  toPerson:
    '(?:老板|老闆|财务|財務|会计|會計|出纳|出納|经理|經理|厂长|廠長)(?:的)?(?:私人|个人|個人)?(?:卡|账户|帳戶|账号|帳號|银行卡|銀行卡)',
  toPartner: '合作(?:伙伴|夥伴|方|工厂|工廠|公司|厂家|廠家)|模具厂|模具廠',
  collector:
    '(?:指定|授权|授權)(?:的)?(?:代收|收款)(?:公司|代理|单位|單位)|代收(?:款)?(?:公司|代理|单位|單位)',
};
