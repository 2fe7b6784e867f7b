/**
 * Impostor frames in more of the languages the guard reads (reported-claim.ts reads the first fifteen): Hebrew
 * "מישהו מתחזה לנציג שלנו" (someone impersonates our rep; "מתחזים", "התחזות"), Persian "جعل هویت" / "خود را … جا
 * می‌زنند", Thai "แอบอ้าง" (folded without its tone mark), Hindi "…बनकर" (posing as) and "के नाम पर", Tagalog
 * "nagpapanggap" and Swahili "wanajifanya". Modelled on the banks' and marketplaces' warnings in those languages. What
 * follows the frame, to the end of its sentence, is what the impostors do (an app they write from, an account they
 * give), unless the seller speaks again.
 */
export const MORE_IMPOSTOR_SOURCES = [
  '(?<![\\p{L}])[ושכ]?(?:מתחז\\p{L}*|התחזות|מתחזים)',
  'جعل\\s+هویت|(?<![\\p{L}])جا\\s+می\\s?زن\\p{L}*',
  'แอบอ(?:\\u0E49)?าง|ปลอมตัว',
  '(?:बनकर|बन\\s+कर)|के\\s+नाम\\s+(?:पर|से)\\s+(?:\\S+\\s+){0,2}?(?:ठग|धोखा|फर्जी)',
  '\\b(?:nagpapanggap|nagkukunwari|nagpapakilala\\s+(?:na|bilang))\\b',
  '\\b(?:wanajifanya|anajifanya|wakijifanya)\\b',
  // Fake messages sent in the seller's name, told as a warning (stop 46): Arabic "رسائل احتيالية باسم شركتنا تطلب…",
  // "نحذرك من رسائل مزورة", Persian "پیام‌های جعلی به نام شرکت ما", Turkish "adımıza sahte mesajlar", English "fake
  // e-mails in our name asking…". The messages are a stranger's; what they ask is theirs, not the seller's.
  '(?:رسائل|رسالة|الرسائل|مكالمات|ايميلات|إيميلات|رسايل)\\s+(?:\\p{L}+\\s+)?(?:احتيالي\\p{L}*|مزور\\p{L}*|مزيف\\p{L}*|وهمي\\p{L}*|كاذب\\p{L}*)|(?<![\\p{L}])(?:ن|أ|ا)?حذر\\p{L}*\\s+من\\s+(?:\\p{L}+\\s+)?(?:رسائل|رسالة|الرسائل|مكالمات|ايميلات|إيميلات)',
  '(?:پیام|پیامها|پیامهای|ایمیلهای|ایمیل)\\s+(?:\\p{L}+\\s+)?(?:جعلی|تقلبی|کلاهبردار\\p{L}*)',
  '\\b(?:sahte|dolandirici)\\s+(?:\\w+\\s+)?(?:mesaj\\w*|e-?posta\\w*|mail\\w*|arama\\w*)',
  '\\b(?:fake|fraudulent|phishing|scam)\\s+(?:\\w+\\s+)?(?:messages?|e-?mails?|mails?|calls?|texts?)\\s+(?:\\w+\\s+){0,3}?(?:in|under|using)\\s+our\\s+(?:\\w+\\s+)?name\\b',
];

/**
 * A later clause of a fake-message warning that names the account to pay as new, attached or the "only real" one:
 * "beware of fake e-mails in our name, so from now on pay the new account in the attached PI", Arabic "حسابنا الصحيح
 * الوحيد هو الجديد المرفق", Turkish "tek gerçek hesabımız ekteki yeni hesaptır". The warning then only dresses the
 * change: the account it points to is not the order's, so the clause is the seller's own request (red team, stop 46).
 * A warning stays one when its account is the platform order's or "unchanged", and when the clause reports the fakes
 * ("…, asking you to pay a new account") or refuses ("never pay a new account"). Folded text.
 */
export const ANNOUNCED_ACCOUNT =
  /\b(?:new|attached|updated|real|genuine|valid|correct|official)\s+(?:\w+\s+){0,2}?(?:account|acct|iban|bank\s+details|beneficiary|one)\b|\battached\s+(?:pi|proforma|invoice|document|file|letter)\b|(?<![\p{L}])(?:ال)?حساب\p{L}*\s+(?:\p{L}+\s+){0,4}?(?:الجديد|الجديدة|المرفق|المرفقة|الصحيح|الوحيد)(?![\p{L}])|\b(?:yeni|ekteki|gercek|dogru|guncel)\s+(?:\w+\s+)?hesa(?:p|b)\w*/u;
/** "…, asking you to pay a new account", "…, they give a new IBAN", "never pay a new account": the fakes' account. */
export const FAKES_ACCOUNT_CLAUSE =
  /^\s*(?:asking|requesting|telling|saying|demanding|which|who|that|they|with|to\s+(?:pay|send|transfer))\b|\b(?:not|never|don'?t|no|ignore|refuse)\b|(?<![\p{L}])(?:لا|لن|تطلب|يطلب|تقول|يقولون)(?![\p{L}])|\b\w+(?:meyin|mayin|meyiniz|mayiniz)\b|\bisteyen\b|\b(?:alibaba|aliexpress|trade\s+assurance|platform|unchanged)\b|(?:علي\s?بابا|المنصة)/u;
