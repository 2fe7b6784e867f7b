import type { Lexicon } from '../lexicon';

/**
 * French. Modelled on French lawyers' and sourcing agents' warnings about Chinese suppliers (a "nouveau
 * RIB" on a corrected invoice, payment to a Hong Kong "maison mère", "paiement entre proches") and on
 * classified-ad fraud. Accents folded ("coordonnées" → "coordonnees").
 */
export const FR: Lexicon = {
  lang: 'fr',
  script: 'latin',
  pay: "pay(?:ez|er|e|es|ons|ant|é)|paie\\w*|paiement\\w*|regle[zr]?|reglement\\w*|virement\\w*|vire[zr]|versement\\w*|verse[zr]|transfer\\w*|acompte|solde|envoye[zr]\\s+(?:l'argent|le\\s+paiement|le\\s+solde)",
  receive: 'encaiss\\w*|recev\\w*|recoit|recoivent',
  account: 'compte|comptes|carte|cartes|portefeuille',
  bankInfo:
    'compte\\s+bancaire|coordonnees\\s+bancaires|rib|iban|beneficiaire\\w*|domiciliation\\w*|informations\\s+bancaires|banque\\s+(?:receptrice|beneficiaire)',
  owner:
    "personnel\\w*|prive\\w*|particulier\\w*|propre\\w*|du\\s+(?:patron|directeur|gerant|proprietaire)|de\\s+(?:mon|ma|notre)\\s+(?:patron|femme|mari|frere|soeur|associe|collegue|comptable)|a\\s+mon\\s+nom|au\\s+nom\\s+d[eu']|patron",
  other: 'autre|autres|different\\w*|second\\w*|alternati\\w*',
  // "de nouveau" / "à nouveau" is "again" ("réessayez à nouveau avec la carte"), not a new account.
  fresh: '(?<!\\b(?:de|a)\\s)nouveau\\b|nouve(?!au\\b)\\w*|mis\\s+a\\s+jour',
  related:
    '(?:maison|societe)\\s+mere|societe\\s+(?:soeur|affiliee|liee|partenaire|(?:a|de)\\s+(?:hong\\s+kong|singapour))|filiale\\w*|succursale\\w*|bureau\\s+(?:a|de)\\s+hong\\s+kong',
  direct: 'directement|direct',
  method: 'moyen\\w*|methode\\w*|facon\\w*|maniere\\w*|mode\\w*|voie',
  notVia: 'pas\\s+(?:via|par|sur|a\\s+travers)|sans\\s+passer\\s+par',
  platform:
    'trade\\s?assurance|ta|alibaba|aliexpress|plateforme|paiement\\s+securise|appli\\w*|leboncoin|le\\s+bon\\s+coin|vinted',
  notNeeded:
    "pas\\s+(?:besoin|necessaire|utile|obligatoire)|n'est\\s+pas\\s+(?:necessaire|utile|obligatoire)|inutile|sans",
  outside: "hors|en\\s+dehors\\s+d[eu']|sans\\s+passer\\s+par|au\\s+lieu\\s+d[eu']",
  friends:
    'reglons\\s+(?:\\w+\\s+){0,2}?entre\\s+nous|regler\\s+(?:\\w+\\s+){0,2}?entre\\s+nous|faisons\\s+(?:\\w+\\s+){0,2}?entre\\s+nous|' +
    'entre\\s+(?:amis|proches)|comme\\s+(?:un\\s+)?amis?|amis\\s+et\\s+famille|a\\s+un\\s+proche|en\\s+cadeau|comme\\s+cadeau',
  changed:
    'change\\w*|modifie\\w*|mis\\s+a\\s+jour|mise\\s+a\\s+jour|mett(?:re|ez)\\s+a\\s+jour|corrige\\w*|remplace\\w*',
  trouble: 'bloque\\w*|gele\\w*|suspendu\\w*|ferme\\w*|en\\s+audit|en\\s+(?:cours\\s+de\\s+)?verification',
  discard:
    "ignore[zr]?|n'utilisez\\s+plus|ne\\s+(?:l'|les\\s+)?utilisez\\s+plus|n'est\\s+plus\\s+valable|plus\\s+valable",
  old: 'ancien\\w*|precedent\\w*|habituel\\w*',
  invoice: 'facture\\w*|proforma\\w*|pi',
  soon: "aujourd'hui|ce\\s+soir|maintenant|immediatement|tout\\s+de\\s+suite|demain|avant\\s+(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce\\s+soir|la\\s+fin\\s+de\\s+la\\s+semaine)|d'ici\\s+(?:demain|ce\\s+soir|lundi|mardi|mercredi|jeudi|vendredi|\\d+\\s*h)|sous\\s+(?:\\d+|24|48)\\s*h\\w*|cette\\s+semaine",
  loss: 'perd\\w*|augment\\w*|monte\\w*|trop\\s+tard|sinon|epuise\\w*',
  received: 'recu\\w*|reception|confirme\\w*|merci\\s+pour\\s+(?:le|votre)\\s+paiement',
  // "dès 20 € d'achat", "bon d'achat": a spend threshold or a voucher names an amount, it sends no purchase anywhere.
  // …unless the purchase is placed on the seller's own site ("bon d'achat sur notre site"; "dans notre boutique" may be
  // the shop on the platform).
  buy: "achet\\w*|achats?(?=\\s+sur\\s+(?:notre|mon)\\s+(?:propre\\s+)?site)|(?<!(?:\\d|€|\\beur|\\beuros|\\bbons?|\\bcoupons?|\\bcodes?|\\btickets?|\\bmontants?|\\bminimum|\\bseuil)\\s*d'\\s?)achat\\w*|command\\w*",
  store: 'boutique\\w*|site|sites|magasin\\w*',
  refund: 'rembours\\w*|vous\\s+rendre\\s+l.argent',
  onlyIf:
    "seulement\\s+si|uniquement\\s+si|d'abord|avant|mais\\s+(?:d'abord|avant)|apres\\s+que|a\\s+condition",
  addMe:
    "ajoute[zr]?[\\s-]*moi|je\\s+vous\\s+ajoute|je\\s+t'ajoute|ecrivez[\\s-]*moi\\s+sur|contactez[\\s-]*moi\\s+sur",
  noOrder:
    "pas\\s+besoin\\s+d(?:e|')?\\s*(?:passer\\s+|faire\\s+)?(?:une\\s+|la\\s+|de\\s+)?commande|sans\\s+(?:passer\\s+(?:de\\s+|une\\s+|par\\s+la\\s+)?)?commande",
  agent: 'notre\\s+(?:agent|representant|mandataire)',
  escrow: 'sequestre|intermediaire|tiers\\s+de\\s+confiance',
  asBefore: "comme\\s+(?:avant|d'habitude|d'hab|toujours|la\\s+derniere\\s+fois|autrefois)|a\\s+l'ancienne",
  avoid: 'eviter|evitez|economiser|economisez|epargner|ne\\s+pas\\s+payer',
  platformCut: 'prend|prennent|preleve\\w*|garde|facture|retient|ponctionne',
  otherwise: "autrement|d'une\\s+autre\\s+(?:facon|maniere)",
  send: 'envoie|envoies|envoyer|enverrai|enverrons|envoyons|transmets|transmettrai|transmettons|donne|donnerai|communique\\w*',
  instead: "hors|plutot\\s+que|au\\s+lieu\\s+d[eu']?|en\\s+dehors\\s+d[eu']",
  order: 'commande',
  site: 'site|appli\\w*|messagerie',
  toPerson:
    "(?:a|au\\s+nom\\s+d[eu']?)\\s*(?:notre|nos|mon|ma|le|la|l')?\\s*(?:gerant\\w*|patron\\w*|directeur\\w*|directrice\\w*|caissier\\w*|caissiere\\w*|comptable\\w*|responsable\\w*|associe\\w*)",
  personName:
    "au\\s+nom\\s+d[eu']?\\s*(?:notre|nos|mon|ma|le|la|l')?\\s*(?:gerant\\w*|patron\\w*|directeur\\w*|directrice\\w*|caissier\\w*|caissiere\\w*|comptable\\w*|responsable\\w*|associe\\w*)",
  notToUs: 'pas\\s+(?:a|sur)\\s+(?:nous|moi|notre\\s+(?:societe|entreprise|compte))',
  toPartner:
    '(?:notre|nos)\\s+(?:societe\\s+|entreprise\\s+|usine\\s+)?partenaires?|(?:notre|nos)\\s+(?:sous-traitants?|usine\\s+de\\s+moules?|moulier)',
  collector:
    "societe\\s+(?:d'encaissement|de\\s+recouvrement|collectrice)|(?:mandataire|agent)\\s+(?:d'encaissement|de\\s+recouvrement)",
};
