import { readFileSync } from 'node:fs';
import { runAuditFiles } from './cli/audit-files';

const f = process.argv[2] as string;
const r = await runAuditFiles([{ file: f, html: readFileSync(f, 'utf8') }], []);
const p = r.pages[0] as Record<string, unknown>;
console.log(
  JSON.stringify(
    {
      kind: p.kind,
      supplier: p.supplier,
      product: p.product,
      conflicts: (p as { conflicts?: unknown }).conflicts,
      offers: (p.offers as unknown[] | null)?.slice(0, 2),
    },
    null,
    1,
  ).slice(0, 4000),
);
