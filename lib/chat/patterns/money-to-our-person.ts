import { anyOf, type ChatPattern } from '../match';

/**
 * Money handed to one of the seller's people — "our agent / colleague / partner / representative", "my boy" — often
 * in another city, in cash or by mobile money, instead of paying the order: "pay the sample money to my boy in
 * Lagos", "send the sample freight to our forwarder, he gives you his account", Persian "به حساب همکارمان واریز کنید",
 * Urdu "ہمارے … نمائندے کو نقد دے دیں", Hindi "हमारे … एजेंट को ट्रांसफर कर दीजिए", Swahili "tuma ada … kwa simu ya
 * wakala wetu", Turkish "bedelini … ortağımıza elden verebilirsiniz". Read as a verb of paying, giving or sending that
 * governs the money and names the person as the one who receives it, with a possessive of the seller's ("our", "my",
 * "-mân", "ہمارے", "wetu", "-ımız"): the buyer's own agent or forwarder receives nothing for the seller, and goods or
 * samples handed over are not money. And a deposit or payment in cash at a meeting ("you give the deposit in cash when
 * we meet, no need online"): the money never passes the order.
 * Words over normalised text (lower case, Latin accents folded, zero-width joiners dropped).
 */

// ── English and Nigerian Pidgin ──
/**
 * Papers and facts a money word may qualify ("the freight details", "payment documents", "the cost breakdown"): then the
 * noun is what is sent, and no money moves.
 */
const PAPER =
  '(?:details?|documents?|docs|doc|papers?|info|information|data|list|breakdown|quote|quotation|invoice|booking|schedule|forms?|terms|address|contacts?|requirements?|proof|receipt|slip|records?|file|files)\\b';
/** Money as what is paid ("sample money", "the freight", "usd 50"), not as a label of papers ("freight details"). */
const EN_MONEY =
  '(?:fee|fees|money|moni|cost|costs|charge|charges|payment|deposit|freight|cash|balance|price(?!\\s*lists?)|amount|funds|usd|dollars?|naira|\\$\\s*\\d[\\d.,]*|\\d[\\d.,]*\\s*(?:usd|\\$|dollars?|naira))(?!\\s+' +
  PAPER +
  ')';
/**
 * The reader asked to pay, give or send: not the seller telling what it does itself ("we paid the freight to our
 * forwarder", "the sample cost we give to our partner factory"); "must be paid to our agent" asks, while a passive with no
 * duty in it ("has been paid to our forwarder", "is paid by us") reports what is done.
 */
const EN_GIVE =
  "(?:(?<!\\b(?:we|i|they|he|she|we'?ll|i'?ll|we'?ve|i'?ve)\\s+(?:\\w+\\s+)?)(?:pay|give|hand|send|transfer|deposit|remit|wire|drop)|(?:must|should|shall|has\\s+to|have\\s+to|needs?\\s+to|is\\s+to|are\\s+to|to)\\s+be\\s+paid)";
/** One of the seller's people, by role or as Pidgin and colloquial English name them. */
const EN_PERSON =
  '(?:my|our)\\s+(?:\\w+\\s+)?(?:boy|boys|guy|guys|paddy|person|man|colleague|colleagues|partner|brother|bro|cousin|agent|rep|representative|friend|forwarder|people|staff|associate)\\b';
const EN_TO_PERSON = `to\\s+${EN_PERSON}`;

// ── Persian: the person with the possessive ending (-mân our, -am my) or "ما" after it, then the verb of paying ──
const FA_PERSON =
  '(?<![\\p{L}])(?:همکار|نماینده|شریک|عامل|دوست|برادر|مدیر|کارگزار|واسطه)(?:ان)?(?:مان|م|\\s+ما|\\s+من)(?![\\p{L}])';
/**
 * The verb of paying, asked ("واریز کنید"), not told by the seller in the first person, done or to come ("واریز کردیم",
 * we deposited; "پرداخت می‌کنیم", we pay; "پرداخت شد", it was paid).
 */
const FA_PAY =
  '(?:واریز|پرداخت|بپرداز|بریز|بدهید|بدید|تحویل|بفرست|کارت\\s+به\\s+کارت)(?!\\s*(?:(?:ن?می)\\u200c?)?(?:کردیم|کردم|کنیم|کنم|دادیم|دادم|دهیم|دهم|خواهیم|خواهم|شد|شده|شود)(?![\\p{L}]))';
const FA_MONEY = /هزینه|پول|مبلغ|پیش\s*پرداخت|بیعانه|وجه|بها/u;

