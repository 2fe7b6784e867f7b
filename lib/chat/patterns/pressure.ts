import { COMPOSED_PRESSURE_PATTERNS } from '../compose';
import { anyOf, type ChatPattern } from '../match';

/**
 * Urgency to pay now (trade-assurance-rules.md §3: "container leaves in six hours", "pay now or the price
 * changes"). Only an imminent deadline counts: "the price goes up next month" is ordinary notice.
 */
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat)';
const SOON = `(?:today|tonight|tomorrow|now|immediately|asap|right\\s+away|within\\s+(?:\\d+|one|two|three|six|twelve|24|48)\\s+(?:hours?|hrs?|h|minutes?|mins?)|(?:by|before|until|till)\\s+(?:this\\s+)?(?:${WEEKDAY}|tomorrow|tonight|noon|eod|(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?(?:day|week)|the\\s+weekend)|this\\s+week)`;

/**
 * "You can pay with Google Pay at checkout now, it is supported for your country": a "now" that a way of paying is
 * said to be available, not a deadline.
 */
const NOW_SUPPORTED =
  "(?!(?<=\\bnow)\\s*,?\\s*(?:(?:it|this|that|which|they)\\s+)?(?:is|are|'s)?\\s*(?:now\\s+|also\\s+)?(?:supported|available|accepted|enabled|possible|activated)\\b)";

export const PRESSURE_PATTERNS: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    threat: true,
    what: 'urgency to pay',
    // "Payment received, production starts tomorrow" reports a payment; it does not ask for one. "From now
    // on" and "for now" say when something starts or holds, not that it is due.
    unless:
      /\b(?:received|receipt|got\s+(?:the|your)|confirmed|thanks?|thank\s+you|from\s+now\s+on|for\s+now)\b/,
    gate: /today|tonight|tomorrow|now|immediately|asap|right away|within|by |before |until|till|this week|hurry|last|final|until|till|hour|days|leave|leaving|depart|close|cut|waiting|left|in stock|mediat|今|马上|馬上|立即|立刻|尽快|盡快|赶紧|趕緊|最后|最後|明天|限时|限時|小时|小時|hoy|ultima|hoje|aujourd|derniere|manana|amanha|demain|sale|sai|part|последний|сегодня|завтра|уходит/,
    re: anyOf(
      // "click Pay Now" names a button, it does not hurry anyone, with its label in quotes too ("click 'Pay now'");
      // so does "Buy Now" ("the payment page after you click Buy Now", stop 47).
      `\\b(?:pay(?<!\\b(?:click|press|tap|hit|the)\\s+(?:on\\s+)?(?:the\\s+)?['"‘’“”«‹]?\\s?pay)(?!pal|oneer|pay\\b)|paid|payment|transfer|send\\s+(?:the\\s+)?(?:money|payment|deposit|balance)|remit)\\w*\\s+(?:[^\\s.,;:!?]+\\s+){0,5}?${SOON}\\b(?<!\\bbuy\\s+now)(?!\\s+button)${NOW_SUPPORTED}`,
      `\\b${SOON}\\s+(?:\\S+\\s+){0,2}?(?:pay|payment|transfer)\\b`,
      // A threat carries its own "not": "if you do not pay within 24 hours we cancel".
      `\\bif\\s+(?:you\\s+)?(?:do\\s+not|don'?t|dont|didn'?t|cannot|can'?t)\\s+(?:pay|transfer|send)\\w*\\s+(?:\\S+\\s+){0,3}?${SOON}`,
      '\\b(?:hurry|last\\s+chance|final\\s+chance|last\\s+day|today\\s+only|only\\s+today|final\\s+offer)\\b',
      `\\b(?:price|prices|cost|costs)\\s+(?:will\\s+|is\\s+going\\s+to\\s+|going\\s+to\\s+)?(?:go(?:es)?\\s+up|increase|rise|change)s?\\s+(?:\\w+\\s+){0,2}?(?:today|tonight|tomorrow|after\\s+today|in\\s+\\d+\\s+(?:hours?|days?))\\b`,
      '\\b(?:from|after)\\s+tomorrow\\s+(?:the\\s+)?price',
      '\\b(?:hold|keep)\\s+(?:this|the)\\s+price\\s+(?:only\\s+)?(?:until|till|for)\\s+(?:tonight|today|tomorrow|\\d+\\s+hours?)',
      '\\b(?:container|vessel|ship|truck|boat|shipment)\\s+(?:\\w+\\s+){0,2}?(?:leaves?|leaving|departs?|closes?|cut-?off|is\\s+waiting|will\\s+leave)\\s+(?:in\\s+(?:\\d+|one|two|three|four|five|six|twelve)\\s+(?:hours?|hrs?|h)|today|tonight|tomorrow|now)',
      '\\b(?:truck|driver|container)\\s+is\\s+waiting',
      '\\bonly\\s+\\d+\\s+(?:pcs|pieces|units|sets)\\s+(?:left|in\\s+stock)',
      // Chinese
      '(?:今天|今晚|马上|馬上|立即|立刻|尽快|盡快|赶紧|趕緊)\\S{0,4}(?:付款|付|打款|转账|轉帳|汇款|匯款)|最后(?:机会|一天)|最後(?:機會|一天)|明天(?:就)?(?:涨价|漲價|价格上涨|價格上漲)|限时|限時|(?:集装箱|货柜|貨櫃|船)\\S{0,8}(?:小时后|小時後|今天|今晚|明天)\\S{0,3}(?:出发|出發|开船|開船|离港|離港|截关|截關)',
      // Spanish / Portuguese / French / Russian
      "\\b(?:pague\\s+hoy|paga\\s+hoy|hoy\\s+mismo|ultima\\s+oportunidad|inmediatamente|pague\\s+hoje|hoje\\s+mesmo|ultima\\s+chance|imediatamente|payez\\s+aujourd'hui|aujourd'hui\\s+meme|derniere\\s+chance|immediatement)\\b",
      '\\b(?:manana|amanha|demain)\\s+(?:\\w+\\s+){0,2}?(?:sube|subira|aumenta|aumentara|sobe|augmente|monte)|\\b(?:el\\s+contenedor\\s+sale|o\\s+container\\s+sai|le\\s+conteneur\\s+part)\\b',
      '(?<![\\p{L}])(?:последний\\s+шанс|сегодня\\s+же|оплатите\\s+сегодня|завтра\\s+цена\\s+(?:\\p{L}+\\s+)?(?:вырастет|поднимется|повысится|изменится)|контейнер\\s+уходит)',
    ),
  },
  {
    kind: 'explicit',
    threat: true,
    what: 'urgency to pay',
    // Generic urgency words count only next to money: "urgent, pay the deposit", not "for urgent issues call me".
    gate: /urgent|asap|soon as|mediat|right now|срочно|немедленно|尽快|盡快|马上|馬上|立即|立刻|紧急|緊急/,
    needs: /pay|deposit|balance|transfer|money|remit|付|款|汇|匯|\bpag|\bvir|\bpai|оплат|плат|перев/u,
    re: anyOf(
      '\\b(?:urgent(?:ly)?|asap|as\\s+soon\\s+as\\s+possible|immediately|right\\s+now|urgente|inmediatamente|imediatamente|immediatement)\\b',
      '(?<![\\p{L}])(?:срочно|немедленно)(?![\\p{L}])|尽快|盡快|马上|馬上|立即|立刻|紧急|緊急',
    ),
  },
  ...COMPOSED_PRESSURE_PATTERNS,
];
