/**
 * Impostor warnings as AliExpress sellers in Spanish, Portuguese, Italian, French and English write them (stop 47),
 * in forms reported-claim.ts did not read. Folded text (lower-case, accents dropped).
 *
 * Impostor words (read before the hit, to the end of its sentence, unless a later clause is the seller's own):
 * - Portuguese contracts "por" with the article: "pessoas se passando PELA nossa loja", "se fazendo passar pelo
 *   vendedor"; the gerund "haciéndose pasar por", "facendosi passare per" in es and it;
 * - a stranger who says who they are: "diciendo ser de la tienda", "dizendo ser da loja", "prétendant être",
 *   "se disant de notre boutique", "dicendo di essere", "claiming to be from the store";
 * - Italian "impersonando", and the first half of "si fanno passare per" when the hit begins at its verb.
 */
export const ROMANCE_IMPOSTOR_SOURCES = [
  '\\bse\\s+passa(?:m|ndo|r|ram)?\\s+(?:por|pela|pelo|pelas|pelos)\\b|\\b(?:se\\s+)?(?:fazendo(?:-se)?|fazem|faz|fizeram)\\s+(?:se\\s+)?passar\\s+(?:por|pela|pelo)\\b',
  '\\bhaciendose\\s+pasar\\s+por\\b|\\bse\\s+(?:hicieron|han\\s+hecho|hacia|hacian)\\s+pasar\\s+por\\b|\\b(?:facendosi|si\\s+fanno|si\\s+fa|si\\s+sono\\s+fatti)\\s+passare\\s+per\\b',
  '\\b(?:diciendo|afirmando|alegando|fingiendo|que\\s+dicen|que\\s+dice|dizendo|alegando|que\\s+dizem|que\\s+diz)\\s+(?:que\\s+)?(?:ser|es|son|e|sao)\\s+(?:de|da|do|del|parte\\s+de)\\s+(?:la|el|a|o|nuestr[oa]|noss[oa])?\\s*(?:tienda|loja|empresa|fabrica|equipo|equipe|vendedor|atencion|suporte|soporte|nosotros|nos)\\b',
  '\\b(?:pretendant|pretendent|qui\\s+pretend\\w*)\\s+etre\\b|\\bse\\s+disant\\s+(?:de|du|des|membre|vendeur|employe)\\b|\\bse\\s+presentant\\s+comme\\b|\\b(?:dicendo|affermando|sostenendo|che\\s+dicono|che\\s+dice)\\s+di\\s+essere\\b|\\bpresentandosi\\s+come\\b',
  // "ci stanno impersonando" (it; the English stem needs "impersonat-").
  '\\bimpersona(?:no|ndo|ndoci|ndoti|ndola|re|to|ti)\\b',
  // "si fanno | passare per noi su WhatsApp": a hit that starts at "passare / passer / pasar" (a move word of its
  // own) leaves only the first half of the impostor phrase before it.
  '\\b(?:si\\s+(?:fanno|sono\\s+fatti)|facendosi|se\\s+(?:font|faisant|sont\\s+fait)|se\\s+(?:hacen|hicieron)|haciendose|se\\s+fazem|(?:se\\s+)?fazendo(?:-se)?)\\s*$',
  '\\bclaim\\w*\\s+to\\s+be\\s+(?:from\\s+)?(?:the|this)\\s+(?:shop|store|seller|company|factory|supplier|team)\\b',
];

/**
 * Strangers named in a condition or by the name they borrow (read before the hit, in its clause):
 * - "si OTRA persona le contacta", "se outra pessoa", "si une autre personne", "se un'altra persona", "if another
 *   person / account contacts you", "caso alguém", "en caso de que alguien", "nel caso qualcuno", "should anyone":
 *   the subject is someone other than the writer ("si una persona…" alone may be the seller's own offer, not read);
 * - an impersonal "they" who contact the buyer: "si le contactan", "se te contatarem", "si on vous contacte",
 *   "se vi contattano";
 * - the name borrowed, in the forms es/pt did not read and in it, fr, pl: "usan nuestro nombre", "usano il nome del
 *   nostro negozio", "utilisent le nom de notre boutique", "używają nazwy naszego sklepu";
 * - "some people ask / some persons write": "alcune persone chiedono", "algunas personas piden", "certaines
 *   personnes demandent" (the round-14 list read only sellers, and only its masculine "some").
 */
