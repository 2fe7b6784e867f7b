import { anyOf, type ChatPattern } from '../match';

/**
 * A refund or a compensation paid outside the order: "write to me on Viber and send the card details, I compensate
 * you", "napište nám e-mailem číslo účtu, vrátíme peníze rychleji", "zárja le a vitát, a saját számlámról
 * visszautalom", "카톡으로 연락 주시면 계좌이체로 환불해 드립니다" (stop 40, AliExpress after-sales). The money then goes
 * from the seller's own account, not back through the order the platform settles, and the buyer's bank or card data
 * asked for is what the next "verification payment" story needs. refund-outside.ts reads the same story when the
 * buyer's IBAN is asked with "directly / faster"; this reads it when the refund is taken to another channel, to the
 * seller's own account, or bought with a closed dispute. Folded text (accents gone, "ё" → "е").
 */

/**
 * Money coming back to the buyer, or a compensation for a fault. Money moved to the buyer's account counts ("kami
 * pindahkan wang ke akaun anda"), but "send" carries money only with it named (s52nchat): "we will send the tracking
 * number to your account e-mail" sends a number, not a refund.
 */
const REFUND =
  /\b(?:refund\w*|money\s+back|compensat\w*|reembols\w*|devolv\w*|devoluc\w*|compensac\w*|compensa[cçr]\w*|estorn\w*|rembours\w*|dedommag\w*|erstatt\w*|entschadig\w*|rimbors\w*|risarc\w*|zwrot\w*|zwroc\w*|rekompens\w*|odszkodow\w*|vrat\w*|vraceni|kompenzac\w*|odskodn\w*|visszaterit\w*|visszautal\w*|karterit\w*|kartalanit\w*|iade\w*|hoan\s+tien|pampasan|ganti\s+rugi|kompensasi|bayaran\s+balik|pulangkan\s+(?:wang|duit)|uang\s+kembali)\b|\b(?:(?:pindah\w*|transfer\w*|wire|pay)\s+(?:\S+\s+){0,3}?|(?:hantar\w*|kirim\w*|send)\s+(?:\S+\s+){0,2}?(?:wang|duit|uang|dana|money|funds|amount|payment|bayaran|balik|kembali|back|rm\s?\d\S*|rp\s?\d\S*|usd\s?\d\S*|\d[\d.,]*\S*)\s+(?:\S+\s+){0,1}?)(?:ke|kepada|to)\s+(?:akaun|rekening|your\s+(?:bank\s+)?account)(?!\s+(?:e-?mail|page|settings|profile|cent(?:er|re)|dashboard|name|password))|(?<![\p{L}])(?:возврат|верн[уеиё]|компенсац|повернен|поверн[уеіи]|відшкод|возмещ)\p{L}*|환불|보상|退款|退钱|返金|補償|赔偿/u;

/** Another channel named: an app, e-mail or an address to write to. */
const CHANNEL =
  /\b(?:whats\s?app\w*|viber\w*|telegram\w*|kakao\w*|line\s+id|wechat|signal|skype\w*|messenger\w*|zalo|e-?mail\w*|gmail|mail\s+address)\b|[a-z0-9._-]+@[a-z0-9-]+\.[a-z]{2,}|(?<![\p{L}])(?:вайбер|viber|телеграм|вотсап|ватсап|почт[уаеы]|пошт[уаіи]|мейл|имейл)\p{L}*|카톡|카카오|텔레그램|왓츠앱|이메일|메일로|メール|ライン|微信|邮件|邮箱|电报/u;

/** The seller's own account as the source: "from my own account", "a saját számlámról", "z mého účtu", "з моєї картки". */
const OWN_ACCOUNT =
  /\b(?:from\s+my\s+(?:own\s+|personal\s+)?(?:account|card|bank)|(?:a\s+)?sajat\s+szamlam\w*|z\s+(?:meho|sveho)\s+(?:vlastniho\s+|osobniho\s+)?(?:uctu|karty)|de\s+mi\s+(?:propia\s+|personal\s+)?(?:cuenta|tarjeta)|da\s+minha\s+(?:propria\s+)?conta|z\s+(?:mojego|mojej)\s+(?:prywatnego\s+|wlasnego\s+)?(?:konta|karty)|von\s+meinem\s+(?:eigenen\s+|privaten\s+)?konto|de\s+mon\s+(?:propre\s+)?compte|dal\s+mio\s+(?:conto|c\/c))\b|(?<![\p{L}])(?:з|с|со)\s+(?:моєї|моей|своєї|своей|мого|моего|свого|своего)\s+(?:власної\s+|личной\s+|особистої\s+)?(?:картки|карты|рахунку|счета)(?![\p{L}])|제\s?(?:개인\s?)?(?:계좌|통장)에서|我(?:自己|个人)的?(?:账户|卡)/u;

