import type { Lexicon } from '../lexicon';

/**
 * Hindi in Devanagari, as Indian sellers write it in chats: "सीधे मेरे खाते में भेज दीजिए", "प्लेटफॉर्म के बाहर पेमेंट",
 * "व्हाट्सएप पर स्क्रीनशॉट डालें". Modelled on Indian cyber-crime and bank warnings about UPI and QR-code payments
 * asked for on WhatsApp (staysafeonline.in, zeenews.india.com) and on the Hinglish set of round 12. normalise.ts
 * keeps Devanagari's vowel signs (only the nukta is dropped and the chandrabindu read as the anusvara), so words
 * are written here as they are spelt, without nukta: "ज़रूरत" → "जरूरत", "फ़ोन" → "फोन". Vowel signs are marks,
 * not letters, so a stem's ending is `[\p{L}\p{M}]*`. English words inside the Hindi are read by the English
 * lexicon; "UPI", "account" and "platform" written in Latin letters are listed here too, for the mixed clause.
 */
const L = '[\\p{L}\\p{M}]*';
export const HI_DEVA: Lexicon = {
  lang: 'hi-deva',
  script: 'letters',
  pay: `भेज${L}|पेमेंट|भुगतान|ट्रांसफर|ट्रान्सफर|पैसे|पैसा|रकम|राशि|जमा\\s+कर${L}|एडवांस|एडवान्स|पे\\s+कर${L}|यूपीआई\\s+कर${L}|(?:स्विफ्ट|नेफ्ट|आरटीजीएस|आईएमपीएस|वायर|टीटी|swift|neft|rtgs|imps|wire|tt)\\s+कर${L}`,
  payNow: `भेज${L}|पेमेंट|भुगतान|ट्रांसफर|ट्रान्सफर|जमा\\s+कर${L}|पे\\s+कर${L}|यूपीआई\\s+कर${L}|(?:स्विफ्ट|नेफ्ट|आरटीजीएस|आईएमपीएस|वायर|टीटी|swift|neft|rtgs|imps|wire|tt)\\s+कर${L}`,
  // A card named with its limit ("मेरे कार्ड की लिमिट 5000 डॉलर है") is the writer's own card, not an account to pay.
  account: `खात${L}|अकाउंट|अकाउण्ट|कार्ड(?!\\s+(?:की|का|के)\\s+(?:लिमिट|सीमा))|यूपीआई|upi|account`,
  bankInfo: `बैंक\\s+(?:डिटेल|विवरण|खाता|अकाउंट)${L}|खाता\\s+(?:नंबर|संख्या)|आईएफएससी|ifsc|यूपीआई\\s+आईडी|upi\\s+id`,
  owner: `मेरे|मेरा|मेरी|निजी|पर्सनल|प्राइवेट|व्यक्तिगत|(?:भाई|भैया|पत्नी|बीवी|मालिक|बॉस|मैनेजर|अकाउंटेंट|डायरेक्टर|दोस्त|रिश्तेदार|पापा|पिताजी|मां|बहन|बेटे|साले|जीजा)\\s+(?:के|की|का)`,
  other: 'दूसरे|दूसरा|दूसरी|अलग|और\\s+कोई|किसी\\s+और',
  fresh: 'नया|नये|नए|नई|नयी',
  related: 'सिस्टर\\s+कंपनी|(?:हमारी|हमारे)\\s+दूसरी\\s+कंपनी|हांगकांग\\s+(?:वाली\\s+)?कंपनी',
  // "नमूना सीधे आपके पते पर भेजेंगे" (we send the sample straight to your address): what goes to the buyer is no payment.
  direct: '(?:सीधे|सीधा|डायरेक्ट)(?!\\s+(?:आपके|आपको|आपकी|आपका|आप\\s+तक)(?![\\p{L}\\p{M}]))',
  // "सीधे हमारे HDFC अकाउंट में SWIFT कर दो": the verb comes last, so "directly" is read with the account it leads into.
  intoAccount: `(?:खात${L}|अकाउंट|अकाउण्ट|account|बैंक|यूपीआई|upi)\\s+(?:में|मे|पर|पे)`,
  method: `तरीक${L}|जरिए|माध्यम`,
  platform: 'अलीबाबा|प्लेटफॉर्म|प्लेटफार्म|ट्रेड\\s+एश्योरेंस|alibaba|platform|trade\\s?assurance',
  notNeeded: 'जरूरत\\s+नहीं|जरूरी\\s+नहीं|बिना',
  outside: 'बाहर',
  friends: 'दोस्त\\s+की\\s+तरह',
  changed: `बदल\\s+(?:गया|गई|दिया|दी)|बदला|चेंज\\s+हो\\s+गया|अपडेट\\s+हो\\s+गया`,
  trouble: 'ब्लॉक|फ्रीज|बंद\\s+हो\\s+गया|अटक\\s+(?:रहा|गया|गई|रही)|होल्ड\\s+पर',
  discard: `(?:इस्तेमाल|उपयोग)\\s+(?:मत|न)\\s+कर${L}|अब\\s+मान्य\\s+नहीं`,
  old: 'पुराना|पुराने|पुरानी',
  invoice: 'बिल|इनवॉइस|पीआई',
  soon: 'आज|अभी|तुरंत|जल्दी|कल\\s+तक',
  loss: 'नहीं\\s+तो|वरना|रेट\\s+बढ\\s+जाएगा',
  received: `मिल\\s+(?:गया|गए|गई)|आ\\s+(?:गया|गए|गई)|प्राप्त`,
  buy: `खरीद${L}|ऑर्डर\\s+कर${L}`,
  store: 'दुकान|शॉप|वेबसाइट|साइट|स्टोर',
  addMe: `मुझे\\s+ऐड|ऐड\\s+कर\\s+(?:लो|लीजिए|लें|दो|दीजिए)|नंबर\\s+सेव\\s+कर${L}`,
  // "अलीबाबा पर ऑर्डर करने की ज़रूरत नहीं" (nukta dropped by normalise), "बिना ऑर्डर के" (stop 50).
  noOrder: `ऑर्डर(?:\\s+${L}){0,3}\\s+जरूरत\\s+नहीं|ऑर्डर(?:\\s+${L}){0,3}\\s+(?:की\\s+)?आवश्यकता\\s+नहीं|बिना\\s+ऑर्डर`,
  agent: '(?:हमारे|हमारा)\\s+एजेंट',
  otherwise: '(?:किसी\\s+और|दूसरे)\\s+तरीके\\s+से',
  refund: `रिफंड|पैसे\\s+वापस`,
  onlyIf: 'पहले|तभी|अगर',
  send: `भेजता|भेजती|भेजूंगा|भेजूंगी|भेज\\s+(?:दूंगा|दूंगी|देता|देती)|शेयर\\s+कर${L}`,
  // Hindi puts "instead of" after what it sets aside: "प्लेटफॉर्म की जगह", "ऑर्डर के बजाय".
  insteadAfter: '(?:की|के)\\s+(?:जगह|बजाय|बदले)',
  order: 'ऑर्डर',
  site: 'साइट|ऐप|प्लेटफॉर्म',
  toPerson: '(?:भाई|भैया|पत्नी|मालिक|बॉस|मैनेजर|अकाउंटेंट)\\s+(?:के|को)',
};
