import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BeforeYouPay } from '../../../components/checklist/BeforeYouPay';
import { numberedClauses, verdictView } from '../../../components/checklist/verdict';
import { I18nProvider } from '../../../components/i18n/I18n';
import type { Checklist } from '../../../lib/checklist/types';
import { createTranslator } from '../../../lib/i18n/translate';
import { byTestId, readJson, render, textOf, UI_FIXTURES } from './render';

const checklist = readJson<Checklist>(join(UI_FIXTURES, 'checklist-over-limit.json'));
const view = (c: Checklist) =>
  render(<BeforeYouPay checklist={c} onTick={() => {}} onCopyClauses={() => {}} />);

describe('BeforeYouPay', () => {
  it('leads with the verdict in words', () => {
    const verdict = byTestId(view(checklist), 'checklist-verdict');
    expect(verdict.getAttribute('data-tone')).toBe('blocker');
    expect(textOf(verdict)).toBe('✖ Do not pay yet 1 blocker, 1 warning, 1 item not checked');
  });

  it('shows each automatic check with a status word and its figures; unknown is not OK', () => {
    const doc = view(checklist);
    const limit = byTestId(doc, 'check-ta-limit');
    expect(limit.getAttribute('data-status')).toBe('blocker');
    expect(textOf(limit)).toContain('Blocker');
    expect(textOf(limit)).toContain('Order US$48,600 > limit US$42,000');
    const shipDate = byTestId(doc, 'check-ship-date');
    expect(shipDate.getAttribute('data-status')).toBe('unknown');
    expect(textOf(shipDate)).toMatch(/^\? Unknown/);
    expect(textOf(shipDate)).not.toContain('OK');
  });

  it('renders manual items as labelled checkboxes with their ticks', () => {
    const doc = view(checklist);
    const video = byTestId(doc, 'manual-video-call');
    expect(video.getAttribute('type')).toBe('checkbox');
    expect(video.hasAttribute('checked')).toBe(true);
    expect(byTestId(doc, 'manual-sample').hasAttribute('checked')).toBe(false);
    expect(textOf(doc.querySelector(`label[for="${byTestId(doc, 'manual-sample').id}"]`)!)).toContain(
      'Sample received and approved',
    );
    expect(textOf(doc.querySelector('legend')!)).toBe('Do these yourself (1 of 2 done)');
  });

  it('copies the clauses numbered, one per line', () => {
    expect(numberedClauses(checklist.clauses)).toBe(
      '1. Colour: Pantone 871 C, tolerance ΔE ≤ 2 under D65 light.\n2. Latest shipment date: 5 August 2026 (ETD Ningbo).',
    );
    expect(textOf(byTestId(view(checklist), 'copy-clauses'))).toBe('Copy clauses');
  });

  it('says "Ready to pay" only when nothing is blocked, warned about or unchecked', () => {
    const clean = { blockers: 0, warnings: 0, unknown: 0, text: '', ready: true };
    expect(verdictView(clean).headline).toBe('Ready to pay');
    expect(verdictView({ ...clean, unknown: 2 }).tone).toBe('unknown');
    expect(verdictView({ ...clean, ready: false }).tone).toBe('warning');
  });
});

describe('BeforeYouPay when a save failed', () => {
  it('says the tick was not saved, as an alert', () => {
    const doc = render(
      <BeforeYouPay
        checklist={checklist}
        onTick={() => {}}
        onCopyClauses={() => {}}
        tickError={{ key: 'checklist.tickNotSaved' }}
      />,
    );
    const alert = byTestId(doc, 'tick-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(textOf(alert)).toMatch(/^Your tick was not saved \(the vault could not be written\)\. Try again/);
  });

  it('says it in the buyer’s language', () => {
    const doc = render(
      <I18nProvider value={createTranslator('pt-BR')}>
        <BeforeYouPay
          checklist={checklist}
          onTick={() => {}}
          onCopyClauses={() => {}}
          tickError={{ key: 'checklist.untickNotSaved' }}
        />
      </I18nProvider>,
    );
    expect(textOf(byTestId(doc, 'tick-error'))).toMatch(/^A desmarcação não foi salva/);
  });
});