/** The dispute closed or cancelled in exchange: "close the dispute", "zárja le a vitát", "закройте спор", "분쟁을 취소". */
const DISPUTE_CLOSED =
  /\b(?:(?:close|cancel|withdraw|remove)\s+(?:the\s+|your\s+|this\s+)?(?:dispute|claim|case)|(?:cierre|cancele|retire|quite)\s+(?:la\s+|su\s+)?disputa|(?:feche|cancele|retire)\s+(?:a\s+|sua\s+)?disputa|(?:zamknij|zamknac|anuluj|anulowac|wycofaj)\s+(?:ten\s+)?spor\w*|(?:zavrete|zavrit|zruste|zrusit|stahnete)\s+(?:ten\s+)?spor\w*|(?:a\s+)?vitat\s+(?:kerem\s+)?(?:zarja|zarjuk|vonja)\s+(?:le|vissza)|(?:zarja|vonja)\s+(?:le|vissza)\s+a\s+vitat|(?:tutup|batal\w*|tarik\s+balik|cabut|selesaikan)\s+(?:\S+\s+)?(?:pertikaian|dispute|komplain|aduan|sengketa))\b|(?<![\p{L}])(?:закройте|закрийте|отмените|скасуйте|закрыть|закрити|отменить|скасувати)\s+(?:\p{L}+\s+)?(?:спор|спір)\p{L}*|분쟁\S{0,3}\s?(?:취소|종료|닫|철회)|(?:取消|关闭|撤销)纠纷|紛争を?(?:取り下げ|取消|キャンセル)/u;

/** The platform's own refund as a way set aside: "rather than through AliExpress", "알리익스프레스보다", "알리 말고". */
const PLATFORM_SET_ASIDE =
  /(?:알리익스프레스|알리바바|알리)\s?(?:보다|말고|대신)|\b(?:rather\s+than|instead\s+of)\s+(?:through\s+|via\s+)?(?:the\s+)?(?:aliexpress|alibaba|platform)\b/u;

/** The buyer asked to give their bank or card data ("send / write / tell / give"), in either order around it. */
const ASK =
  '\\b(?:send|give|write|tell|provide|share|leave|envie\\w*|envia\\w*|mande\\w*|manda\\w*|digame|indique\\w*|informe\\w*|passe\\w*|deixe\\w*|podaj\\w*|przeslij\\w*|wyslij\\w*|napisz\\w*|napiste|poslete|zaslete|uvedte|sdelte|irja|irjon|kuldje|kuldjon|adja\\s+meg|envoyez|donnez|ecrivez|schicken|senden|geben|schreiben|mandi|invii|scrivi\\w*|gonder\\w*|yaz\\w*|beri\\w*|bagi|hantar\\w*|kirim\\w*|kasih|tulis\\w*)\\b|(?<![\\p{L}])(?:скиньте|скинете|скинь|надішліть|надішлете|напишіть|напишете|пришлите|пришліть|отправьте|напишите|вкажіть|укажите|дайте|дайте)(?![\\p{L}])|보내\\s?주|알려\\s?주|남겨\\s?주|적어\\s?주|发给|告诉|提供|教えて|お知らせ|\\bgui\\b';