export const ROMANCE_FRAME_SOURCES = [
  "\\b(?:si|se|en\\s+caso\\s+de\\s+que|caso|nel\\s+caso(?:\\s+in\\s+cui)?|qualora|au\\s+cas\\s+ou|si\\s+jamais|se\\s+mai)\\s+(?:(?:le|te|lhe|vous|vi|ti|la)\\s+)?(?:(?:contacta|escribe|llama)\\s+)?(?:otra\\s+persona|otras\\s+personas|otro\\s+(?:numero|perfil|usuario|vendedor)|otra\\s+cuenta|un\\s+tercero|terceros|alguien\\s+mas|outra\\s+pessoa|outras\\s+pessoas|outro\\s+(?:numero|perfil|usuario|vendedor)|outra\\s+conta|um\\s+terceiro|une\\s+autre\\s+personne|d'autres\\s+personnes|un\\s+tiers|un\\s+autre\\s+(?:numero|compte|profil|vendeur)|un'altra\\s+persona|altre\\s+persone|terzi|un\\s+altro\\s+(?:numero|account|profilo|venditore)|alguem|alguien|qualcuno|quelqu'?\\s?un)\\b",
  '\\bif\\s+(?:another|some\\s+other|any\\s+other|a\\s+third|a\\s+different)\\s+(?:person|party|account|number|profile|seller|user|people)\\b|\\b(?:in\\s+case|should)\\s+(?:any|some)\\s?(?:one|body)\\b',
  '\\bsi\\s+(?:le|te|les|los|la)\\s+(?:contactan|contactaran|escriben|escribieran|piden|pidieran|solicitan)\\b|\\bse\\s+(?:te|lhe|o|a|vos)\\s+(?:contatarem|contactarem|escreverem|pedirem|ligarem|chamarem)\\b|\\bse\\s+entrarem\\s+em\\s+contato\\b|\\bsi\\s+on\\s+vous\\s+(?:contacte|appelle|sollicite|propose)\\b|\\bse\\s+(?:vi|ti|la)\\s+(?:contattano|scrivono|chiedono|chiamano|contatta|scrive)\\b',
  '\\b(?:usan|usando|utilizan|utilizando|usam|utilizam)\\s+(?:nuestro|nosso)\\s+nombre\\b|\\b(?:usam|utilizam|usando|utilizando)\\s+(?:o\\s+)?nosso\\s+nome\\b',
  '\\b(?:usano|utilizzano|sfruttano|usando|utilizzando|sfruttando|rubano|copiano)\\s+(?:il\\s+)?(?:nostro\\s+nome|nome\\s+(?:del|della|dello|di)\\s+(?:nostr[oa]\\s+)?(?:negozio|azienda|ditta|fabbrica|marchio|store|shop|venditore|noi))\\b',
  '\\b(?:utilisent|utilisant|empruntent|empruntant|reprennent|volent|copient)\\s+(?:notre\\s+nom|le\\s+nom\\s+(?:de\\s+)?(?:notre|la|du)\\s+(?:boutique|societe|entreprise|usine|magasin|marque|vendeur))\\b',
  '\\b(?:uzywaj\\w*|wykorzystuj\\w*|podaj\\w*\\s+sie\\s+pod)\\s+(?:naszej\\s+nazwy|nazwy\\s+(?:naszego|naszej)\\s+\\w+|nasza\\s+nazwe)',
  "\\b(?:algunas|algumas|alcune|alcuni|certaines|certains|otras|outras|altre|d'autres|varias|varie|niektore)\\s+(?:personas|pessoas|persone|personnes|gente|osoby)\\s+(?:\\w+\\s+){0,3}?(?:piden|pide|pedem|pede|pedindo|pidiendo|chiedono|chiedendo|demandent|demandant|prosza|proszac|solicitan|exigen)\\b",
];
