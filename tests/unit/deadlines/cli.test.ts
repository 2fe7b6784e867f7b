import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDeadlines, runDeadlines } from '../../../lib/cli/deadlines';
import { parseIsoInstant } from '../../../lib/cli/iso-instant';
import { FIXTURES, fixtureText } from './helpers';

const NOW = new Date('2026-06-20T00:00:00Z');

describe('tradeguard deadlines <timeline.json>', () => {
  it('prints the public shape: deadlines with a string source, and the binding id', () => {
    const out = runDeadlines(fixtureText('alibaba-confirmed-berlin.json'), { now: NOW });
    expect(out.timeZone).toBe('Europe/Berlin'); // taken from the file
    expect(out.binding).toBe('claim-after-delivery');
    const binding = out.deadlines.find((d) => d.id === 'claim-after-delivery')!;
    expect(binding).toMatchObject({
      label: 'Refund claim deadline after delivery',
      dueAt: '2026-07-10T15:00:00+02:00',
      source: 'https://reads.alibaba.com/how-trade-assurance-protects-your-purchases-on-alibaba-com',
      status: 'open',
    });
    expect(out.deadlines.find((d) => d.id === 'ship-by')).toMatchObject({
      dueAt: '2026-04-20T23:59:59+02:00',
      status: 'not-applicable',
    });
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('honours "preset" and the enterprise tier from the file', () => {
    const out = runDeadlines(fixtureText('alibaba-dispute-help-centre.json'), {
      now: new Date('2026-03-06T00:00:00Z'),
    });
    const ids = Object.fromEntries(out.deadlines.map((d) => [d.id, d.dueAt]));
    expect(ids).toMatchObject({
      'supplier-response': '2026-03-08T03:30:00-04:00',
      'escalation-available': '2026-03-09T02:30:00-04:00',
      'escalation-automatic': '2026-03-12T02:30:00-04:00',
      'claim-after-delivery': '2026-05-01T14:00:00-04:00',
      'auto-confirm-claim': '2026-03-22T09:00:00-04:00',
    });
    expect(out.binding).toBe('supplier-response');
  });

  it('a time zone passed by the caller wins over the file; UTC when neither gives one', () => {
    const viaFlag = runDeadlines(fixtureText('alibaba-confirmed-berlin.json'), {
      now: NOW,
      timeZone: 'Asia/Shanghai',
    });
    expect(viaFlag.deadlines.find((d) => d.id === 'claim-after-delivery')?.dueAt).toBe(
      '2026-07-10T21:00:00+08:00',
    );
    const bare = runDeadlines('{"marketplace":"alibaba","events":[{"type":"delivered","at":"2026-06-10"}]}', {
      now: NOW,
    });
    expect(bare.timeZone).toBe('UTC');
    expect(bare.deadlines[0]?.dueAt).toBe('2026-07-10T23:59:59Z');
  });

  it('a bad file fails with one line naming the field', () => {
    expect(() => runDeadlines(fixtureText('bad-event-type.json'), { now: NOW })).toThrow(
      /^Invalid timeline file: events\[1\]\.type: /,
    );
    expect(() => runDeadlines(fixtureText('bad-date.json'), { now: NOW })).toThrow(
      /events\[0\]\.at: expected YYYY-MM-DD or an ISO-8601 date-time/,
    );
    expect(() => runDeadlines('{"marketplace":"ebay","events":[]}', { now: NOW })).toThrow(/marketplace/);
    expect(() => runDeadlines('{"marketplace":"alibaba","timeZone":"Nowhere/City"}', { now: NOW })).toThrow(
      /timeZone: unknown time zone/,
    );
    expect(() => runDeadlines('{"marketplace": alibaba}', { now: NOW })).toThrow(/not valid JSON/);
    for (const bad of ['bad-event-type.json', 'bad-date.json']) {
      try {
        runDeadlines(fixtureText(bad), { now: NOW });
      } catch (e) {
        expect((e as Error).message).not.toContain('\n');
      }
    }
  });

  it('the readable summary leads with the binding deadline and shows time left and what was not understood', () => {
    const text = formatDeadlines(
      runDeadlines(fixtureText('aliexpress-stated.json'), { now: new Date('2026-07-29T12:00:00Z') }),
    );
    expect(text.split('\n')[1]).toMatch(
      /^BINDING: Apply for a return or refund \(order page\) — 2026-08-04T23:59:59-03:00 \(6d 14h left\)/,
    );
    expect(text).toContain('NOT UNDERSTOOD (check it yourself): "Free returns within 15 days"');
    expect(text).toMatch(/\[stated-order-placed-90d\].*\(\d+d \d+h left\)/);
  });
});

describe('tradeguard deadlines --now: impossible dates are refused, never guessed', () => {
  const ROOT = resolve(import.meta.dirname, '../../..');
  const run = (...args: string[]) => {
    try {
      const stdout = execFileSync(
        'node',
        [
          resolve(ROOT, 'scripts/tradeguard.mjs'),
          'deadlines',
          resolve(FIXTURES, 'alibaba-confirmed-berlin.json'),
          ...args,
        ],
        { encoding: 'utf8', stdio: 'pipe' },
      );
      return { status: 0, stdout, stderr: '' };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, stdout: String(e.stdout), stderr: String(e.stderr) };
    }
  };

  it.each([
    ['--now', '1'],
    ['--now', '2026-02-30'],
    ['--now', '2026-02-30T10:00:00Z'],
    ['--now', '2026-06-20T25:00:00Z'],
    ['--now', 'tomorrow'],
    ['--now='],
  ])('%s %s exits 2 with a one-line message and no output', (...args: string[]) => {
    const { status, stdout, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--now/);
  });

  it('a real ISO instant is used as given', () => {
    const { status, stdout } = run('--now', '2026-06-20T00:00:00Z', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).now).toBe('2026-06-20T00:00:00.000Z');
  });
});

describe('parseIsoInstant', () => {
  it('accepts dates and date-times that exist, with or without an offset (UTC when none)', () => {
    expect(parseIsoInstant('2026-06-20')?.toISOString()).toBe('2026-06-20T00:00:00.000Z');
    expect(parseIsoInstant('2026-06-20T10:30')?.toISOString()).toBe('2026-06-20T10:30:00.000Z');
    expect(parseIsoInstant('2026-06-20T10:30:15.250+02:00')?.toISOString()).toBe('2026-06-20T08:30:15.250Z');
    expect(parseIsoInstant('2024-02-29T00:00:00Z')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it('refuses what does not exist or is not ISO', () => {
    for (const bad of [
      '',
      '1',
      '2026',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-06-20T24:00:00Z',
      '2026-06-20T10:60Z',
      '20 June 2026',
      '2026-06-20T10:00:00+25:00',
      ' 2026-06-20',
    ])
      expect(parseIsoInstant(bad), bad).toBeNull();
  });
});
