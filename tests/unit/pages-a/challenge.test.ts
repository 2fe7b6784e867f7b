import { describe, expect, it } from 'vitest';
import { isChallengePage } from '../../../lib/pages/challenge';
import { allOwnFixtures, parse, REAL_PAGES, readPage } from './load';

describe('isChallengePage', () => {
  it('recognises both real challenge captures', () => {
    expect(isChallengePage(readPage(REAL_PAGES.challenge).document)).toBe(true);
    expect(isChallengePage(readPage(REAL_PAGES.captcha).document)).toBe(true);
  });

  it('recognises each marker on its own', () => {
    const pages = [
      '<html><body><punish-component></punish-component></body></html>',
      '<html><head><title>Captcha Interception</title></head><body></body></html>',
      '<html><head><title>Product Not Available</title></head><body></body></html>',
      '<html><body><script>var c = {"action": "captcha", "url": "/_____tmd_____/punish"};</script></body></html>',
      '<html><body><script>location.href = "/?x5secdata=abc";</script></body></html>',
      '<html><body><script>var ret = ["FAIL_SYS_USER_VALIDATE::sorry"];</script></body></html>',
    ];
    for (const html of pages) expect(isChallengePage(parse(html))).toBe(true);
  });

  it('is false for every real page and every fixture page (part A and part B)', () => {
    for (const key of ['searchEn', 'searchFr', 'product'] as const) {
      expect(isChallengePage(readPage(REAL_PAGES[key]).document)).toBe(false);
    }
    const fixtures = allOwnFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    for (const { path, html } of fixtures) {
      expect([path, isChallengePage(parse(html))]).toEqual([path, false]);
    }
  });

  it('does not mistake a product titled "captcha" for a challenge', () => {
    expect(
      isChallengePage(parse('<html><head><title>Captcha solver USB key - Alibaba.com</title></head></html>')),
    ).toBe(false);
  });
});