// ── Urdu and Hindi (both scripts): "ہمارے لاہور والے نمائندے کو", "हमारे दिल्ली वाले एजेंट को", "hamare agent ko" ──
const UR_PERSON =
  '(?<![\\p{L}\\p{M}])(?:ہمارے|ہمارا|میرے|میرا)\\s+(?:\\S+\\s+(?:والے|والا|کے)\\s+)?(?:نمائندے|نمائندہ|ایجنٹ|ساتھی|پارٹنر|آدمی|بندے|بندہ|بھائی|دوست|ملازم)\\s+کو';
/** Asked ("دے دیں", "ادا کریں"), not told as done ("دے دی", "ادا کر دیا"). */
const UR_GIVE =
  '(?:دے|دیں|دیجیے|دیجئے|ادا|بھیج|جمع|ٹرانسفر|نقد)(?![^\\s]*\\s+(?:\\S+\\s+)?(?:دیے|دیا|دی|کیا|کیے)(?![\\p{L}\\p{M}]))';
const HI_PERSON =
  '(?<![\\p{L}\\p{M}])(?:हमारे|हमारा|मेरे|मेरा)\\s+(?:\\S+\\s+(?:वाले|वाला|के)\\s+)?(?:एजेंट|प्रतिनिधि|साथी|पार्टनर|आदमी|बंदे|भाई|दोस्त|कर्मचारी|लड़के)\\s+को';
/** Asked ("ट्रांसफर कर दीजिए"), not told as done ("भेज दिया", "जमा कर दिया"). */
const HI_GIVE =
  '(?:ट्रांसफर|ट्रान्सफर|दे|दें|दीजिए|भेज|जमा|पेमेंट|भुगतान|नकद|कैश)(?![\\p{L}\\p{M}]*\\s+(?:\\S+\\s+)?(?:दिए|दिया|दी|किया|किए)(?![\\p{L}\\p{M}]))';
const HINGLISH_PERSON =
  '\\b(?:hamare|hamara|mere|mera)\\s+(?:\\w+\\s+(?:wale|wala|ke)\\s+)?(?:agent|partner|aadmi|banda|bande|bhai|dost|ladka|ladke|rep|colleague)\\s+ko';
const HINGLISH_GIVE = '(?:transfer|de|dein|dijiye|dijie|bhej\\w*|jama|pay|payment|cash)';
const SOUTH_ASIAN_MONEY =
  /فیس|پیسے|رقم|قیمت|ادائیگی|ایڈوانس|पैसा|पैसे|फीस|रकम|भुगतान|चार्ज|एडवांस|\b(?:paisa|paise|fee|payment|amount|advance|rakam)\b/u;

/**
 * "We ourselves" as the one who pays, in the same clause ("فیس ہم خود ادا کریں گے", "फीस हम खुद देंगे", "hum khud de
 * denge"): the seller telling what it pays its own agent, in any tense; a request is put to the buyer ("آپ", imperative).
 */
const WE_OURSELVES =
  /(?<![\p{L}\p{M}])(?:ہم\s+(?:\S+\s+)?خود|हम\s+(?:\S+\s+)?खुद|(?:hum|ham)\s+(?:\w+\s+)?khud)(?![\p{L}\p{M}])/u;

// ── Swahili: "tuma / lipa … kwa (simu ya) wakala wetu" ──
const SW_PAY_TO_PERSON =
  '\\b(?:tuma|tumia|lipa|weka|toa|mpe|mpatie|peleka)\\s+(?:\\S+\\s+){0,5}?(?:kwa|kwenye)\\s+(?:(?:simu|namba|nambari|akaunti|m-?pesa)\\s+(?:ya\\s+)?)?(?:wakala|mwakilishi|mshirika|rafiki|ndugu|kaka|mtu|kijana|mfanyakazi)\\s+(?:\\S+\\s+)?(?:wetu|wangu|yetu|yangu)\\b|\\b(?:tuma|lipa|weka|toa|peleka)\\s+(?:\\S+\\s+){0,5}?(?:kwa|kwenye)\\s+(?:(?:simu|namba|akaunti)\\s+(?:ya\\s+)?)?(?:mwenzetu|mwenzangu)\\b';
const SW_MONEY = /\b(?:ada|pesa|malipo|gharama|bei|shilingi|ksh|tsh|amana|fedha)\b/u;

// ── Turkish: the money, then "ortağımıza / temsilcimize / elemanımıza", then "(elden / nakit) verin / ödeyin" (not
// "verdik", "ödedik": told as done by the seller) ──
const TR_MONEY_TO_PERSON =
  '\\b(?:bedel|ucret|para|parasi|parayi|odeme|kapora|avans|depozito|kargo\\s+ucret)\\w*\\s+(?:\\S+\\s+){0,3}?(?:ortag|temsilci|acente|eleman|arkadas|calisan|adam|kuzen|kardes)\\w*(?:imiz|umuz|imiz|miz|muz)(?:a|e|ya|ye)\\s+(?:\\S+\\s+){0,2}?(?:elden\\s+|nakit\\s+)?(?:ver|ode|gonder|yatir|teslim\\s+ed|havale|eft)(?!\\w*?(?:dik|duk|tik|tuk|dim|dum|tim|tum)\\b)\\w*';

