import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_RULE_IDS } from '../../../lib/chat/types';
import { buildChecklist } from '../../../lib/checklist/build';
import { CLAUSES } from '../../../lib/checklist/clauses';
import { POLICY_PRESETS } from '../../../lib/deadlines/policy';
import { english } from '../../../lib/i18n/translate';
import { PAGE_RULE_IDS } from '../../../lib/rules/ids';
import { PAGE_RULES } from '../../../lib/rules/registry';
import { DOCUMENTS, type SourceDocument } from '../../../lib/sources';
import { describeWithShared, shared } from '../../support/fixtures';
import { orderContext } from './context';

const README = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('the rule catalogue', () => {
  it('every page rule is registered once, documented in the README, and names a source and a fix', () => {
    const ids = PAGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of PAGE_RULES) {
      expect(README, rule.id).toContain(`\`${rule.id}\``);
      expect(
        (typeof rule.fix === 'string' ? rule.fix : english.render(rule.fix)).length,
        rule.id,
      ).toBeGreaterThan(20);
      expect(rule.appliesTo.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('the typed id list and the registry name the same rules, in the same order', () => {
    expect(PAGE_RULES.map((r) => r.id)).toEqual([...PAGE_RULE_IDS]);
  });

  it('every page rule has a home in the "Before you pay" checklist, and its clause is offered', () => {
    for (const rule of PAGE_RULES) {
      expect(rule.checklist, rule.id).not.toBe('other');
      const finding = {
        rule: rule.id,
        severity: rule.severity === 'info' ? ('warning' as const) : rule.severity,
        message: `${rule.id} fired`,
        quote: '',
        fix: typeof rule.fix === 'string' ? rule.fix : english.render(rule.fix),
        source: rule.source,
      };
      const list = buildChecklist(orderContext(), [finding], new Set(), null);
      const home = list.auto.find((a) => a.id === rule.checklist);
      expect(home?.rules, rule.id).toContain(rule.id);
      // Decided by the finding (ta-limit-unknown reads as "could not check"): never passed as OK.
      expect(home?.status, rule.id).not.toBe('ok');
      if (rule.clause) expect(list.clauses, rule.id).toContain(CLAUSES[rule.clause]);
    }
  });

  it('every chat rule and every deadline id is in the README', () => {
    for (const id of CHAT_RULE_IDS) expect(README, id).toContain(`\`${id}\``);
    const deadlineIds = new Set(Object.values(POLICY_PRESETS).flatMap((rules) => rules.map((r) => r.id)));
    for (const id of deadlineIds) expect(README, id).toContain(`\`${id}\``);
  });
});

describe('rule sources', () => {
  it('every rule cites a document of lib/sources.ts by title and public address', () => {
    const urls = new Set(Object.values(DOCUMENTS).map((d) => d.url));
    for (const rule of PAGE_RULES) {
      expect(urls.has(rule.source.ref), `${rule.id}: ${rule.source.ref}`).toBe(true);
      expect(rule.source.ref, rule.id).toMatch(/^https?:\/\//);
    }
  });
});

describeWithShared('rule sources against the stored seed articles', () => {
  it("each cited document's stored copy exists and states the fact the rules take from it", () => {
    for (const doc of Object.values(DOCUMENTS) as SourceDocument[]) {
      if (!doc.seed) continue;
      const path = shared?.seed(doc.seed);
      expect(path, doc.title).toBeTruthy();
      expect(readFileSync(path as string, 'utf8'), doc.title).toContain(doc.witness);
    }
  });
});
