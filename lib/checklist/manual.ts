import { msg } from '../i18n/msg';
import { english } from '../i18n/translate';
import { moneyFromMajor } from '../model/money';
import type { ManualCheck } from './types';

const INSPECTOR_DAY = moneyFromMajor(300, 'USD');

/** What a careful importer checks by hand before paying (ticks persist per order). */
const ITEMS = [
  {
    id: 'sample-compared',
    label: msg('checklist.manual.sampleCompared.label'),
    hint: msg('checklist.manual.sampleCompared.hint'),
  },
  {
    id: 'design-files-attached',
    label: msg('checklist.manual.designFilesAttached.label'),
    hint: msg('checklist.manual.designFilesAttached.hint'),
  },
  {
    id: 'beneficiary-checked',
    label: msg('checklist.manual.beneficiaryChecked.label'),
    hint: msg('checklist.manual.beneficiaryChecked.hint'),
  },
  {
    id: 'talks-on-platform',
    label: msg('checklist.manual.talksOnPlatform.label'),
    hint: msg('checklist.manual.talksOnPlatform.hint'),
  },
  {
    id: 'inspection-decided',
    label: msg('checklist.manual.inspectionDecided.label'),
    hint: msg('checklist.manual.inspectionDecided.hint', { cost: INSPECTOR_DAY }),
  },
];

export const MANUAL_CHECKS: Omit<ManualCheck, 'ticked'>[] = ITEMS.map((i) => ({
  id: i.id,
  label: english.render(i.label),
  hint: english.render(i.hint),
  text: { label: i.label, hint: i.hint },
}));
