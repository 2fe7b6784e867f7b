import type { Translator } from '../../lib/i18n/translate';
import type { CorrectableFact } from '../../lib/model/correction';
import type { Finding } from '../../lib/model/finding';
import { sortFindings } from '../../lib/model/finding-order';
import type { FactLine, FactLink } from '../../lib/present/fact-line';
import { findingWords, pageKindLabel } from '../i18n/words';
import { safeHref } from '../ui/safe-href';
import { byPerson } from '../ui/trusted';
import type { PageCardProps } from './PageCard';

/**
 * The page card as plain DOM: the same markup PageCard renders (a unit test compares the two), drawn by the
 * marketplace content script without React, so a page pays for React only when the buyer opens a form.
 * Folding, a finding's "show me" and a notice's "Got it" work here; "Enter it"/"Correct it" hands the card to
 * the React card (onEdit), which opens that fact's form. Every page text is set as text, never as HTML.
 */
export interface StaticCardState {
  open: boolean;
  /** Blockers already read out (rule|quote), so a redraw or the React card does not announce them again. */
  announced: Set<string>;
  /** What the live region last said: a redraw keeps it there (as React keeps its text) without saying it again. */
  announcement?: string;
}

export interface StaticCardActions {
  /** The buyer asked to enter or correct this fact: the form needs the React card. */
  onEdit: (fact: CorrectableFact) => void;
  /** A redraw (folding) the host should keep for its next draw. */
  onToggle: () => void;
}

const SEVERITY_ICON = { critical: '✖', warning: '⚠', info: 'ℹ' } as const;

type Child = Node | string | null | undefined | false;

function el(doc: Document, tag: string, attrs: Record<string, string | undefined>, ...children: Child[]) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return node;
}

/** Draws the card into `container` (replacing what was there); returns the live region to announce in. */
export function drawStaticCard(
  container: HTMLElement,
  t: Translator,
  props: PageCardProps,
  state: StaticCardState,
  actions: StaticCardActions,
): void {
  const doc = container.ownerDocument;
  const { kind, facts = [], findings, couldNotCheck = [], notices = [], onCorrect, onFindingClick } = props;
  const cardState = props.state ?? 'ready';
  const kindLabel = pageKindLabel(t, kind);
  const fold = t.t(state.open ? 'card.fold' : 'card.unfold');
  const toggle = el(
    doc,
    'button',
    {
      type: 'button',
      class: 'tg-card__toggle',
      'aria-expanded': String(state.open),
      'aria-label': fold,
      title: fold,
    },
    el(doc, 'span', { 'aria-hidden': 'true' }, state.open ? '–' : '+'),
  );
  toggle.addEventListener('click', (e) => {
    if (!byPerson(e)) return;
    actions.onToggle();
  });
  const announcement = el(
    doc,
    'p',
    { class: 'tg-visually-hidden', 'aria-live': 'polite', 'data-testid': 'card-announcement' },
    state.announcement,
  );
  const body = state.open
    ? el(
        doc,
        'div',
        { class: 'tg-card__body' },
        notices.length > 0 &&
          el(
            doc,
            'ul',
            { class: 'tg-notices', 'aria-label': t.t('corrections.noticesLabel') },
            ...notices.map((n) => {
              const gotIt = onCorrect && el(doc, 'button', { type: 'button' }, t.t('corrections.gotIt'));
              gotIt?.addEventListener('click', (e) => {
                if (byPerson(e)) void onCorrect?.({ fact: n.fact, remove: true });
              });
              return el(
                doc,
                'li',
                {
                  class: 'tg-notice',
                  role: 'status',
                  'data-testid': 'correction-notice',
                  'data-fact': n.fact,
                },
                el(doc, 'span', {}, n.message ? t.render(n.message) : n.text),
                gotIt,
              );
            }),
          ),
        facts.length > 0 &&
          el(
            doc,
            'dl',
            { class: 'tg-card__facts' },
            ...facts.map((f) =>
              factRow(doc, t, f, cardState === 'ready' && onCorrect ? actions.onEdit : undefined),
            ),
          ),
        cardState === 'reading' && el(doc, 'p', { class: 'tg-card__reading' }, t.t('card.reading')),
        couldNotCheck.length > 0 &&
          el(
            doc,
            'div',
            { class: 'tg-unchecked', role: 'alert', 'data-testid': 'could-not-check' },
            el(doc, 'strong', {}, t.plural('findings.couldNotCheck', couldNotCheck.length)),
            el(
              doc,
              'ul',
              {},
              ...couldNotCheck.map((c) =>
                el(doc, 'li', { 'data-rule': c.rule }, c.title, ' ', el(doc, 'code', {}, c.rule)),
              ),
            ),
          ),
        findings && findingList(doc, t, findings, onFindingClick),
      )
    : null;
  const card = el(
    doc,
    'section',
    {
      class: 'tg-card',
      'data-testid': 'tradeguard-card',
      'data-kind': kind,
      'data-state': cardState,
      'aria-label': `${t.t('ext.name')}: ${kindLabel}`,
      lang: t.language,
    },
    el(
      doc,
      'header',
      { class: 'tg-card__header' },
      el(doc, 'span', { class: 'tg-card__brand' }, 'TradeGuard'),
      el(doc, 'span', { class: 'tg-card__kind', 'data-testid': 'tradeguard-kind' }, kindLabel),
      toggle,
    ),
    announcement,
    body,
  );
  // Folding redraws the card: the keyboard user stays on the button they pressed.
  const refocus = isFocusedIn(container, '.tg-card__toggle');
  container.replaceChildren(card);
  if (refocus) toggle.focus();
  announceNew(t, findings, state, announcement);
}

