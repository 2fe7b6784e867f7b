/**
 * A figure made to follow the price or the budget: "Wear layer: 0.3-0.7 mm depending on price", "Espesor: 0,3-0,7 mm
 * según el precio", "je nach Preis", "根据价格", "価格によって異なる", "가격에 따라", "tergantung harga". The order
 * then pays one price and fixes none of the figures it could buy: any figure of the span is the one "for this price".
 * Read under any label, as a lot or a season is: the price names what the figure follows.
 */
import { anyOf, cjk, latinWords, scriptWords } from './patterns';

export const BY_PRICE = anyOf(
  latinWords([
    '(?:it )?depend(?:s|ing|ent)?(?: on| upon)? (?:the |your )?(?:price|budget|cost|price level)s?',
    '(?:varies|may vary|can vary) (?:with|by|according to) (?:the )?(?:price|budget)s?',
    '(?:according to|based on|as per) (?:the |your )?(?:price|budget)s?(?! list)',
    '(?:je nach|abhängig vom?) (?:Preis|Budget)|preisabhängig',
    '(?:según|dependiendo del?|depende del?) (?:el )?(?:precio|presupuesto)',
    '(?:selon|suivant|en fonction du) (?:le )?(?:prix|budget)',
    '(?:conforme|dependendo do|depende do) (?:o )?(?:preço|orçamento)',
    '(?:a seconda del|in base al) (?:prezzo|budget)',
    '(?:w )?zależn(?:ie|ości) od ceny',
    'fiyata göre',
    'tergantung (?:harga|budget|bujet)',
    '(?:tùy|tuỳ) (?:theo )?(?:giá|ngân sách)',
  ]),
  scriptWords(['(?:в )?зависимости от (?:цены|бюджета)', '(?:в )?залежн(?:о|ості) від (?:ціни|бюджету)']),
  cjk([
    '(?:根据|看|视|按|依)(?:价格|价位|预算|價格|價位)(?:而定|不同)?',
    '(?:価格|予算)によ',
    '(?:가격|예산)에\\s?따라',
  ]),
);