/** The buyer's bank or card data: account, card or bank details, IBAN, in the languages read. */
const BANK_DATA =
  '\\b(?:iban|(?:bank|card|account)\\s+(?:number|details|info\\w*|data)|bank\\s+account|numero\\s+de\\s+(?:cuenta|tarjeta|conta|cartao)|datos\\s+bancarios|dados\\s+bancarios|chave\\s+pix|numero\\s+da\\s+(?:conta|cartao)|rib|coordonnees\\s+bancaires|numero\\s+de\\s+carte|kontonummer|kartennummer|bankverbindung|coordinate\\s+bancarie|numero\\s+(?:di\\s+)?(?:conto|carta)|numer\\w*\\s+(?:konta|karty|rachunku)|dane\\s+(?:bankowe|karty)|cislo\\s+(?:uctu|karty|bankovniho\\s+uctu)|bankovni\\s+(?:udaje|spojeni)|(?:bank)?szamlaszam\\w*|kartyaszam\\w*|banki\\s+adat\\w*|hesap\\s+numara\\w*|kart\\s+numara\\w*|(?:nombor|nomor|no\\.?)\\s+(?:akaun|rekening|rek)|akaun\\s+bank|rekening\\s+bank)\\b|\\b(?:numero\\s+(?:de|do|da|della|del|di)\\s+(?:(?:su|tu|la|seu|sua|teu|tua|votre|ta|sua|vostra|tua)\\s+)?(?:cuenta|tarjeta|conta|cartao|carte|carta|conto)(?:\\s+bancari[ao])?|numero\\s+de\\s+carte\\s+bancaire|so\\s+(?:the|tai\\s+khoan)(?:\\s+ngan\\s+hang)?)\\b|(?<![\\p{L}])(?:реквізит\\p{L}*|реквизит\\p{L}*|номер\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:картки|карти|карты|рахунку|счета))|계좌\\s?번호|계좌|카드\\s?번호|银行卡号|账号|卡号|口座番号|カード番号';

/** A bank or card transfer named as the way: "by bank transfer", "por transferencia", "przelewem", "переводом на карту". */
const BY_TRANSFER =
  '\\b(?:by|via)\\s+(?:bank\\s+|wire\\s+)?transfer\\b|\\bpor\\s+(?:transferencia|pix)\\b|\\bprzelewem\\b|\\bprevodem\\b|\\batutalas\\w*\\b|(?<![\\p{L}])(?:переказом|переводом)\\s+на\\s+карт\\p{L}*';

/**
 * The writer as the one who pays the refund back: "I refund you", "we will return the money", "le devolvemos",
 * "zwrócę", "vrátíme", "visszautalom", "верну". A refund the platform makes ("AliExpress will refund you; if you paid
 * by bank transfer the money returns to your bank account") names a transfer too, but no one of the seller's side
 * sending it: that is no refund taken elsewhere.
 */
const WRITER_REFUNDS =
  "\\b(?:(?:i|we|i'll|we'll|i'd|we'd|i\\s+will|we\\s+will|i\\s+can|we\\s+can|let\\s+me|let\\s+us)\\s+(?:\\S+\\s+){0,2}?(?:refund|return|send|pay|compensate|give|transfer)\\w*|(?:le\\s+|te\\s+|lhe\\s+|te\\s+)?(?:devolvemos|devuelvo|reembolsamos|reembolso|devolvo|estornamos|estorno|compensamos)|zwroc\\w*|oddam|oddamy|vratim\\w*|vratime|visszautalo[mk]|visszautaljuk|remboursons|rembourserai|erstatte\\w*|rimborsiamo|rimborsero)\\b|(?<![\\p{L}])(?:верну|вернем|поверну|повернемо|компенсирую|компенсуємо)\\p{L}*";

/**
 * The refund paid by a bank or card transfer the writer makes: "계좌이체로 해드립니다", "I refund you by bank transfer",
 * and in Malay / Indonesian "kami akan pindahkan wang ke akaun bank anda", "uang kembali kami kirim ke rekening Anda"
 * (we move the money to your account; s52nchat). Read only with the refund and a closed dispute, another channel or
 * the seller's own account in the message (needs below).
 */
