/**
 * Goods made for an app's video calls: "phone stand, ideal for WhatsApp video calls", "Držák … ideální pro videohovory
 * přes WhatsApp", "WhatsAppやZoomのビデオ通話に便利なスマホスタンド", "המעמד מתאים לשיחות וידאו בוואטסאפ", "trépied
 * parfait pour les appels vidéo WhatsApp". The app names what the product is for, not a place to talk (stop 52). Read
 * only with the word for video calls right beside the name, and goods or a word of fitness ("ideal / handy / suitable
 * for") in the sentence; guards.ts adds that nobody is asked anything and no number, id or person of the seller is in
 * it — "let's do a video call on WhatsApp with our engineer" stays a move. Words over normalised text (lower-case,
 * Latin accents folded; Greek keeps its accents).
 */

const VIDEO_CALL = [
  '\\bvideo\\s?(?:calls?|calling|chats?|conferenc\\w*|meetings?)\\b|\\bfacetime\\b',
  // es, pt, fr, de, it, nl, pl, cs/sk, hu, ro, sv, tr, vi, id/ms, tl
  '\\b(?:videollamadas?|videochamadas?|(?:llamadas?|chamadas?|appels?|apeluri|apel|panggilan|cuoc\\s+goi|goi)\\s+(?:de\\s+)?video|videoanrufe?n?|videotelefon\\w*|videochiamat\\w*|videobellen|videogesprek\\w*|wideorozmow\\w*|rozmow\\w*\\s+wideo|videohovor\\w*|videohivas\\w*|videosamtal\\w*|goruntulu\\s+(?:arama\\w*|gorusme\\w*|konusma\\w*)|visio(?:conferences?)?)\\b',
  '(?<![\\p{L}])(?:видеозвонк\\p{L}*|видеосвяз\\p{L}*|видеочат\\p{L}*|відеодзвінк\\p{L}*|відеозв\\p{L}*|видеоразговор\\p{L}*|βιντεοκλ\\p{L}*)',
  'مكالم\\p{L}*\\s+(?:ال)?فيديو|تماس\\s+تصویری|שיחו?ת\\s+וידי?או|וידי?או',
  '视频通话|視訊通話|视频聊天|視頻通話|视频会议|視訊會議|ビデオ通話|テレビ電話|ビデオチャット|영상\\s?통화|화상\\s?통화|화상\\s?회의|วดโอคอล|वीडियो\\s+कॉल',
].join('|');

/** The video-call word just before the name, in its sentence ("…ideal for video calls on ", "…לשיחות וידאו ב"). */
const VIDEO_BEFORE = new RegExp(`(?:${VIDEO_CALL})(?:\\s+\\S+){0,2}?\\s*\\S{0,3}$`, 'u');
/** …or just after it, past a short list of other apps ("WhatsApp and Zoom video calls", "WhatsAppやZoomのビデオ通話"). */
const VIDEO_AFTER = new RegExp(`^[^.!?。！？\\n]{0,25}?(?:${VIDEO_CALL})`, 'u');

/** Goods for such calls, or a word saying what they are fit for, in the languages read. */
const FIT_FOR = new RegExp(
  [
    '\\b(?:ideal|ideale|ideaal|idealn\\w*|perfect\\w*|perfekt\\w*|parfait\\w*|great|handy|suitable|convenient|designed|made|geeignet|praktisch|pratique|practic[oa]|vhodn\\w*|skvel\\w*|uygun|cocok|sesuai|phu\\s+hop|ly\\s+tuong|tien\\s+loi|geschikt|passar|alkalmas|potrivit\\w*)\\b',
    '\\b(?:stands?|holders?|mounts?|tripods?|selfie\\s+sticks?|ring\\s+lights?|gimbals?|webcams?|cameras?|tablets?|monitors?|screens?|soportes?|tripodes?|suportes?|tripes?|supports?|trepieds?|halter\\w*|stander|stativ\\w*|supporto|treppiedi?|uchwyt\\w*|statyw\\w*|stojak\\w*|drzak\\w*|stojan\\w*|tutucu\\w*|gia\\s+do|dudukan|statief|houder\\w*|hallare)\\b',
    '(?<![\\p{L}])(?:идеальн\\p{L}*|подходит|удобн\\p{L}*|подставк\\p{L}*|держател\\p{L}*|штатив\\p{L}*|ідеальн\\p{L}*|зручн\\p{L}*|тримач\\p{L}*|ιδανικ\\p{L}*|βάση)',
    'مناسب|مثالي|حامل|מתאים|מתאימה|מושלם|אידיאלי|מעמד|מחזיק|חצובה|مناسب|پایه',
    '适合|適合|方便|便利|最適|ぴったり|スタンド|ホルダー|三脚|支架|三脚架|편리|적합|거치대|스탠드|삼각대',
  ].join('|'),
  'u',
);

/**
 * Someone of the seller's, a time or a request to join: "with our engineer", "s naším technikem", "con nuestro
 * técnico", "mit unserem Techniker", "עם המהנדס שלנו", "弊社の担当", "tomorrow at 10". Then the call is the seller's.
 */
export const VIDEO_CALL_ARRANGED = new RegExp(
  [
    "\\b(?:me|us|my|our|we|let'?s|lets|join|invite|schedule|book|tomorrow|today|engineer|technician|manager|sales|nase\\w*|nasim|nasi|nuestr\\w*|nosotros|nos|notre|nos|unser\\w*|wir|nostr\\w*|noss[oa]s?|nasz\\w*|onze|wij|bizim|kami|chung\\s+toi)\\b",
    '\\d{1,2}[:h]\\d{2}|\\d{5}',
    '(?<![\\p{L}])(?:наш\\p{L}*|нам|мне|мы)(?![\\p{L}])|שלנו|איתנו|אלינו|איתי|אליי|מהנדס|טכנאי|弊社|担当|私|我们|我們|저희|제가|معنا|لدينا',
  ].join('|'),
  'u',
);

/** The app at [before | after] named as what goods are for: a video-call word beside it, goods or fitness around. */
export function videoCallUse(before: string, after: string, sentence: string): boolean {
  return (VIDEO_BEFORE.test(before) || VIDEO_AFTER.test(after)) && FIT_FOR.test(sentence);
}
