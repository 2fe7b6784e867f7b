import { anyOf, type ChatPattern } from '../match';

/**
 * The buyer sent to the seller's own website to leave the inquiry there: "visit our official website and fill
 * the inquiry form", "déjenos sus datos en el formulario de contacto de nuestra web", "füllen Sie das
 * Kontaktformular auf unserer Website aus". The form hands the buyer's name, mail and number to the seller
 * outside the platform, and the talk follows ("our sales manager will call you"). The form must be the
 * seller's site's (a site word in the sentence): "fill the inquiry form on Alibaba" is the platform's own RFQ.
 */
export const INQUIRY_FORM_MOVES: readonly ChatPattern[] = [
  {
    kind: 'explicit',
    what: 'a request to talk outside the platform',
    gate: /form|formul/,
    unless: /alibaba|aliexpress|\brfq\b|trade\s?assurance/,
    re: anyOf(
      '\\b(?:fill|filling|complete|submit|leave|use|send)\\w*\\s+(?:in\\s+|out\\s+)?(?:the|our|an?|this)\\s+(?:online\\s+)?(?:inquiry|enquiry|contact|quote|quotation|request)\\s+form\\b(?=[^.!?\\n]{0,80}?\\b(?:website|web\\s?site|site|homepage|www\\.)|(?<=\\b(?:website|web\\s?site|homepage|www\\.\\S+)[^.!?\\n]{0,80}?\\b(?:fill|filling|complete|submit|leave|use|send)\\w*\\s+(?:in\\s+|out\\s+)?(?:the|our|an?|this)\\s+(?:online\\s+)?(?:inquiry|enquiry|contact|quote|quotation|request)\\s+form))',
      // Spanish, Portuguese, French, German: the contact form named beside the seller's web.
      '\\b(?:formulario|formulario\\s+de\\s+(?:contacto|consulta|contato)|formulaire(?:\\s+de\\s+contact)?|kontaktformular|anfrageformular)\\b[^.!?\\n]{0,40}?\\b(?:nuestra\\s+(?:web|pagina)|nosso\\s+site|nossa\\s+pagina|notre\\s+site|unserer\\s+(?:website|webseite|homepage))\\b',
    ),
  },
];
