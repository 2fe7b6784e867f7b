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
