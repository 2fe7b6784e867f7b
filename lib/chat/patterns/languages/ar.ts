import { anyOf } from '../../match';
import { edge, type LanguagePatterns } from './pack';

/**
 * Arabic. Modelled on Gulf and Levant warnings about sellers who move buyers to WhatsApp and ask for a
 * transfer to a person's account (tests/fixtures/chat/real-modelled/README.md lists the pages). Hamza
 * and yaa/taa-marbuta spellings vary, hence the classes.
 */
const PAY = /تحويل|حول|حوّل|ادفع|دفع|[اأ]رسل|ابعث|[اإ]يداع|حوال[ةه]|سدد|عربون/;

/** The writer's relatives, friend, partner or agent, as the one paid (hamza spellings vary). */
const RELATIVE =
  '(?:ابن\\s+(?:عمي|خالي|عمتي|خالتي|[اأ]خي|[اأ]ختي)|بنت\\s+(?:عمي|خالي)|[اأ]خي|اخوي|[اأ]ختي|قريبي|قريب\\s+لي|صديقي|صديق\\s+لي|زوجتي|زوجي|والدي|والدتي|[اأ]بي|[اأ]مي|عمي|خالي|شريكي|وكيلي)';
/** To, at, with or on the account of that person: "إلى / ل", "عند / لدى", "مع", "على حساب / في حساب / باسم". */
const TO_PERSON = '(?:(?:[اإ]لى|الى|عند|لدى|مع)\\s+|ل|(?:على|في)\\s+حساب\\s+|باسم\\s+)';
/** Money named: the deposit, the amount, the rest, a sum in a currency. */
const MONEY =
  '(?:(?:ال)?(?:عربون|مبلغ|فلوس|مال|دفع[ةه]|مقدم|باقي|رصيد|ثمن|قيم[ةه]|تحويل|دولارات)\\p{L}*|\\d[\\d,.]*\\s*(?:دولار|يورو|درهم|ريال|جنيه)\\p{L}*)';
/**
 * Money that can only be money, for the form that names it first ("العربون يكون عند أخي"): "الباقي" (the rest) alone,
 * but not "باقي" of something or "ثمن" (the price), which also name goods ("باقي الطلب مع أخي في المستودع", the rest of
 * the order is with my brother).
 */
const MONEY_ITSELF =
  '(?:الباقي(?!\\p{L})|(?:ال)?(?:عربون|مبلغ|فلوس|مال|دفع[ةه]|مقدم|رصيد|تحويل|دولارات)\\p{L}*|\\d[\\d,.]*\\s*(?:دولار|يورو|درهم|ريال|جنيه)\\p{L}*)';
/** One word of the same clause. */
const WORD = '[^\\s،,.!?؟:؛]+';