/** True when the element matching `selector` has the focus inside the container's (closed) shadow root. */
function isFocusedIn(container: HTMLElement, selector: string): boolean {
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = 'activeElement' in root ? root.activeElement : null;
  return Boolean(active && container.contains(active) && active.matches(selector));
}

/**
 * New blockers are read out as the React card does: the words arrive after the live region is on the page
 * (a moment later), so screen readers announce them.
 */
function announceNew(
  t: Translator,
  findings: Finding[] | undefined,
  state: StaticCardState,
  region: HTMLElement,
) {
  const seen = state.announced;
  const fresh = (findings ?? []).filter(
    (f) => f.severity === 'critical' && !seen.has(`${f.rule}|${f.quote}`),
  );
  for (const f of fresh) seen.add(`${f.rule}|${f.quote}`);
  if (fresh.length === 0) return;
  const text = t.plural('card.newCritical', fresh.length, { first: findingWords(t, fresh[0]!).message });
  state.announcement = text;
  setTimeout(() => {
    region.textContent = text;
  }, 0);
}

function factRow(
  doc: Document,
  t: Translator,
  line: FactLine,
  onEdit: ((fact: CorrectableFact) => void) | undefined,
) {
  const label = line.text ? t.render(line.text.label) : line.label;
  const value = line.text ? t.param(line.text.value) : line.value;
  const source = line.text?.source ? t.render(line.text.source) : line.source;
  const note = line.text?.note ? t.render(line.text.note) : line.note;
  const correct = onEdit ? line.correct : undefined;
  let button: HTMLElement | null = null;
  if (correct && onEdit) {
    const words = t.t(correct.known ? 'facts.correctIt' : 'facts.enterIt');
    button = el(
      doc,
      'button',
      {
        type: 'button',
        class: 'tg-fact__correct',
        'aria-label': `${words}: ${label}`,
        'data-testid': `correct-${correct.fact}`,
      },
      words,
    );
    button.addEventListener('click', (e) => {
      if (byPerson(e)) onEdit(correct.fact);
    });
  }
  return el(
    doc,
    'div',
    { class: `tg-fact tg-fact--${line.tone ?? 'neutral'}`, 'data-fact': correct?.fact },
    el(doc, 'dt', {}, label),
    el(
      doc,
      'dd',
      {},
      el(doc, 'span', { class: 'tg-fact__value' }, value),
      note && el(doc, 'span', { class: 'tg-fact__note', 'data-testid': 'tradeguard-fact-note' }, note),
      line.links && line.links.length > 0 && factLinks(doc, t, line.links),
      source &&
        el(
          doc,
          'span',
          { class: 'tg-fact__source', 'data-testid': correct ? `fact-source-${correct.fact}` : undefined },
          ' ',
          '— ',
          source,
        ),
      button,
    ),
  );
}

/** As FactLinks: each link opens the marketplace's page in a new tab (safeHref), or is plain text. */
function factLinks(doc: Document, t: Translator, links: readonly FactLink[]) {
  return el(
    doc,
    'ul',
    { class: 'tg-fact__links', 'data-testid': 'tradeguard-fact-links' },
    ...links.map((link) => {
      const href = safeHref(link.href);
      const text = link.message ? t.render(link.message) : link.text;
      return el(
        doc,
        'li',
        {},
        href ? el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, text) : text,
      );
    }),
  );
}

function findingList(
  doc: Document,
  t: Translator,
  findings: Finding[],
  onFindingClick: ((finding: Finding) => void) | undefined,
) {
  if (findings.length === 0) return el(doc, 'p', { class: 'tg-findings__empty' }, t.t('findings.empty'));
  return el(
    doc,
    'ul',
    { class: 'tg-findings tg-findings--compact', 'data-testid': 'tradeguard-findings' },
    ...sortFindings(findings).map((f) => {
      const words = findingWords(t, f);
      const head = el(
        doc,
        'button',
        { type: 'button', class: 'tg-finding__head', disabled: onFindingClick ? undefined : '' },
        el(
          doc,
          'span',
          { class: 'tg-finding__severity' },
          el(doc, 'span', { 'aria-hidden': 'true' }, SEVERITY_ICON[f.severity]),
          ' ',
          t.t(`severity.${f.severity}`),
        ),
        el(doc, 'span', { class: 'tg-finding__message' }, words.message),
      );
      head.addEventListener('click', (e) => {
        if (byPerson(e)) onFindingClick?.(f);
      });
      return el(
        doc,
        'li',
        { class: `tg-finding tg-finding--${f.severity}`, 'data-rule': f.rule, 'data-severity': f.severity },
        head,
        f.quote && el(doc, 'q', { class: 'tg-finding__quote' }, f.quote),
        el(
          doc,
          'p',
          { class: 'tg-finding__fix' },
          el(doc, 'strong', {}, `${t.t('common.whatToDo')} `),
          words.fix,
        ),
        words.fixInEnglish &&
          el(
            doc,
            'p',
            { class: 'tg-finding__fix tg-finding__fix--english' },
            el(doc, 'strong', {}, `${t.t('common.forSupplier')} `),
            el(doc, 'span', { lang: 'en' }, words.fixInEnglish),
          ),
        el(
          doc,
          'p',
          { class: 'tg-finding__source' },
          t.t('meta.ruleSource', { rule: f.rule, source: f.source.label }),
        ),
      );
    }),
  );
}
