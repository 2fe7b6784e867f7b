import { describe, expect, it } from 'vitest';
import { packPath, safeFileName } from '../../../lib/vault/pack-format';
import { describeStorage } from '../../../lib/vault/storage-status';

describe('describeStorage', () => {
  it('says how much is used and free, and whether the browser may clear it', () => {
    expect(describeStorage({ usage: 312_000_000, quota: 60_000_000_000 }, true)).toEqual({
      level: 'ok',
      sentence:
        'The evidence vault uses 312 MB of 60 GB available (60 GB free). The browser will not clear it to make room.',
    });
    expect(describeStorage({ usage: 9_700_000_000, quota: 10_000_000_000 }, false)).toMatchObject({
      level: 'critical',
      sentence: expect.stringMatching(
        /uses 9\.7 GB of 10 GB available \(300 MB free\)\. Storage is almost full.*may clear it/,
      ),
    });
    expect(describeStorage({ usage: 8_500_000_000, quota: 10_000_000_000 }, true).level).toBe('low');
    expect(describeStorage({}, undefined)).toMatchObject({
      level: 'unknown',
      sentence: expect.stringContaining('free space is unknown'),
    });
  });
});

describe('file names inside a pack', () => {
  it('are safe on every OS, keep a truthful extension and never collide', () => {
    expect(safeFileName('../../etc/passwd', 'text/plain', 'other')).toBe('_.._etc_passwd.txt');
    expect(safeFileName('invoice\u202Efdp.exe', 'application/pdf', 'contract')).toBe('invoice_fdp.exe.pdf');
    expect(safeFileName('IMG_2041.JPEG', 'image/jpeg', 'defect-media')).toBe('IMG_2041.JPEG');
    expect(safeFileName('', 'image/png', 'defect-media')).toBe('defect-media.png');
    expect(safeFileName('CON.txt', 'text/plain', 'other')).toBe('_CON.txt');
    expect(safeFileName(`${'a'.repeat(200)}.pdf`, 'application/pdf', 'contract')).toHaveLength(80);
    expect(safeFileName('report', 'application/x-unknown', 'inspection')).toBe('report');
    const item = { kind: 'defect-media' as const, fileName: 'photo.png', mimeType: 'image/png' };
    expect(packPath(0, 9, item)).toBe('files/01-defect-media-photo.png');
    expect(packPath(101, 120, item)).toBe('files/102-defect-media-photo.png');
  });
});
