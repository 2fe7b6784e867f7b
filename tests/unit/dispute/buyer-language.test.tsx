import { describe, expect, it } from 'vitest';
import { DisputeDraftPanel } from '../../../components/dispute/DisputeDraftPanel';
import { I18nProvider } from '../../../components/i18n/I18n';
import { parseAnswers } from '../../../lib/dispute/answers';
import { renderDraftSection } from '../../../lib/dispute/html';
import { renderDisputeMarkdown } from '../../../lib/dispute/markdown';
import { specLines } from '../../../lib/dispute/order-terms';
import type { DisputeDraft } from '../../../lib/dispute/types';
import { LANGUAGES } from '../../../lib/i18n/languages';
import type { Msg } from '../../../lib/i18n/msg';
import { createTranslator, english } from '../../../lib/i18n/translate';
import { byTestId, render, textOf } from '../ui/render';
import { draftOf, SITUATIONS } from './english-situations';

/**
 * The buyer reads the draft's reasoning in their language: every English sentence drawn from the order
 * (claims, refusals, rules, cautions, the amount's arithmetic, the deadline, what is still to complete)
 * carries the message it was rendered from, so the same message renders in Spanish, Portuguese, French
 * or Chinese beside it, with amounts and dates by Intl.
 */
type Pair = [english: string, message: Msg | undefined];

function pairs(d: DisputeDraft): Pair[] {
  const rules = [
    ...d.platform.steps,
    ...d.claims.flatMap((c) => [...c.rules, ...c.cautions]),
    ...d.refusals.map((r) => r.rule),
    ...(d.amount.extra ? [d.amount.extra] : []),
  ];
  return [
    ...d.claims.flatMap((c): Pair[] => [
      [c.name, c.nameMsg],
      ...c.facts.map((f, i): Pair => [f, c.factMsgs?.[i]]),
    ]),
    ...rules.map((r): Pair => [r.text, r.textMsg]),
    ...d.refusals.map((r): Pair => [r.what, r.whatMsg]),
    ...d.amount.lines.flatMap((l): Pair[] => [
      [l.label, l.labelMsg],
      ...(l.basis ? [[l.basis, l.basisMsg] as Pair] : []),
    ]),
    [d.amount.conclusion, d.amount.conclusionMsg],
    ...d.amount.warnings.map((w, i): Pair => [w, d.amount.warningMsgs?.[i]]),
    ...d.gaps.map((g, i): Pair => [g, d.gapMsgs?.[i]]),
    ...(d.deadline.status === 'pending'
      ? [[d.deadline.basis, d.deadline.basisMsg] as Pair, [d.deadline.now, d.deadline.nowMsg] as Pair]
      : []),
    [d.deadline.ifMissed, d.deadline.ifMissedMsg],
    ...d.fields.flatMap((f): Pair[] => (f.hintMsg ? [[f.hint, f.hintMsg]] : [])),
  ];
}

/** Intl writes no-break spaces ("48.600 US$"): compared as plain spaces. */
const plain = (s: string) => s.replace(/\s/gu, ' ');

const drafts = Object.keys(SITUATIONS).map((name) => [name, draftOf(name)] as const);

/** What is pasted, paragraph by paragraph, with the message each was rendered from (none for the buyer's own words). */
function pasted(d: DisputeDraft): [string, Msg | null][] {
  const claim = d.fields.find((f) => f.id === 'claim')!;
  const mediation = d.fields.find((f) => f.id === 'mediation');
  return [
    ...claim.text
      .split('\n\n')
      .filter(Boolean)
      .map((p, i): [string, Msg | null] => [p, claim.textMsgs?.[i] ?? null]),
    ...d.statement.paragraphs.map((p, i): [string, Msg | null] => [
      p,
      d.statement.paragraphMsgs?.[i] ?? null,
    ]),
    ...(mediation ? [[mediation.text, mediation.textMsgs?.[0] ?? null] as [string, Msg | null]] : []),
  ];
}