export const AR: LanguagePatterns = {
  lang: 'ar',
  payment: [
    {
      kind: 'explicit',
      what: 'a request to pay outside the platform',
      gate: /خارج|بعيد|بدون|بدلا|بدل/,
      re: anyOf(
        '(?:خارج|بعيدا\\s+عن|بدون|بدلا\\s+من|بدل)\\s+(?:ال)?(?:منص[ةه]|تطبيق|موقع|علي\\s?بابا|[اأ]لي\\s?[اإ]كسبريس)',
      ),
    },
    {
      kind: 'contextual',
      what: "a personal or employee's account",
      gate: /حساب/,
      needs: PAY,
      re: anyOf(
        'حساب(?:ي)?\\s+(?:ال)?(?:شخصي|خاص)|حسابي\\s+الخاص',
        'حساب\\s+(?:[اأ]حد\\s+)?(?:ال)?(?:موظف\\p{L}*|مدير\\p{L}*|صديق\\p{L}*|قريب\\p{L}*|زوج\\p{L}*|[اأ]خ\\p{L}*)',
      ),
    },
    {
      kind: 'contextual',
      what: 'a direct transfer to the seller',
      gate: /مباشر/,
      re: anyOf(
        '(?:لل|ال)?تحويل\\s+(?:ال)?مباشر|مباشر[ةه]?\\s+(?:لي|[اإ]لي|لنا)|(?:ادفع|حول)\\s+لي\\s+مباشر[ةه]?',
      ),
    },
    {
      // "أرسل العربون إلى ابن عمي في دبي" (send the deposit to my cousin in Dubai), "حوّل المبلغ لأخي": money sent to
      // the writer's relative or friend, who "brings it to us" — a person, not the order, is paid.
      kind: 'contextual',
      what: "a personal or someone else's account",
      gate: /[اأ]رسل|ابعث|حول|حوّل|ادفع|تدفع|سلم|سدد|تسدد|عربون|مبلغ|فلوس|دفع|مال|مقدم|باقي|رصيد|ثمن|قيم|تحويل|دولار|يورو|درهم|ريال|جنيه/,
      // Money, not goods or papers: "أرسل الكتالوج إلى شريكي" (the catalogue to my partner) or "سلم الطرد إلى أخي" (the
      // parcel) pays nobody; the deposit, the amount or the money named after the verb does. A verb that only means
      // paying needs no sum ("ادفع عند ابن عمي في دبي", pay at my cousin's in Dubai). The person may be where the money
      // is left ("عند", "لدى"), who carries it ("مع") or whose account it goes on ("على حساب"), and a few words may
      // stand between, inside one clause (no comma or full stop).
      re: anyOf(
        `(?:[اأ]رسل|ابعث|حوّل|حول|ادفع|تدفع|سلم|سدد|تسدد)\\p{L}*\\s+(?:${WORD}\\s+){0,3}?${MONEY}\\s+(?:${WORD}\\s+){0,8}?${TO_PERSON}${RELATIVE}(?!\\p{L})`,
        `(?:ادفع|تدفع|سدد|تسدد|ادفعوا|سددوا)\\p{L}*\\s+(?:${WORD}\\s+){0,5}?${TO_PERSON}${RELATIVE}(?!\\p{L})`,
        // The sum named first, then who keeps it: "العربون يكون عند أخي", "المبلغ كامل مع ابن عمي".
        `${MONEY_ITSELF}\\s+(?:${WORD}\\s+){0,3}?(?:عند|لدى|مع)\\s+${RELATIVE}(?!\\p{L})`,
        // The relative first, then the sum: "حوّل لأخي 500 دولار".
        `(?:[اأ]رسل|ابعث|حوّل|حول|ادفع|سدد)\\p{L}*\\s+${TO_PERSON}${RELATIVE}\\s+\\d[\\d,.]*\\s*(?:دولار|يورو|درهم|ريال|جنيه)`,
      ),
    },
    {
      // "عن طريق الصرافة (الحوالة)", "مكتب صرافة": money sent through an exchange office or a hawala broker is paid
      // outside any order. Not the cash machine ("الصراف الآلي"), which is where a buyer takes money out.
      kind: 'contextual',
      what: 'a money-transfer app',
      gate: /صراف|حوال/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '(?:مكتب\\s+|محل\\s+|شرك[ةه]\\s+)?(?:ال)?صراف[ةه](?!\\p{L})|(?:ال)?حوال[ةه]\\s+(?:ال)?(?:يدوي[ةه]|هاتفي[ةه]|عبر\\s+(?:ال)?صراف\\p{L}*)|(?:ال)?صراف[ةه]?\\s*\\(\\s*(?:ال)?حوال[ةه]',
      ),
    },
    {
      kind: 'contextual',
      what: 'another way to pay',
      gate: /طريق|وسيل/,
      needs: /حساب|مباشر|لي|خصم|[اأ]رخص|ويسترن|رقم|خارج/,
      needsIn: 'message',
      re: anyOf('بطريق[ةه]\\s+[اأ]خرى|طريق[ةه]\\s+دفع\\s+[اأ]خرى|وسيل[ةه]\\s+دفع\\s+[اأ]خرى'),
    },
    {
      kind: 'contextual',
      what: 'Western Union / MoneyGram to a person',
      gate: /ويسترن|موني/,
      negationSpreads: true,
      brandWord: true,
      re: anyOf('ويسترن\\s*يونيون|موني\\s*[غج]رام'),
    },
    {
      kind: 'contextual',
      what: 'a refund that first needs a payment outside the platform',
      gate: /رجع|استرجاع|استرداد|عادة/,
      re: anyOf(
        '(?:[اأ]رجع|سأرجع|س[اأ]رد|استرجاع|استرداد|[اإ]عادة)\\s+\\S*.{0,40}?(?:بعد\\s+[اأ]ن|بشرط|لكن|[اأ]ولا)\\s*.{0,30}?(?:تدفع|تحول|ترسل|تسدد|تحوّل)',
      ),
    },
    {
      kind: 'contextual',
      what: "a purchase moved to the seller's own website",
      gate: /متجر|موقع/,
      re: anyOf(
        '(?:اشتر\\p{L}*|اطلب\\p{L}*|شراء|الشراء)\\s+(?:\\S+\\s+){0,3}?(?:من|على|عبر)\\s+(?:متجرنا|موقعنا|موقعي|متجري)',
      ),
    },
    {
      kind: 'contextual',
      what: "a related company's account",
      gate: /شرك|فرع/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '(?:ال)?شرك[ةه]\\s+(?:ال)?[اأ]م|(?:ال)?شرك[ةه]\\s+(?:الشقيق[ةه]|التابع[ةه]|الفرعي[ةه])|فرع(?:نا)?\\s+في\\s+(?:هونغ\\s?كونغ|هونج\\s?كونج|سنغافور[ةه]|دبي)',
      ),
    },
    {
      kind: 'contextual',
      what: 'a story about the account, ending in another way to pay',
      gate: /حساب|متجر/,
      needs: PAY,
      needsIn: 'message',
      re: anyOf(
        '(?:حساب|متجر)\\p{L}*\\s+(?:\\S+\\s+){0,3}?(?:فيه\\s+مشكل[ةه]|معلق|مغلق|مجمد|موقوف|محظور|[اأ]غلق)',
      ),
    },
  ],
  bank: [
    {
      kind: 'explicit',
      negationInside: true,
      what: 'a changed, new or frozen account',
      gate: /حساب|تغيير/,
      re: anyOf(
        'تغيير\\s+(?:رقم\\s+)?الحساب|حساب(?:نا)?\\s+(?:البنكي\\s+)?(?:الجديد|تغير|جديد|مجمد|موقوف|مغلق)|حساب\\s+بنكي\\s+جديد',
      ),
    },
  ],
  channels: [
    {
      channel: 'WhatsApp',
      kind: 'explicit',
      what: 'a move to WhatsApp',
      gate: /واتس|وتس/,
      brandWord: true,
      re: anyOf(edge('[وبلف]?(?:ال)?(?:واتس\\s?[اآ]ب|واتساب|وتساب|واتس)')),
    },
    {
      channel: 'Telegram',
      kind: 'explicit',
      what: 'a move to Telegram',
      gate: /تيليجرام|تلغرام|تليغرام|تلجرام|تيلجرام/,
      brandWord: true,
      re: anyOf(edge('[وبلف]?(?:ال)?(?:تيليجرام|تلغرام|تليغرام|تلجرام|تيلجرام)')),
    },
  ],
  moves: [
    {
      kind: 'explicit',
      what: 'an invitation to add or message the seller elsewhere',
      gate: /ضفني|ضيفني|ضيفك|راسلني|كلمني|تواصل|رقمك|هاتفك|جوالك|موبايلك|تليفونك|واتس|يتواصل|يتصل|تكلم|تحدث|راسل|اكتب|بريدك|يميلك/,
      unless: /شحن|مندوب|توصيل|عنوان|المستلم|الطرد|الطلب|التتبع|الفاتور|ضريب|سجل\s*تجاري/,
      re: anyOf(
        '[اأ]ضفني|ضيفني|س[اأ]ضيفك|[اأ]ضيفك',
        '(?:راسلني|كلمني)\\s+(?:على|عبر)',
        'تواصل\\s+معي\\s+(?:على|عبر)\\s+(?:رقم|الرقم|هاتف|الخاص|خاص)',
        // "وتكلم معي على الإيميل", "تحدث معنا عبر البريد الإلكتروني": the talk itself asked onto the mailbox — a
        // verb of talking or writing "with me / to us" governing the mail as its place (not a document sent by mail).
        '(?:تكلم|تحدث|تواصل|راسل|اكتب)\\s+(?:معي|معنا|لي|لنا)\\s+(?:على|عبر|في|من\\s+خلال|ب)\\s*(?:ال)?(?:[إا]يميل|[إا]يمايل|ميل|جيميل|بريد(?:\\s+(?:ال)?[إا]لكتروني)?)(?!\\p{L})',
        '(?:[اأ]رسل|ابعث|[اأ]عطني)\\s+(?:لي\\s+)?رقمك',
        // "أرسل لي رقم هاتفك", "أعطني رقم جوالك": the number named with the phone word.
        '(?:[اأ]رسل|ابعث|[اأ]عطني|زودني|شاركني)\\s+(?:لي\\s+)?رقم\\s+(?:هاتفك|جوالك|موبايلك|تليفونك|الواتس\\p{L}*|واتسابك)',
        // "ابعث لي إيميلك", "زودني ببريدك الإلكتروني": the buyer's mailbox asked for, as his number is — the talk goes on
        // there (stop 45). A courier's or an invoice's address is kept out by `unless`.
        '(?:[اأ]رسل|ابعث|[اأ]عطني|زودني|شاركني|اترك)\\s+(?:لي\\s+|لنا\\s+)?(?:ب)?(?:بريدك|[إا]يميلك|عنوان\\s+بريدك|عنوان\\s+[إا]يميلك)(?!\\p{L})',
        // "يتواصل معك مدير المبيعات مباشرة": someone of the seller's will contact the buyer directly.
        // Not "directly through Alibaba" or "here in the chat" (red team, stop 30).
        '(?:سيتواصل|يتواصل|سيتصل|يتصل)\\s+(?:معك|بك)\\s+(?:\\p{L}+\\s+){0,3}?مباشر\\p{L}*(?!\\p{L})(?!\\s+(?:عبر|على|في|من\\s+خلال)\\s+(?:علي\\s*بابا|على\\s*بابا|علي\\s*[اإ]كسبريس|المنصة|الموقع|الدردشة|هنا))(?!\\s+هنا)',
      ),
    },
  ],
};
