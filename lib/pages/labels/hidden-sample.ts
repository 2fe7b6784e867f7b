/**
 * A hidden block that only illustrates: a sample card, a template the page's
 * script clones, a loading skeleton, a "how it works" example. Its figures are
 * made up ("e.g. Trade Assurance limit US$1,000,000") and must never become
 * this supplier's facts.
 *
 * Hidden alone is not enough: real pages keep true facts in hidden elements
 * (the 2018 minisite's company card and its tooltips are display:none until
 * hovered). So a block is skipped only when it is hidden AND its class or id
 * names it as an illustration.
 */
const ILLUSTRATION_TOKEN =
  /^(?:sample|samples|example|examples|demo|template|tpl|tmpl|skeleton|placeholder|mock|mockup|dummy|fake|preview-template)$/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

export function isHiddenIllustration(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.length < 3 || names.length > 300) return false;
  if (!names.split(/[^A-Za-z]+/).some((token) => ILLUSTRATION_TOKEN.test(token))) return false;
  return isHidden(el);
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}