/**
 * The handing over at a meeting: "when we meet", "face to face", "in person", "at our meeting", paying offline, or the
 * platform said not to be needed. A meeting word that governs nothing paid ("the boxes meet EN 1143", "the terminal
 * works offline", "when the driver meets you" for the carrier's duty) is not one.
 */
const AT_MEETING =
  '(?:face\\s+to\\s+face|in\\s+person|(?:when|once|if|after|as\\s+soon\\s+as)\\s+(?:we|i|you)\\s+(?:\\w+\\s+)?meet\\b|at\\s+(?:the|our)\\s+meeting|(?:pay|paid|payment|settle)\\s+(?:\\w+\\s+){0,2}?offline|no\\s+need\\s+(?:for\\s+|to\\s+(?:pay\\s+)?)?(?:online|alibaba|the\\s+platform|platform|the\\s+order|trade\\s+assurance))';
/** The cash handed over and its meeting in one sentence, either way round. */
const AT_MEETING_IN_SENTENCE = `(?:(?=[^.!?\\n]{0,80}?\\b${AT_MEETING})|(?<=\\b${AT_MEETING}[^.!?\\n]{0,120}))`;

// ── Arabic: "تدفعها لمخلّص نعرفه" (you pay it to a clearing agent we know), "ادفع الرسوم لوكيلنا" (pay the fees to our
// agent), "حوّل المبلغ لشريكنا": a verb of paying asked of the buyer, then "to" a person who is the seller's — by the
// possessive "-نا" or by "whom we know / of ours / we have". "ندفع" (we pay) and "دفعنا" (we paid) tell what the
// seller does, and a carrier or the customs office is nobody's man. Arabic marks are dropped by normalise. ──
const AR_PERSON =
  '(?:مخلص|وكيل|مندوب|شريك|صديق|زميل|سمسار|وسيط|محاسب|شخص|رجل|اخ|أخ)(?:نا|\\p{L}{0,2}\\s+(?:نعرفه|نعرفها|نثق\\s+به|تبعنا|عندنا|لدينا|معنا|من\\s+طرفنا))(?!\\p{L})';
const AR_PAY_TO_PERSON = `(?<![\\p{L}])(?:تدفع|ادفع|ادفعوا|تحول|حول|سلم|تسلم|ترسل|ارسل|أرسل)\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}?ل(?:ل)?${AR_PERSON}`;
const AR_MONEY = /رسوم|مبلغ|تكلف|اجر|أجر|فلوس|نقد|كاش|دفع|المال/u;

// ── Vietnamese: "phí hải quan anh thanh toán cho bên dịch vụ của bạn em" (the customs fee you pay to my friend's
// service), "tiền cước chuyển cho đối tác bên em": a verb of paying, then "cho" (to) a party that is the seller's —
// a friend, an acquaintance, a partner, an agent, or a service "of mine / of ours". Paying "cho em" (to me, the
// seller) is not read here, and the seller as the one who pays ("em đã thanh toán cho…") tells what it did. ──
const VI_SELLER = '(?:em|toi|minh|chung\\s+em|chung\\s+toi|ben\\s+em|cong\\s+ty\\s+em)';
const VI_OUR_PARTY = `(?:(?:ben\\s+)?(?:dich\\s+vu|van\\s+chuyen|forwarder|hai\\s+quan|giao\\s+nhan|logistics?)\\s+(?:cua\\s+|ben\\s+)?(?:ban\\s+|nguoi\\s+quen\\s+|doi\\s+tac\\s+)?${VI_SELLER}|(?:ban|nguoi\\s+quen|doi\\s+tac|dai\\s+ly|nhan\\s+vien|anh\\s+trai|chi\\s+gai)\\s+(?:cua\\s+|ben\\s+)?${VI_SELLER}|nguoi\\s+quen)\\b`;
const VI_PAY_TO_PARTY = `(?<!\\b${VI_SELLER}\\s+(?:da\\s+|se\\s+|vua\\s+)?)\\b(?:thanh\\s+toan|chuyen\\s+khoan|chuyen\\s+tien|chuyen|tra\\s+tien|tra|gui\\s+tien|nop|dong)\\s+(?:\\S+\\s+){0,3}?cho\\s+${VI_OUR_PARTY}`;
const VI_MONEY = /\b(?:phi|tien|cuoc|coc|chi\s+phi|thue)\b/u;

