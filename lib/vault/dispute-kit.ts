import type { RuleSource } from '../model/finding';
import { cite } from '../sources';
import type { VaultDb } from './db';
import { EVIDENCE_KINDS, type EvidenceKind } from './schema/rows';
import { listItems } from './store';

/** The seven documents the Jing Sourcing TA guide lists for a dispute (its step 2, on the form and the evidence), in its order. */
export type DisputeKind = Exclude<EvidenceKind, 'other'>;
export const DISPUTE_KINDS = EVIDENCE_KINDS.filter((k): k is DisputeKind => k !== 'other');

const SEED_001: RuleSource = cite('taGuide', '"Fill in the Dispute Form and Upload Evidence"');

export interface KindGuidance {
  label: string;
  /** Why the dispute team needs it. */
  why: string;
  /** What to do when it is missing, in concrete steps. */
  whatToDo: string;
  source: RuleSource;
}

export const KIND_GUIDANCE: Record<EvidenceKind, KindGuidance> = {
  contract: {
    label: 'Signed purchase contract or invoice (PO / PI)',
    why: 'The dispute team judges the supplier against the terms written in the contract, not against what was said.',
    whatToDo:
      'Capture the Trade Assurance order contract from the order page and upload the signed purchase contract or proforma invoice (PDF or photo of the signed copy). It should state product, specification, quantity, price, ship-by date and how quality is judged.',
    source: SEED_001,
  },
  specification: {
    label: 'Product specification documents',
    why: 'A defect only counts when it breaks a stated specification (e.g. Pantone 186C, 8.8×8.8×13 cm, 100% stainless steel, 215–219 g).',
    whatToDo:
      'Capture the product page as it was when you ordered and the specification sheet the supplier confirmed: colour code, dimensions, material, weight range, packaging and labelling.',
    source: SEED_001,
  },
  design: {
    label: 'Design drawings or files',
    why: 'A product photo is not a design: matching "exactly your design" needs the files you sent.',
    whatToDo:
      'Upload the drawings, artwork, logo and design files you sent to the supplier, and the photos of the approved sample.',
    source: SEED_001,
  },
  inspection: {
    label: 'Inspection report',
    why: 'A third-party report is the strongest proof of a quality breach.',
    whatToDo:
      'Book a third-party pre-shipment inspection (SGS, Intertek, QIMA…); about US$300 per inspector-day; attach the report with the % of major/minor defects.',
    source: cite('taGuide', '"How to Inspect Quality"'),
  },
  communication: {
    label: 'All communication records with the supplier',
    why: 'Chats show what was agreed and what the supplier promised; only on-platform talks count fully.',
    whatToDo:
      'Capture every chat with the supplier on Alibaba.com / AliExpress messages, including the photos, videos and files they sent. Keep the talk on the platform: off-platform chats (WhatsApp, WeChat, e-mail) are weak evidence.',
    source: cite('taProtects'),
  },
  receipt: {
    label: 'Signed transaction receipt',
    why: 'The receipt fixes when and in what state the goods arrived.',
    whatToDo:
      'Photograph the delivery receipt you signed; before signing, write any visible damage or shortage on it ("3 cartons crushed, 2 missing").',
    source: SEED_001,
  },
  'defect-media': {
    label: 'Pictures or videos of the defective goods',
    why: 'The dispute team must see the defect and how many units it affects.',
    whatToDo:
      'Film the unboxing without cuts, then photograph each defect beside a ruler or colour card and the carton label; count the bad units against the total.',
    source: SEED_001,
  },
  other: {
    label: 'Other evidence',
    why: 'Anything else that shows what was agreed or what went wrong.',
    whatToDo: 'Attach shipping documents, payment proof and anything else the dispute team may ask for.',
    source: SEED_001,
  },
};

export interface KitLine extends KindGuidance {
  kind: DisputeKind;
  count: number;
  missing: boolean;
}

export interface DisputeKit {
  caseId: string;
  lines: KitLine[];
  missingCount: number;
  /** Items filed as "other": not part of the seven, still exported. */
  otherCount: number;
}

/** For each of the seven dispute documents: how many the case holds and, when none, what to do. */
export async function disputeKit(db: VaultDb, caseId: string): Promise<DisputeKit> {
  const { items } = await listItems(db, caseId);
  const counts = new Map<EvidenceKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const lines = DISPUTE_KINDS.map((kind) => {
    const count = counts.get(kind) ?? 0;
    return { kind, count, missing: count === 0, ...KIND_GUIDANCE[kind] };
  });
  return {
    caseId,
    lines,
    missingCount: lines.filter((l) => l.missing).length,
    otherCount: counts.get('other') ?? 0,
  };
}
