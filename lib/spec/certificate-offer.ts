/**
 * Certificates or test reports offered rather than agreed: "Certificates: CE, RoHS etc. available upon request",
 * "LFGB/FDA report can provide if needed", "证书：如有需要可以提供CE、FCC", "el proveedor los consigue si hace falta".
 * An offer binds nothing: the goods shipped need not be the ones tested, and a missing or borrowed report cannot
 * be claimed. Silent when the line names a report by its number or requires it before shipment or payment.
 */

import { msg } from '../i18n/msg';
import { anyOf, cjk, findAll, latinWords, test } from './patterns';
import type { VagueHit } from './spec-finding';

const PAPERS = anyOf(
  cjk(['证书', '报告', '认证']),
  latinWords([
    'certificates?',
    'certifications?',
    'certs?',
    'reports?',
    'CE',
    'FCC',
    'RoHS',
    'REACH',
    'LFGB',
    'FDA',
    'UL',
    'MSDS',
    'certificados?',
    'informes?',
    'certificats?',
    'rapports?',
    'Zertifikate?',
    'certificati',
  ]),
);
const OFFERED = anyOf(
  latinWords([
    '(?:can|could|will) (?:be )?provided? (?:it |them )?(?:if|when|upon|on) (?:need(?:ed)?|necessary|required|requested|request)',
    'can provide(?: it| them)?(?: if (?:need(?:ed)?|necessary|required|you need))?',
    'available (?:up)?on request',
    'on request',
    'if (?:need(?:ed)?|necessary|required)',
    'si (?:hace falta|es necesario|se necesita|lo necesita)',
    '(?:se )?(?:pueden|puede) (?:proporcionar|conseguir|enviar)',
    'los consigue',
    'sur demande',
    'si (?:besoin|nécessaire)',
    'auf (?:Anfrage|Wunsch)',
    'bei Bedarf',
    'sob (?:consulta|pedido)',
    'se necess[aá]rio',
    'su richiesta',
    'se necessario',
    'talep (?:üzerine|halinde)',
  ]),
  cjk(['如有需要', '如需要?', '需要的话', '可(?:以)?提供', '可按要求提供']),
);
/** A report named by its number, or required before shipment or payment: agreed, not offered. */
const AGREED = anyOf(
  latinWords([
    '(?:report|certificate|cert)\\.? (?:no\\.?|nr\\.?|#)\\s{0,2}[A-Z0-9-]*\\d',
    '(?:before|prior to) (?:shipment|shipping|mass production|payment|balance)',
    '(?:is|are|be) required',
    'must',
  ]),
  cjk(['出货前', '发货前', '必须']),
);

export function certificatesOffered(text: string): VagueHit[] {
  if (!test(PAPERS, text) || test(AGREED, text)) return [];
  const offers = findAll(OFFERED, text);
  const first = offers[0];
  const last = offers[offers.length - 1];
  // "如有需要可以提供": one offer however many of its words match, quoted as one.
  return first && last
    ? [
        {
          start: first.start,
          end: last.end,
          why: msg('spec.why.certificateOffered'),
          fix: msg('spec.fix.certificateOffered'),
        },
      ]
    : [];
}
