import type { ManualCheck } from './types';

/** What a careful importer checks by hand before paying (ticks persist per order). */
export const MANUAL_CHECKS: Omit<ManualCheck, 'ticked'>[] = [
  {
    id: 'sample-compared',
    label: 'I compared the approved sample with the contract specification',
    hint: 'The sample is your quality reference; a dispute compares the goods with what the order says.',
  },
  {
    id: 'design-files-attached',
    label: 'My design files and approved photos are attached to the order',
    hint: 'Only what is in the Trade Assurance order can be enforced (the Jing Sourcing TA guide, Case 1).',
  },
  {
    id: 'beneficiary-checked',
    label: "I checked the payment page's beneficiary myself",
    hint: 'Pay only to the account Alibaba shows for this order — never to details sent in chat or by e-mail.',
  },
  {
    id: 'talks-on-platform',
    label: 'Every agreement is written in Alibaba chat or the order, not WhatsApp, WeChat or e-mail',
    hint: 'Off-platform chats are weak evidence in a dispute (the Alibaba.com TA guide).',
  },
  {
    id: 'inspection-decided',
    label: 'I booked a pre-shipment inspection, or decided against it knowingly',
    hint: 'About US$300 per inspector-day; a report with defect percentages is the strongest evidence.',
  },
];
