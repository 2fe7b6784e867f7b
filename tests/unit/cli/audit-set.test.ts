import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `tradeguard audit --set fact=value`: the buyer's own figures for a run, as the card takes them. */
const ROOT = resolve(import.meta.dirname, '../../..');
const ORDER = resolve(ROOT, 'tests/fixtures/pages/alibaba-order/ta-detail-218834501001020304-text.html');
const PROFILE = resolve(ROOT, 'tests/fixtures/pages/alibaba-supplier/sunrise-shopsign-module-data.html');
const tg = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'scripts/tradeguard.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('tradeguard audit --set', () => {
  it('judges the order against the limit the buyer states, and says whose figure it is', () => {
    const { pages } = JSON.parse(
      tg('audit', ORDER, '--set', 'taLimit=40000USD', '--set', 'shipBy=2027-01-20', '--json'),
    );
    const [order] = pages;
    const over = order.findings.find((f: { rule: string }) => f.rule === 'ta-limit-below-order');
    expect(over.message).toMatch(/limit of US\$40,000 \(entered by you on \d{1,2} [A-Z][a-z]{2} \d{4}\)/);
    expect(order.findings.map((f: { rule: string }) => f.rule)).not.toContain('ta-limit-unknown');
    expect(order.supplier.taLimit).toEqual({ amount: 40000, currency: 'USD' });
    expect(order.supplier.taLimitSeen).toBeNull();
    expect(order.corrections).toEqual([
      {
        fact: 'taLimit',
        value: { amount: 40000, currency: 'USD' },
        enteredAt: expect.any(String),
        pageShows: null,
      },
      { fact: 'shipBy', value: '2027-01-20', enteredAt: expect.any(String), pageShows: null },
    ]);
  });

  it('holds over the pages of the run, which keep saying what they show', () => {
    const { pages } = JSON.parse(tg('audit', PROFILE, ORDER, '--set', 'taLimit=40000USD', '--json'));
    const [profile, order] = pages;
    expect(profile.supplier.taLimit).toEqual({ amount: 42000, currency: 'USD' });
    expect(profile.corrections[0]).toMatchObject({ fact: 'taLimit', pageShows: 'US$42,000' });
    expect(order.findings.find((f: { rule: string }) => f.rule === 'ta-limit-below-order').message).toContain(
      'US$8,600 above',
    );
    // The order is judged on the buyer's figure; the profile's, remembered from the run, stands beside it.
    expect(order.corrections).toEqual([
      {
        fact: 'taLimit',
        value: { amount: 40000, currency: 'USD' },
        enteredAt: expect.any(String),
        pageShows: 'US$42,000',
      },
    ]);
  });

  it("refuses a value it cannot read, with the form's message, and stores nothing", () => {
    const run = () => tg('audit', ORDER, '--set', 'taLimit=forty thousand');
    expect(run).toThrow(/--set taLimit=forty thousand: "forty thousand" has no amount in it/);
    expect(() => tg('audit', ORDER, '--set', 'limit=1')).toThrow(
      /the fact must be one of taLimit, orderTotal/,
    );
  });
});
