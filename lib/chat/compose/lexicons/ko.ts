import type { Lexicon } from '../lexicon';

/**
 * Korean. Modelled on Korean police and second-hand market warnings (a deposit to a "개인 계좌" or someone
 * else's name, "안전결제 말고 계좌이체", "계좌가 변경되었습니다", a "결제 링크" sent by the seller, "카톡 친구
 * 추가"). Spaces between words vary, so nearness is counted in characters.
 */
export const KO: Lexicon = {
  lang: 'ko',
  script: 'chars',
  pay: '입금|이체|송금|결제|보내\\s?주|보내\\s?드|선입금|잔금|계약금',
  receive: '받',
  account: '계좌|카드|통장',
  bankInfo: '계좌\\s?정보|계좌\\s?번호|입금\\s?계좌|받는\\s?분|수취인|은행\\s?정보|iban',
  owner:
    // Stop 55: a staff member who checks the account before shipping ("담당 직원이 계좌 확인 후 발송") checks the
    // payment, nobody's own account is paid; "직원 계좌로 입금" still names the staff member's account.
    '개인|본인|사장님?|대표님?|직원(?!이?\\s?(?:의\\s?)?(?:계좌|통장|입금)\\s?(?:을|를|내역)?\\s?(?:확인|조회|체크)\\s?(?:후|하고|해서|하여|되면|되는|하면|완료|뒤|이\\s?되면))|가족|친구|와이프|남편|지인|차명|타인|동생|형|누나|언니|오빠|엄마|어머니|아빠|아버지|아들|딸|친척|사촌|삼촌|이모|고모',
  other: '다른|또\\s?다른|두\\s?번째',
  fresh: '새|새로운|신규|변경된',
  related:
    '모회사|자회사|계열사|관계사|자매\\s?회사|홍콩\\s?(?:법인|회사|지사|지점)|싱가포르\\s?(?:법인|회사|지사)|해외\\s?(?:법인|지사)',
  direct: '직접',
  method: '방법|방식|수단|경로',
  notViaAfter: '\\S{0,2}(?:말고|통하지\\s?말고|대신)',
  platform:
    'trade\\s?assurance|alibaba|aliexpress|알리바바|플랫폼|안전\\s?결제|안전\\s?거래|에스크로|사이트|앱',
  notNeeded: '필요\\s?없|안\\s?해도|필요하지\\s?않|없이|말고|안\\s?쓰|생략',
  outside: '밖|외부|없이|말고|대신|통하지\\s?않',
  friends: '친구(?:에게|한테|처럼)\\s?(?:보내|송금)|지인\\s?송금|선물로',
  changed: '변경|바뀌|바꿨|바꾸|교체|수정|업데이트',
  trouble: '정지|동결|막혔|묶였|폐쇄|심사\\s?중|감사\\s?중',
  discard: '사용하지\\s?마|쓰지\\s?마|무시|더\\s?이상\\s?(?:사용|유효)',
  old: '기존|예전|이전',
  invoice: '인보이스|청구서|pi',
  soon: '오늘|지금|즉시|당장|내일|\\d+\\s?시간\\s?(?:안|내|이내)|이번\\s?주|(?:월|화|수|목|금|토|일)요일까지',
  loss: '오르|인상|놓치|없어|품절|늦|안\\s?그러면|아니면|유지',
  received: '받았|확인했|입금\\s?확인|감사',
  buy: '구매|주문|구입',
  store: '쇼핑몰|스토어|홈페이지|사이트|가게|매장',
  addMe: '친구\\s?추가|추가해\\s?주|추가할게',
  noOrder: '주문\\s?(?:안\\s?하셔도|안\\s?해도|하지\\s?않으셔도|없이|필요\\s?없)',
  agent: '대리점|대리인|에이전트|대행사',
  escrow: '에스크로|안전거래',
  otherwise: '다른\\s?방법|다른\\s?방식',
  send: '보내\\s?드|보내\\s?줄|알려\\s?드|드릴게|드리겠',
  insteadAfter: '말고|대신|아니라|아닌|없이',
  order: '주문서|주문',
  site: '사이트|앱',
  toPerson:
    '(?:사장님?|대표님?|경리|실장님?|매니저|담당자)(?:의|님)?\\s?(?:개인\\s?)?(?:계좌|통장|카드)|(?:사장|대표|경리|실장|매니저|담당자|과장|부장|팀장)님?(?:에게|께|한테)',
  // A refund that first needs a payment ("환불 전에 수수료를 먼저 입금해 주세요", stop 47).
  refund: '환불|반환',
  onlyIf: '먼저|우선|사전에|미리',
  toPartner: '협력사|협력\\s?업체|파트너사|제휴사|금형\\s?공장',
  collector: '수납\\s?대행|수금\\s?대행|지정\\s?수금',
};
