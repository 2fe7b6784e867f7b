import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Chinese: the indirect asks the first patterns (offplatform-payment.ts) missed — another way to pay, a
 * refund that needs a payment first, a Taobao shop or own site, a Hong Kong or parent company, "加我".
 */
const PAY = /付|转|轉|汇|匯|打款|打到|收款|存入/;

export const ZH: LanguagePatterns = {
  lang: 'zh',
  payment: [
    {
      // "请把货款转到下面的账户", "汇到以下账号，户名…": the account written below is where to pay (probe r24, the
      // Chinese "transfer to below acc"); a refund into it is the seller's, not a request.
      kind: 'contextual',
      what: 'a payment outside the order (bank transfer, no order needed)',
      gate: /下面|下方|以下|如下|下列/,
      unless: /退款|退还|退還|退回/,
      unlessIn: 'sentence',
      re: anyOf(
        '(?:转|轉|汇|匯|打|付|存)(?:款)?(?:到|至|进|進|入)\\s?(?:下面|下方|以下|如下|下列)(?:的|这个|這個)?\\s?(?:账户|帳戶|账号|帳號|银行卡|銀行卡|卡号|卡號|卡)',
        '(?:下面|下方|以下|如下|下列)(?:的|这个|這個)?\\s?(?:账户|帳戶|账号|帳號|银行卡|銀行卡|卡)[^。！？\\n]{0,6}?(?:转|轉|汇|匯|打款|付款|存入)',
      ),
    },
    {
      // "平台抽成太高,改用银行转账", "为了省平台手续费直接转我卡上": the platform's cut given as the reason to pay an
      // account or a card.
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /抽成|手续费|手續費|佣金|扣点|扣點|收费|收費/,
      needs: /转账|轉帳|汇款|匯款|账户|帳戶|卡|直接|私下/,
      needsIn: 'message',
      unless: /(?:在|走|通过|通過)(?:阿里|平台|信保)?(?:订单|訂單)|(?:订单|訂單)(?:里|裡|上|中)(?:付|支付)/,
      unlessIn: 'message',
      re: anyOf(
        '(?:平台|阿里|信保|网站|網站)\\S{0,4}(?:抽成|手续费|手續費|佣金|扣点|扣點|收费|收費)\\S{0,4}(?:太高|很高|高|太贵|太貴|贵|貴|太多)',
        '(?:省|避开|避開|免)(?:掉|去)?(?:平台|阿里|信保)的?(?:抽成|手续费|手續費|佣金|扣点|扣點)',
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /换|其他|别的|別的/,
      needs: /朋友|私人|个人|個人|直接|账户|帳戶|便宜|手续费|手續費|转|轉/,
      needsIn: 'message',
      re: anyOf('换(?:个|一个|種|种)?(?:付款|支付)方式|(?:其他|别的|別的)(?:付款|支付)方式'),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /退款|退钱|退錢/,
      re: anyOf('(?:退款|退钱|退錢).{0,12}?(?:但是|不过|不過|需要|先).{0,24}?(?:转|轉|付|汇|匯|打)'),
    },
    {
      // "退款需要先交解冻保证金" (the refund needs an unfreezing deposit first): a fee to release money is the
      // refund scam's payment, whatever the platform is said to refund afterwards ("原路退回").
      kind: 'explicit',
      what: 'a refund that first needs a payment outside the platform',
      gate: /解冻|解凍|激活|驗證|验证|认证|認證|保证金|保證金/,
      needs: /交|缴|繳|付|转|轉|汇|匯|打|扫码|掃碼/,
      needsIn: 'message',
      re: anyOf(
        '(?:解冻|解凍|激活|验证|驗證)(?:保证金|保證金|费|費|金|资金|資金)',
        '(?:退款|退钱|退錢|提现|提現|返还|返還)\\S{0,10}?(?:保证金|保證金)',
        // "用網銀轉帳完成金流驗證" (a transfer to "verify" the shop or the cash flow, "returned afterwards"): the fake
        // verification of marketplace scams is the payment itself.
        '(?:转账|轉帳|轉賬|汇款|匯款|付款|打款)[^\\s,;:.!?，。；：！？]{0,6}?(?:完成|进行|進行|做)[^\\s,;:.!?，。；：！？]{0,4}?(?:验证|驗證|认证|認證)',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's other shop or website",
      gate: /淘宝|淘寶|天猫|天貓|拼多多|京东|京東|闲鱼|閒魚|独立站|獨立站|官网|官網|网站|網站|网店|網店|自己的/,
      re: anyOf(
        '(?:在|去|到)(?:我们|我們|我)?(?:的)?(?:淘宝|淘寶|天猫|天貓|拼多多|京东|京東|闲鱼|閒魚|独立站|獨立站|官网|官網|网站|網站)(?:店|店铺|店鋪)?\\S{0,4}(?:买|買|购|購|下单|下單|拍)',
        // "去我们自己的网店拍同样的链接" (order the same listing in our own web shop).
        '(?:我们|我們|我)自己的(?:网店|網店|店铺|店鋪|小店|网站|網站|商城)\\S{0,8}(?:买|買|购|購|下单|下單|拍)',
      ),
    },
    {
      // "请扫码付款给报关行", "清关费扫这个二维码支付", "掃我的碼轉帳": a code the seller sends, scanned to pay — the
      // Chinese "scan the QR code to pay" (offplatform-payment.ts reads the English). Whoever the code pays (a
      // broker, an agent, the seller), the money leaves the order. A product that supports scan-to-pay is a feature.
      kind: 'contextual',
      what: 'a request to pay outside the platform',
      gate: /扫|掃/,
      unless: /支持|功能|设备|設備|机器|機器|终端|終端|收款机|收款機|充电器|充電器|本机|本機|产品|產品/,
      // In the sentence: "本产品支持支付宝、微信扫码付款" lists the wallets with "、", which ends a clause.
      unlessIn: 'sentence',
      re: anyOf(
        '(?:扫|掃)(?:一下|一扫|一掃|描)?(?:这个|這個|这张|這張|我的|我们的|我們的|下面的?|下方的?|上面的?|(?:图片|圖片|图|圖|附件)(?:上|里|裡|中)?的?)?(?:二维码|二維碼|qrs?码|qrs?碼|qr|码|碼)[^，。！？,.!?\\s]{0,6}?(?:付款|支付|付钱|付錢|转账|转帐|轉帳|轉賬|打款|汇款|匯款|交|缴|繳|付)',
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /公司/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '(?:香港|母|子|关联|關聯|分|合作|外贸|外貿|贸易|貿易|兄弟|姐妹)公司\\S{0,10}(?:账户|帳戶|账号|帳號|收款)',
        '(?:汇|匯|付|转|轉|打)\\S{0,6}(?:香港|母|子|关联|關聯|分|合作|外贸|外貿|贸易|貿易)公司',
      ),
    },
  ],
  bank: [],
  channels: [
    {
      channel: 'Telegram',
      kind: 'explicit',
      what: 'a move to Telegram',
      gate: /电报|電報|纸飞机|紙飛機/,
      brandWord: true,
      re: anyOf('电报|電報|纸飞机|紙飛機'),
    },
  ],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /加|留|私信/,
      unless:
        /快递|快遞|收货|收貨|物流|地址|收件|订单|訂單|单号|單號|税号|稅號|纳税|納稅|信用代码|信用代碼|营业执照|營業執照/,
      re: anyOf('加(?:一下|下)?我|我加你|留(?:个|個|一下)?(?:联系方式|聯繫方式|电话|電話|手机|手機)|私信我'),
    },
  ],
};
