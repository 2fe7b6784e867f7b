import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analysePage } from '../../../lib/analysis/analyse-page';
import { TradeMemory } from '../../../lib/analysis/trade-memory';
import { buildChecklist } from '../../../lib/checklist/build';
import { runAudit } from '../../../lib/cli/audit';
import { captureLogErrors, logError } from '../../../lib/log';
import { evaluateRules } from '../../../lib/rules/evaluate';
import { taLimitBelowOrder } from '../../../lib/rules/ta-limit-below-order';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { orderContext } from './context';

/**
 * Issue 12, finding 13: a rule that throws was dropped in silence (evaluateRules'
 * `failed` list was read by no one), so its check looked passed. It must show
 * as "could not check" everywhere the buyer looks.
 */
afterEach(() => vi.restoreAllMocks());

const breakLimitRule = () =>
  vi.spyOn(taLimitBelowOrder, 'check').mockImplementation(() => {
    throw new TypeError('Cannot read properties of null');
  });

describe('a rule that throws', () => {
  it('is logged as an error, named in `failed`, and does not hide the other findings', () => {
    breakLimitRule();
    const ctx = orderContext({ coverage: 'pre-shipment' });
    const { result, errors } = captureLogErrors(() => evaluateRules(ctx));
    expect(result.failed).toEqual(['ta-limit-below-order']);
    expect(result.findings.some((f) => f.rule === 'ta-coverage-pre-shipment')).toBe(true);
    expect(errors[0]?.message).toMatch(/ta-limit-below-order could not run/);
  });

  it('leaves its checklist item "could not check", never OK, and the verdict says a check is missing', () => {
    breakLimitRule();
    const ctx = orderContext(
      { coverage: 'post-delivery' },
      {
        supplier: { ...orderContext().supplier!, verified: true, yearsOnPlatform: 5 },
        knownLimit: {
          limit: { minor: 10_000_000, currency: 'USD' },
          seenAt: '2026-11-20',
          url: 'https://x.en.alibaba.com/',
        },
      },
    );
    const { result } = captureLogErrors(() => evaluateRules(ctx));
    const list = buildChecklist(
      ctx,
      result.findings,
      new Set(),
      { scanned: true, findings: [] },
      result.failed,
    );
    const limit = list.auto.find((a) => a.id === 'ta-limit');
    expect(limit?.status).toBe('unknown');
    expect(limit?.detail).toMatch(/could not check this \(rule ta-limit-below-order failed\)/);
    expect(list.verdict.text).not.toBe('Ready to pay');
  });

  it('is reported by the page analysis and the command line’s JSON (couldNotCheck)', () => {
    breakLimitRule();
    const ctx = orderContext();
    const { result } = captureLogErrors(() =>
      analysePage(ctx.snapshot, new TradeMemory(), DEFAULT_SETTINGS, '2026-11-20T10:00:00.000Z'),
    );
    expect(result.couldNotCheck).toEqual([{ rule: 'ta-limit-below-order', title: taLimitBelowOrder.title }]);
  });
});

describe('the logger', () => {
  it('throws on an error during a test, so a failure cannot pass unnoticed', () => {
    expect(() => logError('test', 'something broke')).toThrow(/something broke/);
  });
});

describe('tradeguard audit JSON', () => {
  const page = () => {
    const file = resolve(
      import.meta.dirname,
      '../../fixtures/pages/alibaba-order/ta-detail-218834501001020304-json.html',
    );
    const doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    return { file, url: 'https://biz.alibaba.com/ta/detail.htm?orderId=218834501001020304', doc };
  };
  const now = new Date('2026-11-20T10:00:00Z');

  it('carries couldNotCheck: empty when every rule ran, the rule and its title when one failed', () => {
    expect(runAudit([page()], { now }).pages[0]?.couldNotCheck).toEqual([]);
    breakLimitRule();
    const { result } = captureLogErrors(() => runAudit([page()], { now }));
    expect(result.pages[0]?.couldNotCheck).toEqual([
      { rule: 'ta-limit-below-order', title: taLimitBelowOrder.title },
    ]);
  });
});
