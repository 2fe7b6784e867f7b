import { anyOf } from '../../match';
import type { LanguagePatterns } from './pack';

/**
 * Korean. Modelled on Korean second-hand market warnings: "카톡 아이디로 연락", "안전결제 말고 계좌이체",
 * an account switched mid-deal, and fake "safe payment" links sent by the seller.
 */
const PAY = /입금|이체|송금|보내|결제/;

export const KO: LanguagePatterns = {
  lang: 'ko',
  payment: [
    {
      // "무통장입금만 가능", "무통장입금으로 보내주세요": a deposit straight into the seller's bank account, the named
      // scam of Korean second-hand markets ("무통장입금 유도"). A checkout that offers it ("주문서에서 무통장입금 선택")
      // is the platform's, anchored; "무통장입금 불가" refuses it.
      kind: 'contextual',
      what: 'a payment outside the order (bank transfer, no order needed)',
      gate: /무통장/,
      // Refused ("안돼요", "안 됩니다", "불가", "못 해요") or asked about ("가능한가요?"): no one is steered there.
      unless:
        /주문서|결제\s?(?:창|페이지|화면|수단)|주문\s?(?:페이지|화면)|가상\s?계좌|안\s?(?:돼|되|됩)|불가|못\s?(?:해|합|받)|가능한가요|가능할까요|되나요\s?\?/,
      unlessIn: 'sentence',
      re: anyOf('무통장\\s?입금'),
    },
    {
      // "네이버 안전거래로 진행할게요", "NPay 안전결제로 해요": a used-goods market's escrow offered by the seller on a
      // marketplace that has its own checkout; its fake pages are the scam the Korean warnings describe.
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /네이버|npay|엔페이/,
      re: anyOf('(?:네이버\\s?(?:페이\\s?)?|npay\\s?|엔페이\\s?)안전\\s?(?:거래|결제)'),
    },
    {
      // "제가 보내드리는 링크로 결제하시면 됩니다": the seller's own link to pay through.
      kind: 'contextual',
      what: 'a payment link sent in chat',
      gate: /링크/,
      re: anyOf(
        '(?:제가|저희가|내가)\\s?(?:\\S+\\s?){0,2}?보내(?:드리는|드릴|드린|준|줄)\\s?링크(?:로|에서|를\\s?통해)\\s?(?:\\S+\\s?){0,3}?(?:결제|입금|주문)',
      ),
    },
    {
      // "안전결제는 수수료가 붙어서요, 계좌로 보내주세요": the platform's fee given as the reason to pay an account.
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /수수료/,
      needs: /계좌|통장|직접|입금|이체|송금|보내/,
      needsIn: 'message',
      unless: /안전\s?(?:결제|거래)로\s?(?:결제|진행|구매|해)|주문\s?(?:페이지|링크|서)에서/,
      unlessIn: 'message',
      re: anyOf(
        '(?:안전\\s?(?:결제|거래)|에스크로|플랫폼|알리바바|앱|사이트)\\S{0,3}\\s?(?:\\S+\\s?){0,2}?수수료\\S{0,3}\\s?(?:\\S+\\s?){0,2}?(?:붙|나가|나와|들|비싸|아까|있어서|있으니|때문|빠지|떼|높|많)',
      ),
    },
    {
      kind: 'explicit',
      what: "a request to skip the platform's safe payment",
      gate: /안전/,
      re: anyOf('안전\\s?(?:결제|거래)\\s?(?:말고|대신|없이|안\\s?하고)'),
    },
    {
      kind: 'explicit',
      what: 'a request to deal and pay directly, outside the platform',
      gate: /직거래|직접|외부/,
      re: anyOf('직거래|직접\\s?(?:입금|이체|송금|결제|거래)|외부\\s?(?:결제|거래|입금)'),
    },
    {
      kind: 'contextual',
      what: 'a personal account',
      gate: /계좌/,
      needs: PAY,
      // "직원 계좌 확인 후 발송": the staff member checks the payment, then ships (stop 55; as in the ko lexicon).
      re: anyOf(
        '(?<![\\p{L}])(?:개인|제|저희|본인|직원|사장님?|이)\\s?계좌(?!\\s?(?:을|를|내역)?\\s?(?:확인|조회|체크)\\s?(?:후|하고|해서|하여|되면|되는|하면|완료|뒤))',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /홈페이지|자사몰|쇼핑몰|스마트스토어|다른/,
      re: anyOf(
        '(?:홈페이지|자사몰|쇼핑몰|스마트스토어|다른\\s?(?:사이트|앱|플랫폼))\\S{0,3}\\s?(?:에서|으로|로)?\\s?(?:주문|구매|결제)',
      ),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /환불/,
      re: anyOf('환불\\S{0,10}.{0,20}?먼저.{0,40}?(?:보내|입금|이체|송금|결제)'),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /회사|계열사|관계사|법인|지사/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf('모회사|자회사|계열사|관계사|홍콩\\s?(?:법인|회사|지사)|해외\\s?지사'),
    },
    {
      kind: 'contextual',
      what: 'a payment link sent in chat',
      gate: /링크/,
      re: anyOf('(?:보내|드리)는\\s?결제\\s?링크|결제\\s?링크\\s?(?:보내|드릴)'),
    },
    {
      // "계좌이체로 입금하시면 만원 빼드릴게요", "현금으로 보내주시면 5% 할인해 드려요": money off for paying into an account.
      kind: 'contextual',
      what: 'a complaint about platform fees, or a discount, to move the payment',
      gate: /빼|할인|깎/,
      needs: /계좌|통장|이체|입금|송금|현금/,
      needsIn: 'message',
      re: anyOf(
        '(?:빼|깎아)\\s?(?:드릴|드려|드림|줄게|줄께|드리겠)|할인(?:해)?\\s?(?:드릴|드려|드림|해\\s?드|됩니다)',
      ),
    },
    {
      // "아래 계좌로 입금해 주시면 바로 발송해요", "하단 통장으로 송금 부탁드려요": the account written below is where to pay
      // (the Korean "transfer to below acc"); a refund to the buyer's own account is excepted.
      kind: 'contextual',
      what: 'a payment outside the order (bank transfer, no order needed)',
      gate: /아래|다음|하단|밑|위/,
      unless: /환불|돌려\s?드|반환/,
      unlessIn: 'sentence',
      re: anyOf(
        '(?:아래|다음|하단|밑|위)(?:의)?\\s?(?:계좌|통장|계좌\\s?번호)(?:로|으로|에|에다)\\s?(?:\\S+\\s?){0,2}?(?:입금|이체|송금|보내|결제)',
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /다른/,
      needs: /계좌|직접|수수료|싸|할인|카톡/,
      needsIn: 'message',
      re: anyOf('다른\\s?(?:결제\\s?)?방법'),
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /계좌/,
      re: anyOf('계좌(?:가|를)?\\s?(?:바뀌|변경|바꿨|정지|동결)|새\\s?계좌|입금\\s?계좌\\s?변경'),
    },
  ],
  channels: [
    {
      channel: 'KakaoTalk',
      kind: 'explicit',
      what: 'a move to KakaoTalk',
      gate: /카톡|카카오|오픈/,
      brandWord: true,
      re: anyOf('카톡|카카오\\s?톡|카카오\\s?(?:아이디|id)|오픈\\s?(?:채팅|톡)'),
    },
    {
      // "텔레그램 @handle 로 연락 주세요", "텔레 아이디 알려드릴게요": Telegram written in Hangul, with an id, a handle or a
      // word of contact (a bare mention, "텔레그램 알림", stays a description through the descriptor words).
      channel: 'Telegram',
      kind: 'explicit',
      what: 'a move to Telegram',
      gate: /텔레그램|텔레|텔그/,
      brandWord: true,
      re: anyOf(
        '텔레그램|텔그(?=\\s?(?:@|아이디|id|으로|로|에서|연락|추가|문의))|텔레(?=\\s?(?:@|아이디|id|연락|추가|문의|으로\\s?연락|로\\s?연락))',
      ),
    },
  ],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /친구|번호|연락처|개인|따로/,
      unless: /배송|택배|받는\s?분|수령|주소|주문|송장|사업자|통관부호|세금/,
      re: anyOf(
        '친구\\s?추가',
        // A card's or an account's number is no phone (stop 54: "카드 번호 알려 주세요", tell me the card number).
        '(?<!(?:카드|계좌|통장|은행)\\s?)(?:전화\\s?)?번호\\s?(?:좀\\s?)?(?:알려|주세요|남겨)|연락처\\s?(?:좀\\s?)?(?:알려|남겨|주세요)',
        '개인\\s?(?:톡|메시지|연락)|따로\\s?(?:연락|얘기|대화)',
      ),
    },
  ],
};