const TRANSFER_WAY = `\\b(?:kami|saya|aku|we|i)\\s+(?:\\S+\\s+){0,2}?(?:pindah\\w*|transfer\\w*|hantar\\w*|kirim\\w*)\\s+(?:\\S+\\s+){0,3}?(?:ke|kepada)\\s+(?:akaun|rekening)\\b|계좌\\s?이체|계좌로\\s?(?:송금|입금|환불|보내)|(?:${WRITER_REFUNDS})[^.!?\\n]{0,60}?(?:${BY_TRANSFER})|(?:${BY_TRANSFER})[^.!?\\n]{0,60}?(?:${WRITER_REFUNDS})`;

/** The stretch between the ask and the data stays in one sentence; an address's dots do not end it. */
const GAP = '(?:[^.!?\\n]|\\.(?=\\S)){0,90}?';

/**
 * The refund paid "directly" (stop 54): "we can refund you directly, just share your bank card number", "le devolvemos
 * el dinero directamente", "直接退款给您", "직접 환불해 드릴게요", "kami refund langsung". Only the platform refunds
 * through the order; a refund the seller sends directly goes from the seller's own account, to data the buyer hands
 * over in chat. The word must sit beside the refund (within a few words), not anywhere in the message.
 */
const DIRECT_WORD =
  '\\b(?:direct(?:ly)?|directamente|directo|diretamente|direto|directement|direkt|direttamente|bezposrednio|primo|langsung|truc\\s+tiep|dogrudan|dogrudan\\s+olarak)\\b|(?<![\\p{L}])напрямую(?![\\p{L}])|直接|직접';
const REFUND_DIRECTLY = new RegExp(
  `(?:${REFUND.source}|${WRITER_REFUNDS})[^.!?\\n]{0,40}?(?:${DIRECT_WORD})|(?:${DIRECT_WORD})[^.!?\\n]{0,25}?(?:${REFUND.source}|${WRITER_REFUNDS})`,
  'u',
);
/** The refund taken away from the order: another channel, the seller's own account, a closed dispute, "directly". */
const REFUND_TAKEN_AWAY = new RegExp(
  `^(?=[^]*(?:${REFUND.source}))(?=[^]*(?:${CHANNEL.source}|${OWN_ACCOUNT.source}|${DISPUTE_CLOSED.source}|${PLATFORM_SET_ASIDE.source}|${REFUND_DIRECTLY.source}))`,
  'u',
);

export const REFUND_BY_OTHER_CHANNEL: ChatPattern = {
  kind: 'explicit',
  what: "a refund offered outside the platform, to the buyer's own bank details",
  gate: /iban|bank|card|account|akaun|rekening|numero|numer|datos|dados|chave|pix|rib|coordonnees|coordinate|konto|karten|dane|cislo|szamlaszam|kartyaszam|banki|hesap|kart|so the|so tai khoan|реквізит|реквизит|номер|계좌|카드|银行卡|账号|卡号|口座|カード|transfer|przelew|prevod|atutal|переказ|перевод/,
  needs: REFUND_TAKEN_AWAY,
  needsIn: 'message',
  re: anyOf(`(?:${ASK})${GAP}(?:${BANK_DATA})`, `(?:${BANK_DATA})${GAP}(?:${ASK})`, TRANSFER_WAY),
};

/**
 * The buyer's phone asked beside the bank or card data of such a refund (stop 54): "to close the dispute we refund you
 * directly, just share your bank card number and phone number", "mándeme su número de cuenta y su teléfono". The
 * refund goes on by phone — the call or the text with a "verification code" that the next step needs — away from the
 * chat the platform keeps: a move of the talk, as well as a payment elsewhere.
 */
const PHONE_ASKED =
  '\\b(?:(?:phone|mobile|cell|whats\\s?app|telephone|contact)\\s+(?:number|no)|(?:numero\\s+de\\s+)?(?:telefono|telefone|celular|movil|whatsapp)|numero\\s+de\\s+(?:telephone|portable)|(?:telefon|handy|mobil)nummer|numero\\s+di\\s+(?:telefono|cellulare)|cellulare|(?:nomor|no)\\s+(?:hp|telepon|telp|wa|whatsapp)|so\\s+dien\\s+thoai|sdt|telefon\\s+numara\\w*|cep\\s+numara\\w*)\\b|(?<![\\p{L}])номер\\p{L}*\\s+(?:\\p{L}+\\s+)?телефон\\p{L}*|手机号|手機號|电话号码|電話號碼|電話番号|携帯番号|전화\\s?번호|휴대폰\\s?번호|연락처';