describe('one message, two languages', () => {
  it.each(drafts)(
    '%s: the texts to paste are their messages in English (the buyer’s own words excepted)',
    (_name, draft) => {
      const buyerWords = draft.statement.paragraphMsgs?.filter((m) => m === null).length ?? 0;
      const all = pasted(draft);
      expect(all.filter(([, m]) => m === null).length).toBe(buyerWords);
      for (const [text, m] of all) if (m) expect(english.render(m).trim().replace(/\s+/g, ' ')).toBe(text);
      for (const language of LANGUAGES.filter((l) => l !== 'en'))
        for (const [, m] of all)
          if (m) expect(createTranslator(language).render(m)).not.toMatch(/\{[A-Za-z0-9_]+\}/);
    },
  );

  it.each(drafts)('%s: every English sentence is its message rendered in English', (_name, draft) => {
    const all = pairs(draft);
    expect(all.filter(([, m]) => !m).map(([text]) => text)).toEqual([]);
    for (const [text, m] of all) expect(english.render(m!)).toBe(text);
  });

  const others = LANGUAGES.filter((l) => l !== 'en');
  it.each(others)(
    '%s: every sentence is translated, no placeholder left, no English sentence',
    (language) => {
      const t = createTranslator(language);
      for (const [, draft] of drafts) {
        for (const [text, m] of pairs(draft)) {
          const said = t.render(m!);
          expect(said, text).not.toMatch(/\{[A-Za-z0-9_]+\}/);
          // Same as English only when the sentence is nothing but names and figures ("Covered amount" is not).
          if (said === text)
            expect(text, `${language} left in English`).not.toMatch(/\b(the|is|of|and|not)\b/);
        }
      }
    },
  );
});

describe('the demo order’s arithmetic and claims, as a Spanish or Chinese buyer reads them', () => {
  const demo = draftOf('alibaba-demo-late-off-spec-over-limit');

  it('amounts by Intl in the buyer’s locale, the English conclusion unchanged', () => {
    expect(demo.amount.conclusion).toBe(
      'Amount to ask for = the smallest of US$48,600, US$14,580, US$14,580, US$42,000 = US$14,580.',
    );
    expect(plain(createTranslator('es').render(demo.amount.conclusionMsg!))).toBe(
      'Importe a pedir = el menor de 48.600 US$, 14.580 US$, 14.580 US$, 42.000 US$ = 14.580 US$.',
    );
    expect(plain(createTranslator('zh-CN').render(demo.amount.conclusionMsg!))).toBe(
      '申请退款金额 = US$48,600, US$14,580, US$14,580, US$42,000 中的最小值 = US$14,580。',
    );
  });

  it('claim names, facts and rules in Portuguese and French, dates spelled in the language', () => {
    const shipment = demo.claims.find((c) => c.id === 'on-time-shipment')!;
    const pt = createTranslator('pt-BR');
    expect(pt.render(shipment.nameMsg!)).toBe('Envio no prazo (Trade Assurance)');
    expect(pt.render(shipment.factMsgs![0]!)).toBe('O pedido fixa a data de envio 15 de janeiro de 2027.');
    const fr = createTranslator('fr');
    expect(fr.render(shipment.factMsgs![1]!)).toMatch(
      /^Au \d+ janvier 2027, la commande ne montre aucune expédition, \d+ jours après la date convenue\.$/,
    );
    expect(createTranslator('zh-CN').render(shipment.nameMsg!)).toBe('按时发货（信用保障）');
  });
});

describe('the side panel shows the buyer’s language under the English, labelled as theirs to read', () => {
  function panel(language: (typeof LANGUAGES)[number]) {
    const situation = SITUATIONS['alibaba-short-eur-with-rate-and-off-platform']!();
    const draft = draftOf('alibaba-short-eur-with-rate-and-off-platform');
    const answers = parseAnswers(situation.answers);
    return render(
      <I18nProvider value={createTranslator(language)}>
        <DisputeDraftPanel
          draft={draft}
          answers={answers}
          specLines={specLines(situation.order)}
          currency="EUR"
          markdown={renderDisputeMarkdown(draft)}
          copied={null}
          onAnswers={() => {}}
          onCopy={() => {}}
        />
      </I18nProvider>,
    );
  }

  it('in Spanish: the conclusion in English, then in Spanish with the label; the pasted fields untouched', () => {
    const doc = panel('es');
    const conclusion = byTestId(doc, 'draft-amount-conclusion');
    expect(conclusion.querySelector('[lang="en"]')?.textContent).toBe(
      'Amount to ask for = the smallest of €348, €4,350, €4,350, €2,760 = €348.',
    );
    const yours = conclusion.querySelector('[data-testid="draft-yours"]')!;
    expect(yours.getAttribute('lang')).toBe('es');
    expect(plain(textOf(yours))).toBe(
      'En español, para leer (no para pegar): Importe a pedir = el menor de 348 €, 4350 €, 4350 €, 2760 € = 348 €.',
    );
    expect(plain(textOf(byTestId(doc, 'draft-refusals')))).toContain(
      'Los 500 € que pagó fuera de Alibaba.com no están protegidos',
    );
    // What is pasted stays English only; what it says is under it, in Spanish, labelled as not to paste.
    expect(byTestId(doc, 'field-claim-text').getAttribute('lang')).toBe('en');
    expect(byTestId(doc, 'field-claim-text').querySelector('[lang="es"]')).toBeNull();
    const claimYours = byTestId(doc, 'field-claim-yours');
    expect(claimYours.getAttribute('lang')).toBe('es');
    expect(textOf(claimYours)).toMatch(
      /^En español, para leer \(no para pegar\): ?Calidad del producto \(Trade Assurance\)\. /,
    );
    expect(textOf(byTestId(doc, 'field-statement-yours'))).toContain('Solicito un reembolso de 348');
  });

  it('in English: no second copy', () => {
    expect(panel('en').querySelectorAll('[data-testid="draft-yours"]').length).toBe(0);
  });
});

