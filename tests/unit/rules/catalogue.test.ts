import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAT_RULE_IDS } from '../../../lib/chat/types';
import { POLICY_PRESETS } from '../../../lib/deadlines/policy';
import { PAGE_RULES } from '../../../lib/rules/registry';

const README = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

describe('the rule catalogue', () => {
  it('every page rule is registered once, documented in the README, and names a source and a fix', () => {
    const ids = PAGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of PAGE_RULES) {
      expect(README, rule.id).toContain(`\`${rule.id}\``);
      expect(rule.fix.length, rule.id).toBeGreaterThan(20);
      expect(rule.appliesTo.length, rule.id).toBeGreaterThan(0);
      if (rule.source.ref.endsWith('.txt'))
        expect(() => readFileSync(resolve(SEEDS, rule.source.ref)), rule.id).not.toThrow();
    }
  });

  it('every chat rule and every deadline id is in the README', () => {
    for (const id of CHAT_RULE_IDS) expect(README, id).toContain(`\`${id}\``);
    const deadlineIds = new Set(Object.values(POLICY_PRESETS).flatMap((rules) => rules.map((r) => r.id)));
    for (const id of deadlineIds) expect(README, id).toContain(`\`${id}\``);
  });
});
