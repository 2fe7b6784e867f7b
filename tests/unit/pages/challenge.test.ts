import { describe, expect, it } from 'vitest';
import { isChallengePage } from '../../../lib/pages/challenge';
import { allOwnFixtures, describeWithShared, parse, readReal } from '../../support/fixtures';

describeWithShared('isChallengePage on the real captures', () => {
  it('recognises both real challenge captures', () => {
    expect(isChallengePage(readReal('challenge').document)).toBe(true);
    expect(isChallengePage(readReal('captcha').document)).toBe(true);
  });

  it('is false for every real page that is not a challenge', () => {
    for (const key of ['searchEn', 'searchFr', 'product'] as const) {
      expect(isChallengePage(readReal(key).document)).toBe(false);
    }
  });
});

describe('isChallengePage', () => {
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

  it('is false for every one of our own fixture pages', () => {
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