describe('the dispute pack: report.html’s draft section and dispute.md in a Spanish buyer’s pack', () => {
  const draft = draftOf('alibaba-demo-late-off-spec-over-limit');
  const es = createTranslator('es');

  it('dispute.md keeps every English line and adds the Spanish after it; the copied (English) draft is unchanged', () => {
    const copied = renderDisputeMarkdown(draft);
    const pack = renderDisputeMarkdown(draft, es);
    expect(copied).not.toContain('En español');
    expect(pack).toContain(draft.amount.conclusion);
    expect(plain(pack)).toContain(
      '— _En español, para leer (no para pegar):_ Importe a pedir = el menor de 48.600 US$, 14.580 US$, 14.580 US$, 42.000 US$ = 14.580 US$.',
    );
    // The fields to paste are the same English blocks in both.
    for (const f of draft.fields) if (f.text) expect(pack).toContain(f.text);
  });

  it('report.html: the English sentence, then the Spanish marked lang="es"; English reports unchanged', () => {
    const html = renderDraftSection(draft, es);
    expect(html).toContain('<span lang="en">On-time shipment (Trade Assurance)</span>');
    expect(html).toContain(
      '<small class="yours" lang="es"><i>En español, para leer (no para pegar):</i> Envío puntual (Trade Assurance)</small>',
    );
    expect(renderDraftSection(draft)).toBe(renderDraftSection(draft, english));
    expect(renderDraftSection(draft)).not.toContain('class="yours"');
  });

  it('report.html: the section’s own headings and labels in Spanish, from the catalog the side panel uses', () => {
    const html = renderDraftSection(draft, es);
    for (const key of [
      'dispute.claims',
      'dispute.refusals',
      'dispute.amount',
      'dispute.deadline',
      'dispute.now',
    ] as const)
      expect(html).toContain(`${es.t(key)}`.replace(/&/g, '&amp;'));
    for (const english of [
      '<h3>What is claimed</h3>',
      '<h3>The amount</h3>',
      '<h3>Deadline</h3>',
      '<li>Now: ',
    ])
      expect(html).not.toContain(english);
    expect(renderDraftSection(draft)).toContain('<h3>What is claimed</h3>');
    const md = renderDisputeMarkdown(draft, es);
    expect(md).toContain(`## ${es.t('dispute.claims')}`);
    expect(md).not.toContain('## What is claimed');
    expect(renderDisputeMarkdown(draft)).toContain('## What is claimed');
  });

  it('no English label is left around the draft: title, what went wrong, rules, sources, evidence, deadline, field names', () => {
    const md = renderDisputeMarkdown(draft, es);
    const html = renderDraftSection(draft, es);
    // Each of these is the English pack's own wording (present in the English pack, gone from the Spanish one).
    const englishLabels = [
      '# Dispute draft:',
      'Drafted by TradeGuard on',
      'What went wrong:',
      '- Rule: ',
      '(source: [',
      '## Evidence (',
      '- Basis: ',
      '### Reason for the dispute',
    ];
    const englishMd = renderDisputeMarkdown(draft);
    for (const label of englishLabels) {
      expect(englishMd).toContain(label);
      expect(md).not.toContain(label);
    }
    for (const label of [
      '<h2>Dispute draft</h2>',
      'What went wrong:',
      '<small>Source: ',
      '<h4>Reason for the dispute</h4>',
    ]) {
      expect(renderDraftSection(draft)).toContain(label);
      expect(html).not.toContain(label);
    }
    expect(md).toContain(`### ${es.t('dispute.field.alibaba.claim')}`);
    expect(plain(md)).toContain(plain(`(fuente: [`));
    expect(html).toContain('<small>Fuente: <a href="');
    // Under each pasted field, what it says in Spanish, to read; the pasted English block is untouched.
    const statement = draft.fields.find((f) => f.id === 'statement')!;
    expect(html).toContain(`<div class="yours" lang="es">`);
    expect(md).toContain(statement.text);
  });
});
