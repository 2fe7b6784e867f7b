import type { Lexicon } from '../lexicon';

/**
 * Hindi as Indian importers and suppliers type it in chats: Hinglish in Latin letters ("direct mere account me
 * bhej do", "platform ke bahar payment", "WhatsApp pe aa jao"), modelled on Indian importers' guides and fraud
 * warnings about Alibaba deposits by bank transfer, UPI to a personal number and deals moved to WhatsApp. English
 * words inside the Hindi are read by the English lexicon; this one adds the Hindi around them.
 */
export const HI: Lexicon = {
  lang: 'hi',
  script: 'latin',
  // "agent ko cash de sakte hai": cash handed over is a payment too.
  pay: 'cash\\s+(?:de|do|dena|dijiye|dein)\\b|payment\\s+kar\\w*|pay\\s+kar\\w*|bhej\\s+(?:do|dena|dijiye|dijie|de|dein)|bhejo|bhejiye|bhejna|transfer\\s+kar\\w*|jama\\s+kar\\w*|paise|paisa|raqam|advance\\s+de\\w*|upi\\s+kar\\w*|upi\\s+(?:se|pe|par)\\s+bhej\\w*|gpay\\s+kar\\w*|phonepe\\s+kar\\w*',
  account: 'account|khata|khate|upi|card',
  bankInfo: 'bank\\s+details|account\\s+(?:number|details)|ifsc|upi\\s+id',
  owner:
    'mere|mera|meri|apne\\s+(?:account|khate)|personal|niji|boss\\s+ke|malik\\s+ke|bhai\\s+ke|wife\\s+ke|bhaiya\\s+ke',
  other: 'dusre|dusra|doosre|doosra|alag|aur\\s+koi',
  fresh: 'naya|naye|nayi',
  related: 'sister\\s+company|hamari\\s+(?:dusri|doosri)\\s+company|hong\\s*kong\\s+(?:wali\\s+)?company',
  direct: 'direct|seedha|sidha|seedhe|sidhe',
  // "seedha hamare HDFC account me SWIFT kar do": the verb comes last, so "directly" is read with the account it leads into.
  intoAccount: '(?:account|khate|khata|bank|upi)\\s+(?:me|mein|main|mai|pe|par)',
  method: 'tarika|tarike|tareeka|tareeke|jariye|zariye',
  notVia: 'nahi\\s+(?:se|through)|ke\\s+bina',
  platform: 'trade\\s?assurance|ta|alibaba|aliexpress|platform|site\\s+wala\\s+order',
  // "Alibaba pe order lagane ki zaroorat nahi" (no need to place the order on Alibaba): the order on the platform
  // waved away, read as the platform is; not "no need to reorder, we refund you".
  notNeeded:
    'order\\s+(?:lagane|lagana|dene|karne|place\\s+karne|book\\s+karne)\\s+ki\\s+(?:zaroorat|zarurat|jarurat|zarorat)\\s+nahi\\w*(?![^.!?\\n]{0,60}(?:refund|wapas|vapas))|zaroorat\\s+nahi\\w*|zarorat\\s+nahi\\w*|zaroori\\s+nahi\\w*|zarurat\\s+nahin|zarurat\\s+nahi|jarurat\\s+nahi|zaruri\\s+nahi|jaruri\\s+nahi|ki\\s+zarurat\\s+nahi|bina',
  // "Alibaba ke bahar", "platform se bahar" (outside the platform): read within a word of the platform.
  outside: 'ke\\s+bahar|se\\s+bahar|bahar\\s+se|bypass',
  friends: 'dost\\s+ki\\s+tarah|friends\\s+and\\s+family',
  changed: 'badal\\s+gaya|badal\\s+gayi|badla|change\\s+ho\\s+gaya|naya\\s+ho\\s+gaya',
  trouble: 'block\\s+ho\\s+gaya|band\\s+ho\\s+gaya|freeze\\s+ho\\s+gaya|audit\\s+chal\\s+raha',
  discard: 'purane\\s+wale\\s+me\\s+mat|ab\\s+valid\\s+nahi',
  old: 'purana|purane|purani',
  invoice: 'bill|invoice|pi',
  soon: 'aaj|abhi|turant|jaldi|kal\\s+tak|aaj\\s+hi',
  loss: 'nahi\\s+to|warna|varna|rate\\s+badh\\s+jayega|der\\s+ho\\s+jayegi',
  received: 'mil\\s+gaya|aa\\s+gaya|receive\\s+ho\\s+gaya',
  buy: 'kharid\\w*|order\\s+kar\\w*|le\\s+lo|le\\s+lijiye',
  store: 'dukan|shop|website|site|store',
  addMe: 'add\\s+kar\\s+(?:lo|lijiye|do|dijiye)|mujhe\\s+add|aapko\\s+add\\s+kar|number\\s+save\\s+kar\\w*',
  noOrder:
    'order\\s+(?:(?:lagane|lagana|dene|karne|place\\s+karne|book\\s+karne)\\s+)?ki\\s+(?:zarurat|jarurat|zaroorat|zarorat)\\s+nahi\\w*|bina\\s+order\\s+ke',
  agent: 'hamara\\s+agent|hamare\\s+agent',
  otherwise: 'kisi\\s+aur\\s+tarike\\s+se|dusre\\s+tarike\\s+se',
  send: 'bhejta|bhejti|bhejunga|bhejungi|bhej\\s+deta|bhej\\s+dunga|bhej\\s+dungi|de\\s+deta|share\\s+kar\\w*',
  instead: 'ke\\s+bajay|ke\\s+badle|ki\\s+jagah',
  order: 'order',
  site: 'site|app|platform',
  toPartner: 'hamare\\s+partner|partner\\s+(?:company|factory)',
};