export const REFUND_PHONE_ASKED: ChatPattern = {
  kind: 'explicit',
  what: 'a phone or e-mail to continue elsewhere',
  gate: /phone|mobile|cell|whats|contact|telefon|telefono|telefone|celular|movil|telephone|portable|handy|mobil|cellulare|hp|telepon|telp|wa|dien thoai|sdt|numara|номер|手机|手機|电话|電話|携帯|전화|휴대폰|연락처/,
  needs: REFUND_TAKEN_AWAY,
  needsIn: 'message',
  re: anyOf(`(?:${BANK_DATA})${GAP}(?:${PHONE_ASKED})`, `(?:${PHONE_ASKED})${GAP}(?:${BANK_DATA})`),
};

/**
 * A refund or a compensation the buyer is to take in the other app (stop 52): "add our after-sale WhatsApp, we send
 * the money back there faster than the AliExpress system", "your dispute is approved for compensation; to receive it,
 * add the agent on WeChat and follow the transfer steps" (a fake "Buyer Protection" desk), "le devolvemos el dinero
 * por ahí, más rápido que AliExpress". Only the platform pays a refund back through the order; one paid where the talk
 * moved, said to beat the platform, or received by adding someone and following "transfer steps", is paid outside
 * it. A refund "through AliExpress / to your original payment method" names no other app and stays silent.
 */
const WRITER_OR_REFUND = `(?:${WRITER_REFUNDS}|${REFUND.source})`;
const THERE =
  '\\b(?:there|over\\s+there|por\\s+(?:ahi|ali|alla)|la-bas|dort|dorthin)\\b|\\bli(?=\\s*(?:[,.!?;\\n]|$))|(?<![\\p{L}])(?:там|туда)(?![\\p{L}])|那边|那邊|在那里';
const FASTER_THAN_PLATFORM =
  '\\b(?:faster|quicker|sooner|easier|mas\\s+rapido|mais\\s+rapido|plus\\s+(?:vite|rapide(?:ment)?)|schneller|piu\\s+(?:veloce|velocemente|rapido)|szybciej|lebih\\s+(?:cepat|laju)|daha\\s+hizli|nhanh\\s+hon)\\s+(?:than|que|qu|als|di|niz|niz|daripada|dari|kiyasla)?\\s*(?:(?:the|el|la|o|a|le|l|die|der|den|dem)\\s+)?(?:through\\s+|via\\s+|por\\s+|pelo\\s+|par\\s+|uber\\s+|przez\\s+)?(?:aliexpress|alibaba|platform|plataforma|plateforme|plattform|piattaforma|platform\\w*|sistem\\w*|system)|(?<![\\p{L}])быстрее[^.!?\\n]{0,20}?(?:aliexpress|алиэкспресс|площадк\\p{L}*|платформ\\p{L}*)';
const TO_RECEIVE_ADD =
  '\\b(?:to|in\\s+order\\s+to)\\s+(?:receive|claim|get|collect|withdraw)\\b[^.!?\\n]{0,30}?\\b(?:add|contact|message|write|text|chat|join)\\b|\\bpara\\s+(?:recibir|cobrar|receber|resgatar)\\w*[^.!?\\n]{0,30}?\\b(?:agregu\\w*|anad\\w*|contact\\w*|escrib\\w*|adicion\\w*|chame\\w*|fale\\w*)|\\bpour\\s+(?:le\\s+|la\\s+|les\\s+)?(?:recevoir|toucher|obtenir)[^.!?\\n]{0,30}?\\b(?:ajout\\w*|contact\\w*|ecriv\\w*)|\\b(?:untuk|utk|bagi)\\s+(?:ter)?(?:terima|menerima|dapat\\w*|tuntut)\\w*[^.!?\\n]{0,30}?\\b(?:add|tambah\\w*|hubungi|whatsapp|chat)\\b|(?<![\\p{L}])чтобы\\s+получить[^.!?\\n]{0,30}?(?:добав|напиш|свяж)\\p{L}*';
