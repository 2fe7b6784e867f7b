import type { Lexicon } from '../lexicon';

/**
 * Portuguese (Brazilian and European). Modelled on Brazilian warnings about sellers who take the payment
 * off the marketplace (Pix to a personal key, "manda como amigos no PayPal", a new account on a corrected
 * invoice) and on the platform's stay-on-platform advice. Accents folded ("não" → "nao").
 */
export const PT: Lexicon = {
  lang: 'pt',
  script: 'latin',
  pay: 'pag(?:ar|a|ue|uem|o|amos|ou|ando|amento|amentos)|transfer\\w*|transfir\\w*|deposit\\w*|pix|remess\\w*|ted|saldo|sinal|envi\\w*\\s+(?:o\\s+)?(?:dinheiro|pagamento|valor)|mand(?:a|e|ar)\\s+(?:o\\s+)?(?:dinheiro|pagamento|valor|pix)',
  receive: 'receb\\w*|cobr\\w*',
  account: 'conta|contas|cartao|cartoes|carteira|chave',
  bankInfo:
    'conta\\s+bancaria|dados\\s+(?:bancarios|da\\s+conta|para\\s+pagamento)|beneficiari[oa]s?|iban|informac\\w*\\s+bancaria\\w*|chave\\s+pix',
  owner:
    'pessoal|pessoais|privad[ao]s?|particular(?:es)?|propri[ao]s?|do\\s+(?:chefe|dono|gerente|diretor|patrao)|d[ao]\\s+(?:minha|meu|nossa|nosso)\\s+(?:esposa|marido|chefe|socio|irmao|irma|gerente)|(?:no|em)\\s+(?:meu|seu)\\s+nome|em\\s+nome\\s+d[eoa]|chefe|dono|patrao',
  other: 'outra|outro|outras|outros|diferente\\w*|segund[ao]|alternativ\\w*',
  // "de novo" is "again" ("tente de novo ou use o cartão"), not a new account.
  fresh: 'nova|(?<!\\bde\\s)novo|novas|novos|atualizad\\w*',
  related:
    '(?:empresa|companhia)\\s+(?:mae|irma|coligada|afiliada|filial|parceira|(?:em|de)\\s+hong\\s+kong)|filial\\s+(?:em|de)\\s+(?:hong\\s+kong|singapura)|matriz\\s+(?:em|de)\\s+hong\\s+kong|subsidiari[ao]s?|(?:nossa|a)\\s+(?:filial|coligada)',
  direct: 'diretamente|direto|direta',
  method: 'metodo\\w*|forma\\w*|maneira\\w*|meio\\w*|jeito|via',
  notVia: 'nao\\s+(?:pelo|pela|por|via|no|na|atraves\\s+d[oa])|sem\\s+passar\\s+pel[oa]',
  notPayVia: ['nao', 'pelo|pela|por|via|no|na|atraves\\s+d[oa]'],
  platform: 'trade\\s?assurance|garantia\\s+comercial|ta|alibaba|aliexpress|plataforma|pagamento\\s+seguro',
  notNeeded:
    'nao\\s+(?:e\\s+)?(?:precis\\w*|necessari[ao])|nao\\s+precisamos|sem\\s+necessidade\\s+de|desnecessari[ao]|dispensa\\w*|sem',
  outside: 'fora\\s+d[ao]|por\\s+fora\\s+d[ao]|sem\\s+passar\\s+pel[ao]',
  friends: 'como\\s+amig[oa]s?|entre\\s+amig[oa]s|amigos\\s+e\\s+familia(?:res)?|como\\s+presente',
  changed:
    'mud(?:ou|aram|amos|ad[ao]s?)|alter(?:ou|aram|amos|ad[ao]s?)|atualiz(?:ou|aram|amos|ad[ao]s?|e|em)|troc(?:ou|aram|amos|ad[ao]s?)|corrigid[ao]s?',
  trouble: 'bloquead[ao]|congelad[ao]|suspens[ao]|encerrad[ao]|em\\s+auditoria|com\\s+problemas?',
  discard: 'ignor(?:e|em|ar)|desconsider\\w*|nao\\s+(?:use|usem|utilize)|nao\\s+(?:e\\s+)?mais\\s+valid[ao]',
  old: 'antig[ao]s?|anterior(?:es)?|velh[ao]s?|habitual',
  invoice: 'fatura\\w*|proforma\\w*|pi|invoice',
  soon: 'hoje|hoje\\s+mesmo|agora|imediatamente|amanha|ate\\s+(?:amanha|hoje|segunda|terca|quarta|quinta|sexta|sabado|domingo|o\\s+fim\\s+d[ao]\\s+(?:dia|semana))|em\\s+(?:\\d+|24|48)\\s+horas|esta\\s+semana',
  loss: 'perd\\w*|sobe|subir|aument\\w*|tarde\\s+demais|esgot\\w*|senao|caso\\s+contrario',
  received: 'recebid[ao]|recebemos|confirmad[ao]|obrigad[ao]\\s+pelo\\s+pagamento',
  // "a partir de R$ 50 em compras", "cupom de compra": a spend threshold or a voucher, not buying there.
  buy: '(?<!(?:\\d|€|\\$|\\breais|\\bcupo(?:m|ns)|\\bvales?|\\bcodigos?|\\bvalor|\\bminimo)\\s*(?:de|em)\\s)compras?\\b|compr(?!as?\\b)\\w*|pedid\\w*|encomend\\w*',
  store: 'loja\\w*|site|sites|pagina',
  refund: 'reembols\\w*|devol(?:ver|vemos|vo|ucao)\\w*|estorn\\w*',
  onlyIf: 'so\\s+se|somente\\s+se|apenas\\s+se|primeiro|antes|mas\\s+(?:primeiro|antes)|depois\\s+que',
  // "me add" is Portuguese "add me"; in Hinglish "order me add kar diya" is "added into the order" (me = in).
  addMe:
    'me\\s+(?:adiciona|add(?!\\s+(?:kar|kr|kiya|kia|kiye|ho|hua|hue|hoga|hogi|hai)\\w*\\b))|adiciona[\\s-]*me|te\\s+adiciono|vou\\s+te\\s+adicionar',
  noOrder:
    '(?:nao\\s+(?:precisa|e\\s+preciso|necessita)(?:\\s+de)?|sem)\\s+(?:fazer\\s+|criar\\s+|abrir\\s+|passar\\s+pelo\\s+)?(?:o\\s+|um\\s+)?pedido',
  agent: 'nosso\\s+(?:agente|representante)',
  escrow: 'custodia|intermediario',
  otherwise: 'de\\s+outr[oa]\\s+(?:jeito|forma|maneira)',
  send: 'passo|passarei|passamos|mando|mandarei|mandamos|envio|enviarei|enviamos|envia\\w*|dou|darei',
  instead: 'em\\s+vez\\s+d[eoa]s?|ao\\s+inves\\s+d[eoa]s?|no\\s+lugar\\s+d[eoa]s?',
  order: 'pedido|compra',
  site: 'site|app|aplicativo',
  toPerson:
    '(?:no|em)\\s+nome\\s+d[oa]\\s+(?:meu|minha|nosso|nossa)\\s+(?:gerente|chefe|diretor[a]?|caixa|contador[a]?|socio|socia|dono|dona|irmao|irma)|(?:para|pro|pra)\\s+(?:o\\s+|a\\s+)?(?:meu|minha|nosso|nossa)\\s+(?:gerente|chefe|diretor[a]?|caixa|contador[a]?|socio|socia|dono|dona)',
  personName:
    '(?:no|em)\\s+nome\\s+d[oa]\\s+(?:meu|minha|nosso|nossa)\\s+(?:gerente|chefe|diretor[a]?|caixa|contador[a]?|socio|socia|dono|dona|irmao|irma)',
  notToUs: 'nao\\s+(?:para|a|na)\\s+(?:nos|mim|(?:a\\s+)?nossa\\s+(?:empresa|conta))',
  toPartner:
    '(?:nosso|nossa|nossos)\\s+(?:empresa\\s+)?(?:parceir[oa]s?|fabrica\\s+de\\s+moldes|fornecedor\\s+de\\s+moldes)|empresa\\s+parceira',
  collector:
    'empresa\\s+(?:de\\s+cobranca|recebedora|arrecadadora)|agente\\s+(?:de\\s+(?:cobranca|recebimento)|arrecadador)',
};
