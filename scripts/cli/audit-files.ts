import { parseHTML } from 'linkedom';
import { runAudit } from '../../lib/cli/audit';
import type { CorrectionValue } from '../../lib/model/correction';
import { urlFromSavedPage } from '../../lib/pages/saved-url';
import { loadSettingsFile } from './settings-file';

/** Parses each saved page (linkedom) and names its URL: --url in file order, else the page's own comment/link. */
export async function runAuditFiles(
  files: { file: string; html: string }[],
  urls: string[],
  entered: readonly CorrectionValue[] = [],
) {
  const inputs = files.map(({ file, html }, i) => ({
    file,
    // A saved file is not fetched: an http:// address given for it names the https page it was.
    url: urls[i]?.replace(/^http:/i, 'https:') ?? urlFromSavedPage(html),
    doc: parseHTML(html).document as unknown as Document,
  }));
  return runAudit(inputs, { now: new Date(), settings: loadSettingsFile(), entered });
}
