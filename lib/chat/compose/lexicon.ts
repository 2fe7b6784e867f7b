/**
 * One language's words for the ideas a request to pay or talk elsewhere is made of, instead of whole phrases.
 * Real suppliers combine a few ideas in their own order and words — "überweisen Sie auf das Privatkonto
 * unseres Chefs", "tài khoản cá nhân của sếp", "개인 계좌로 입금" all say PAY × ACCOUNT × (someone's own) —
 * so compose.ts builds the patterns from these slots: an idea of one slot near an idea of another, in either
 * order, within a few words (or characters, for scripts written without spaces).
 *
 * Every slot is a regex source of alternatives over normalised text (lower-case, Latin accents folded:
 * "hesabımız" → "hesabimiz", "tài khoản" → "tai khoan", "Gebühr" → "gebuhr"). Alternatives must start with
 * literal letters (no class, group quantifier or look-behind first): the gate index turns those first letters
 * into the words that open a pattern (gate-index.ts). Stems carry their own endings (`konto\\w*`).
 * An empty slot means the language's phrase patterns (patterns/, patterns/languages/) already say it well.
 */
export interface Lexicon {
  lang: string;
  /**
   * For a language typed in another script's letters (pinyin, Arabizi, Finglish, Russian in Latin letters): common
   * words of the language that a message written in it holds besides the slot words ("wo", "qing", "el", "3ala",
   * "lotfan", "cherez"). Its patterns fire only in a message with one of them, so a slot word that is also a word of
   * another language (Polish "mimo", Hindi "badal") alone does not read the message as this one (compose/index.ts).
   */
  ownWords?: string;
  /**
   * 'latin': words split by spaces, ASCII after folding (\b works). 'letters': spaces but non-Latin letters
   * (Cyrillic, Arabic), with letters-only edges. 'chars': no reliable spaces (Chinese, Japanese, Korean):
   * nearness is counted in characters.
   */
  script: 'latin' | 'letters' | 'chars';
  /** Paying: verbs and nouns (pay, transfer, remit, wire, deposit, send the money). */
  pay: string;
  /** Paying in words that cannot mean anything else (pressure is judged on these): defaults to `pay`. */
  payNow?: string;
  /** Receiving money ("our Hong Kong company receives the USD"): with a related company, where the money goes. */
  receive?: string;
  /** Where money goes: account, card, wallet. */
  account: string;
  /** Unambiguous bank details: bank account, bank details, beneficiary, IBAN, receiving account. */
  bankInfo: string;
  /** Words that make an account someone's own rather than the order's: personal, private, boss's, wife's… */
  owner: string;
  /** Single words that already say both ("Privatkonto"): languages that glue words together. */
  ownAccount?: string;
  /** other / another / different / second / separate. */
  other: string;
  /** new / updated / latest. */
  fresh: string;
  /** A related company: parent, sister company, subsidiary, branch, Hong Kong company, export agent. */
  related: string;
  /** directly (pay directly, direct transfer). */
  direct: string;
  /**
   * An account with the postposition that makes it where the money goes, in languages that put the verb last (Hindi
   * "हमारे HDFC अकाउंट में … कर दो", Urdu "ہمارے اکاؤنٹ میں … بھیج دیں"): after "directly" within a few words, the
   * payment asked for the supplier directly, however far the verb stands at the end of the clause.
   */
  intoAccount?: string;
  /** way / method / channel of paying. */
  method: string;
  /** The platform and its protection: Trade Assurance, escrow, the platform, safe payment. */
  platform: string;
  /** not needed / no need / unnecessary. */
  notNeeded: string;
  /** outside / off / bypassing (the platform). */
  outside: string;
  /** "as friends", "between friends", friends and family, as a gift. */
  friends: string;
  /** changed / updated / revised / corrected / replaced. */
  changed: string;
  /** frozen / blocked / closed / under audit / has a problem. */
  trouble: string;
  /** ignore / do not use / no longer valid (the old account). */
  discard: string;
  /** old / previous / former (account, invoice). */
  old: string;
  /** An invoice or proforma (PI), which a changed account is re-issued on. */
  invoice: string;
  /** today / now / tomorrow / within hours / by Thursday / this week. */
  soon: string;
  /** What is lost if one waits: the price rises, the space is lost, too late, otherwise. */
  loss: string;
  /** A payment reported as done ("payment received"): not a push to pay. */
  received: string;
  /** Buying and ordering (moving a purchase elsewhere). */
  buy: string;
  /**
   * Doing the deal and what it saves, with no word of paying: "lo hacemos por fuera de la app y te hago mejor precio",
   * "possiamo fare tutto fuori da Alibaba, ti conviene", "außerhalb von Alibaba abwickeln, günstiger".
   */
  deal?: string;
  /** shop / store / website / site / page. */
  store: string;
  /** "add me", "I will add you" (on another app). */
  addMe: string;
  /** A refund or money back, and the condition put on it ("only if", "first"): a refund that needs a payment. */
  refund?: string;
  onlyIf?: string;
  /**
   * The order itself set aside: "no need to place an order", "don't use the order button", "not through the
   * order". With money in the same message it is a payment asked for outside the order, whatever it is called.
   */
  noOrder?: string;
  /**
   * An intermediary named as the one to be paid: "our agent", "agent company", "our representative". Paying
   * the seller's agent (a beneficiary, a customs fee "to our agent") is paying outside the order.
   */
  agent?: string;
  /**
   * The one named to receive the money, when the word alone is ambiguous (Turkish "alıcı" is also "buyer"):
   * only read next to an agent or related company ("yeni faturada alıcı artık acentemiz").
   */
  payee?: string;
  /**
   * "Not through" said of the platform, before it ("nicht über Alibaba", "no por Alibaba", "не через
   * площадку") or after it (notViaAfter: "Alibaba üzerinden değil", "アリババ経由ではなく"): with a payment word,
   * the refusal of the platform is the request.
   */
  notVia?: string;
  notViaAfter?: string;
  /** The same with the verb between: "no pague por Alibaba", "non pagare tramite", "nie płać przez": [not, via]. */
  notPayVia?: readonly [string, string];
  /**
   * A contrast marker before the thing set aside ("instead of", "rather than", "en vez de", "zamiast", "statt",
   * "вместо", "بدلا من", "thay vì", "daripada", "不走"), or after it in languages that put it last
   * (insteadAfter: Turkish "yerine", Japanese "ではなく", Korean "말고"). Beside the platform, the order or the
   * site, with a payment word in the message, the contrast is the request: pay somewhere else.
   */
  instead?: string;
  insteadAfter?: string;
  /** The order as a noun (order page, checkout, "Bestellung", "pedido", "订单"), which a contrast sets aside. */
  order?: string;
  /** The site or app the order lives on ("the site", "la web", "сайт", "sàn", "アプリ"). */
  site?: string;
  /**
   * A person named as the payee ("an unseren Geschäftsführer", "au nom de notre caissier", "na nazwisko
   * właściciela", "cho quản lý"): with a payment word, money asked for a person rather than the order.
   */
  toPerson?: string;
  /**
   * The payee by name ("no nome do meu sócio", "au nom de notre caissier", "a nombre de", "na nazwisko",
   * "на имя", "atas nama", "adına"): paying in a person's name says who gets the money wherever the verb is.
   */
  personName?: string;
  /**
   * A partner firm or a sub-supplier named as the payee ("à notre partenaire en Malaisie", "to our mould factory", "an
   * unseren Partner", "合作工厂", "ortağımıza"): beside the verb of paying, money sent to another company than the seller.
   */
  toPartner?: string;
  /**
   * The seller itself set aside as the payee ("not to our company", "nicht an uns", "niet aan ons bedrijf", "pas à
   * notre société", "no a nuestra empresa"): after a payment, someone else (a factory, an office, a person) is to get
   * the money, which the order never sends anywhere but to the seller.
   */
  notToUs?: string;
  /**
   * A company appointed to collect the seller's money ("our appointed collection company", "société d'encaissement",
   * "Inkassostelle", "代收公司", "tahsilat şirketi"): with money in the message, someone other than the order is paid.
   */
  collector?: string;
  /** An escrow or guarantee service: with someone's own (a friend's, an acquaintance's) it is not the platform's. */
  escrow?: string;
  /** "Another way", "differently" as an adverb of settling ("können wir das auch anders abrechnen"). */
  otherwise?: string;
  /**
   * The platform keeping a cut ("die Plattform kassiert / behält", "la plataforma cobra / se queda con", "la
   * plateforme prend / prélève", "la piattaforma trattiene / si prende", "Allegro pobiera / bierze"): followed in
   * its clause by a fee or a share, with a payment word in the message, it is the reason given for paying
   * elsewhere. The verb alone, with no fee or share after it, says nothing.
   */
  platformCut?: string;
  /**
   * "The old way" ("auf die alte Art", "como siempre", "comme avant", "come una volta", "jak zawsze"): beside a
   * payment, with an account or "directly" in a message that names no payment on the platform, the way
   * supplier and buyer paid before the order page.
   */
  asBefore?: string;
  /**
   * Avoiding or saving ("um die Alibaba-Gebühren zu sparen", "per evitare le commissioni di Alibaba", "aby uniknąć
   * prowizji Alibaby"): beside the platform's fee, with a payment word, the reason given for paying elsewhere.
   */
  avoid?: string;
  /**
   * Sending or giving the buyer something ("I'll send you", "te paso", "ich schicke Ihnen", "发给你"): with an
   * account or bank details and a payment word, the supplier's own account is on its way, for a payment
   * outside the order.
   */
  send?: string;
}
