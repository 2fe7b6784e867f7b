import { anyOf } from '../../match';
import { edge, type LanguagePatterns } from './pack';

/**
 * Russian: the indirect asks the first patterns (offplatform-payment.ts) missed. Modelled on Russian
 * warnings about Avito and AliExpress sellers: "переводом на карту Сбербанка", "по номеру телефона",
 * "в личку", "фото не загружается, дайте номер".
 */
const PAY = /(?<![\p{L}])(?:оплат|плат|перев[ео]д|перечисл|отправ|внес|заплат|скин)\p{L}*/u;

export const RU: LanguagePatterns = {
  lang: 'ru',
  payment: [
    {
      kind: 'contextual',
      what: "a transfer to a person's bank card",
      gate: /карт|сбп|номеру|номером|телефону/,
      re: anyOf(
        '(?<![\\p{L}])на\\s+(?:мою\\s+|личную\\s+)?карт\\p{L}*\\s+(?:сбер\\p{L}*|тинькофф\\p{L}*|т-банк\\p{L}*|альф\\p{L}*|втб|банк\\p{L}*)',
        edge(
          // SBP asked for ("оплатите по СБП", "перевод по СБП"), not a product that takes it ("принимает оплату по СБП",
          // "табличка для оплаты по СБП"): the noun of paying names no one to pay.
          'переводом\\s+на\\s+карт\\p{L}*|перевод\\p{L}*\\s+(?:по\\s+номеру\\s+(?:телефона|карты)|на\\s+карту)|(?:оплатите|оплати|переведите|переведи|скиньте|скинь|перевод\\p{L}*|оплатить\\s+можно|можно\\s+оплатить)\\s+(?:[^\\s,;.]+\\s+){0,2}?по\\s+сбп',
        ),
        // "оплатить можно СБП по номеру телефона нашего менеджера", "сплатіть за номером телефону": money sent to a
        // phone number is sent to the person the number belongs to (a number of an order is not a phone's). The words
        // between stay in one clause ("оплата при получении, вопросы по телефону" is two things), but for a "please".
        edge(
          '(?:сбп|оплат|переве|перечисл|скин|кин|сплат|переказ)\\p{L}*,?(?:\\s+(?:[^\\s,;.]+|пожалуйста,|ласка,)){0,3}?\\s+(?:по\\s+(?:номеру\\s+(?:телефона|мобильного)|телефону)|за\\s+номером\\s+(?:телефону|мобільного))',
        ),
        // "переведите сумму на карту", "оплата на карту", "скиньте на карточку", Ukrainian "переказ на картку":
        // money sent to a card, the way a person is paid, not an order.
        edge(
          // "предоплата 50% на карту", "передоплата 50% на картку ПриватБанку": a deposit sent to a card.
          // A top-up too ("доплатите 300 ₽ на карту", "доплатіть, будь ласка, 450 грн на картку"), with a
          // "please" and the sum between.
          '(?:переве|перечисл|оплат|доплат|дооплат|скин|закин|кин|переказ|сплат|предоплат|передоплат|аванс|завдат|задат)\\p{L}*,?\\s+(?:[\\p{L}\\d%₽₴$€.]+,?\\s+){0,4}?на\\s+(?:мою\\s+|нашу\\s+|мою\\s+личную\\s+|личную\\s+)?(?:карт(?:у|ку|очку))',
        ),
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /друг/,
      needs: /мимо|напрямую|карт|реквизит|дешевле|скидк|лично/u,
      needsIn: 'message',
      re: anyOf(edge('друг\\p{L}*\\s+способ\\p{L}*')),
    },
    {
      kind: 'contextual',
      what: 'a payment "between friends"',
      gate: /друг|знаком/,
      re: anyOf(edge('как\\s+(?:другу|друзьям|знакомому)|перевод\\p{L}*\\s+(?:другу|как\\s+другу)')),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /верн|возвра/,
      re: anyOf(
        '(?<![\\p{L}])(?:верн\\p{L}*|возвра\\p{L}*)\\s+(?:\\S+\\s+){0,4}?(?:только\\s+)?(?:сначала|после\\s+того)(?![\\p{L}]).{0,60}?(?:оплат|перевед|переведи|отправ|заплат)\\p{L}*',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /сайт|магазин/,
      re: anyOf(
        '(?<![\\p{L}])(?:заказыва|закаж|покупа|купи)\\p{L}*\\s+(?:\\S+\\s+){0,2}?(?:на|в|через)\\s+(?:нашем|моём|моем)\\s+(?:новом\\s+)?(?:сайте|магазине)',
        edge('на\\s+нашем\\s+сайте'),
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /компани|филиал/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        edge(
          '(?:дочерн|материнск|родственн|аффилированн)\\p{L}*\\s+компани\\p{L}*|филиал\\p{L}*\\s+в\\s+(?:гонконге|сингапуре)',
        ),
      ),
    },
  ],
  bank: [],
  channels: [],
  moves: [
    {
      kind: 'explicit',
      what: 'a move to a private chat elsewhere',
      gate: /личк|лс|мессенджер|номер|телефон|контакт|добав|друзья/,
      unless: /доставк|курьер|адрес|получател|посылк|трек|заказ|накладн|сч[её]та|инн|огрн|налог/u,
      re: anyOf(
        edge('в\\s+личк\\p{L}*|в\\s+лс|в\\s+мессенджер\\p{L}*'),
        edge(
          // Ukrainian too: "скиньте свій номер", "залиште ваш телефон", "надішліть мені номер". A card's, an account's or
          // an order's number ("напишите номер карты" to receive a refund) is no contact (stop 48).
          '(?:дайте|дай|скиньте|скинь|оставьте|напишите|залиште|надішліть|дайте)\\s+(?:мне\\s+|мені\\s+)?(?:ваш\\s+|свой\\s+|твой\\s+|свій\\s+|твій\\s+)?(?:номер(?!\\s+(?:(?:вашей|вашого|своей|своєї|банковской|банківської)\\s+)?(?:карт|сч[её]т|рахун|кошел|гаманц|заказ|замовлен|паспорт|договор)\\p{L}*)|телефон|контакт\\p{L}*)',
        ),
        edge('добавь\\p{L}*\\s+меня|добавлю\\s+(?:вас|тебя)|в\\s+друзья'),
      ),
    },
    {
      // "тут не могу писать, модерация режет сообщения с цифрами": the platform's filter given as the reason to talk
      // elsewhere (modelled on Avito's rules on contacts in chat and sellers' complaints about them).
      kind: 'explicit',
      what: 'a move to a private chat elsewhere',
      gate: /модерац|фильтр|модерув/,
      re: anyOf(
        edge(
          '(?:модерац|фильтр|модерув)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:реж\\p{L}*|удаля\\p{L}*|видаля\\p{L}*|блок\\p{L}*|бан\\p{L}*|не\\s+пропуска\\p{L}*|не\\s+пропуска\\p{L}*|скрыва\\p{L}*|вырез\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:сообщени|цифр|номер|контакт|повідомлен|ссылк|посиланн)\\p{L}*',
        ),
      ),
    },
  ],
};