const FOLLOW_TRANSFER_STEPS =
  '\\bfollow\\s+(?:the\\s+|our\\s+|his\\s+|her\\s+|their\\s+|agent\\S*\\s+)?(?:transfer|payment|refund|verification|withdrawal|receiving)\\s+(?:steps|instructions?|process|guide|procedure)\\b';

/**
 * The platform's own service as where the refund is taken (s52nchat): "contact AliExpress customer service in the
 * app", "an e-mail from AliExpress; follow the refund instructions there", "el reembolso por la plataforma de
 * AliExpress". The other app must be one the seller moved the talk to; "faster than the AliExpress system" sets the
 * platform aside, so a platform named after "than" does not count.
 */
const PLATFORMS_OWN_SERVICE = new RegExp(
  [
    '\\b(?:from|by|de|von|da|od|z|ze|dal|dalla)\\s+(?:the\\s+)?(?:aliexpress|alibaba)\\b',
    "(?<!\\b(?:than|que|als|di|niz|dari|daripada)\\s+(?:the\\s+|el\\s+|la\\s+|o\\s+|a\\s+)?(?:through\\s+|via\\s+|por\\s+|pelo\\s+|par\\s+)?)\\b(?:aliexpress|alibaba)(?:'s)?\\s+(?:customer\\s+)?(?:service|support|help|app|team|dispute|resolution)",
    '\\b(?:customer\\s+service|support|help\\s*cent(?:er|re)|servicio\\s+al\\s+cliente|atencion\\s+al\\s+cliente|service\\s+client|kundenservice|assistenza\\s+clienti)\\s+(?:of|de|del|da|in|on|von|di)\\s+(?:the\\s+)?(?:aliexpress|alibaba|app|platform)',
    '\\bin\\s+the\\s+(?:aliexpress\\s+|alibaba\\s+)?app\\b',
    // The platform writes: "AliExpress will e-mail you about the refund; follow the steps there".
    '\\b(?:aliexpress|alibaba)\\s+(?:will\\s+|would\\s+|shall\\s+)?(?:e-?mails?|mails?|sends?|writes?|notif\\w*|contacts?)\\b',
    '(?<!\\b(?:than|que|als|di|niz|dari|daripada)\\s+(?:the\\s+|el\\s+|la\\s+|o\\s+|a\\s+)?)\\b(?:through|via|por|pela|pelo|par|uber|tramite|przez|lewat|melalui)\\s+(?:la\\s+|el\\s+|a\\s+|o\\s+|the\\s+|die\\s+|la\\s+)?(?:plataforma|platform|plateforme|plattform|piattaforma|platforma|aliexpress|alibaba)\\b',
  ].join('|'),
  'u',
);

export const REFUND_IN_OTHER_APP: ChatPattern = {
  kind: 'explicit',
  what: 'a refund or compensation paid outside the platform',
  gate: /there|por|la-bas|li|dort|там|туда|那边|那邊|那里|faster|quicker|sooner|easier|rapid|vite|schneller|veloc|szybciej|cepat|laju|hizli|nhanh|быстрее|receive|claim|get|collect|withdraw|recib|cobrar|receber|resgat|recevoir|toucher|obtenir|terima|dapat|tuntut|получить|follow/,
  needs: new RegExp(`^(?=[^]*(?:${REFUND.source}))(?=[^]*(?:${CHANNEL.source}))`, 'u'),
  needsIn: 'message',
  unless: PLATFORMS_OWN_SERVICE,
  unlessIn: 'sentence',
  re: anyOf(
    // "we talk compensation there": the refund is the subject of the talk moved, not money paid there.
    `(?<!\\b(?:talk|discuss|negotiate|chat|speak|hablamos|falamos|parlons)\\s+(?:about\\s+|de\\s+|sobre\\s+)?(?:the\\s+|la\\s+|el\\s+|a\\s+|o\\s+)?)${WRITER_OR_REFUND}[^.!?\\n]{0,40}?(?:${THERE}|${FASTER_THAN_PLATFORM})`,
    `(?:${FASTER_THAN_PLATFORM})[^.!?\\n]{0,40}?${WRITER_OR_REFUND}`,
    TO_RECEIVE_ADD,
    FOLLOW_TRANSFER_STEPS,
  ),
};