export const MONEY_TO_OUR_PERSON_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /\bto (?:my|our)\b/,
    re: anyOf(
      // "sample money pay am to my boy", "the sample freight pls send to our forwarder": the money before the verb.
      `\\b${EN_MONEY}\\b[^.,;!?\\n]{0,40}?\\b${EN_GIVE}\\s+(?:\\S+\\s+){0,3}?${EN_TO_PERSON}`,
      // "pay the sample fee to our colleague in Dubai", "give 50 usd to my guy".
      `\\b${EN_GIVE}\\s+(?:\\S+\\s+){0,3}?${EN_MONEY}\\s+(?:\\S+\\s+){0,3}?${EN_TO_PERSON}`,
    ),
  },
  {
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /همکار|نماینده|شریک|عامل|دوست|برادر|مدیر|کارگزار|واسطه/,
    needs: FA_MONEY,
    needsIn: 'message',
    re: anyOf(`${FA_PERSON}\\s+(?:\\S+\\s+){0,4}?${FA_PAY}`),
  },
  {
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /ہمارے|ہمارا|میرے|میرا|हमारे|हमारा|मेरे|मेरा|hamare|hamara|mere|mera/,
    needs: SOUTH_ASIAN_MONEY,
    needsIn: 'clause',
    unless: WE_OURSELVES,
    re: anyOf(
      `${UR_PERSON}\\s+(?:\\S+\\s+){0,3}?${UR_GIVE}`,
      `${HI_PERSON}\\s+(?:\\S+\\s+){0,3}?${HI_GIVE}`,
      `${HINGLISH_PERSON}\\s+(?:\\S+\\s+){0,3}?${HINGLISH_GIVE}\\b`,
    ),
  },
  {
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /wetu|wangu|yetu|yangu|mwenzetu|mwenzangu/,
    needs: SW_MONEY,
    needsIn: 'clause',
    re: anyOf(SW_PAY_TO_PERSON),
  },
  {
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /ortag|temsilci|acente|eleman|arkadas|calisan|adam|kuzen|kardes/,
    re: anyOf(TR_MONEY_TO_PERSON),
  },
  {
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /تدفع|ادفع|تحول|حول|سلم|ترسل|ارسل|أرسل/,
    needs: AR_MONEY,
    needsIn: 'clause',
    re: anyOf(AR_PAY_TO_PERSON),
  },
  {
    kind: 'contextual',
    what: 'an agent or intermediary to be paid instead of the order',
    gate: /cho/,
    needs: VI_MONEY,
    needsIn: 'clause',
    re: anyOf(VI_PAY_TO_PARTY),
  },
  {
    // "you give the deposit in cash when we meet, no need online", "pay the balance cash face to face".
    kind: 'contextual',
    what: 'a request to pay outside the platform',
    gate: /cash/,
    unless: /\bcash\s+on\s+delivery\b|\bcod\b/u,
    re: anyOf(
      `\\b(?:deposit|balance|payment|advance|money|fee|down\\s*payment|rest)\\s+(?:\\w+\\s+){0,2}?(?:in|by|with)\\s+cash\\b${AT_MEETING_IN_SENTENCE}`,
      `\\b(?:pay|give|hand|bring)\\s+(?:\\w+\\s+){0,3}?(?:in\\s+)?cash\\b${AT_MEETING_IN_SENTENCE}`,
    ),
  },
];

/**
 * The deal closed at a meeting in person ("we can sign the contract face to face", "pay the deposit to me in person"):
 * the talk and the terms leave the platform's record with it. A visit alone ("welcome to visit our factory") closes
 * nothing, so a word of signing or paying must govern the meeting.
 */
export const DEAL_IN_PERSON_MOVES: readonly ChatPattern[] = [
  {
    kind: 'contextual',
    what: 'a request to talk outside the platform',
    gate: /face to face|in person/,
    re: anyOf(
      // Only the deal is closed there: a contract, the order or the money signed, settled or paid ("sign the inspection
      // report in person" and "pay us a visit in person" close nothing).
      '\\b(?:sign|signing|close|closing|settle|settling|finali[sz]e|conclude)\\s+(?:\\w+\\s+){0,2}?(?:contract|agreement|deal|order|po|pi|payment|balance|deposit|terms|price)s?\\s+(?:\\w+\\s+){0,2}?(?:face\\s+to\\s+face|in\\s+person)\\b',
      '\\b(?:pay|paying|give|hand)\\s+(?:(?!(?:visit|call|tour|hand|respects|attention)\\b)\\w+\\s+){0,3}?(?:face\\s+to\\s+face|in\\s+person)\\b',
      '\\b(?:do|make|close)\\s+the\\s+deal\\s+(?:\\w+\\s+){0,2}?(?:face\\s+to\\s+face|in\\s+person)\\b',
    ),
  },
];
