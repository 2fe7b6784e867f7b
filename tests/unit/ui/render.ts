import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export const UI_FIXTURES = join(__dirname, '../../fixtures/ui');
export const DEADLINE_FIXTURES = join(__dirname, '../../fixtures/deadlines');

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Server-renders a component and parses it back, so tests read what the buyer would see. */
export function render(element: ReactElement): Document {
  const html = renderToStaticMarkup(element);
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;
}

export function byTestId(doc: Document, id: string): Element {
  const el = doc.querySelector(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no element with data-testid="${id}"`);
  return el;
}

/** Visible text with whitespace collapsed. */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
}
