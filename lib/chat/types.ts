import { z } from 'zod';
import { ChatSideSchema } from '../model/chat-message';
import { type Finding, FindingSchema } from '../model/finding';

/** One chat message handed to the scanner (from the page reader, the CLI or a test). Text is data, never markup. */
export const ChatMessageInputSchema = z.object({
  id: z.string().optional(),
  from: ChatSideSchema,
  text: z.string(),
  at: z.string().optional(),
});
export type ChatMessageInput = z.infer<typeof ChatMessageInputSchema>;

export const CHAT_RULE_IDS = [
  'offplatform-payment',
  'bank-details-change',
  'payment-details',
  'offplatform-contact',
  'pressure',
] as const;
export type ChatRuleId = (typeof CHAT_RULE_IDS)[number];

/** The account Alibaba designated for the order (from the order/payment page), used to compare chat details. */
export const DesignatedAccountSchema = z.object({
  accountNumber: z.string().optional(),
  iban: z.string().optional(),
  swift: z.string().optional(),
  name: z.string().optional(),
});
export type DesignatedAccount = z.infer<typeof DesignatedAccountSchema>;

export interface ChatScanContext {
  designatedAccount?: DesignatedAccount;
}

/** What a rule pulled out of the text, already normalised (digits only, upper-case codes, lower-case ids). */
export const ChatDetailsSchema = z.object({
  channels: z.array(z.string()).optional(),
  methods: z.array(z.string()).optional(),
  ids: z.array(z.string()).optional(),
  phones: z.array(z.string()).optional(),
  emails: z.array(z.string()).optional(),
  accounts: z.array(z.string()).optional(),
  ibans: z.array(z.string()).optional(),
  swifts: z.array(z.string()).optional(),
  wallets: z.array(z.string()).optional(),
  /** payment-details only: how the details compare with the designated account. */
  designated: z.enum(['same', 'different', 'unknown', 'not-given']).optional(),
});
export type ChatDetails = z.infer<typeof ChatDetailsSchema>;

/** A page finding, narrowed to the chat rules and carrying what the rule extracted. */
export const ChatFindingSchema = FindingSchema.extend({
  rule: z.enum(CHAT_RULE_IDS),
  details: ChatDetailsSchema.optional(),
  /** Set when urgency in this or a recent supplier message raised the rule's own severity. */
  raisedBy: z.literal('pressure').optional(),
});
export type ChatFinding = Finding & z.infer<typeof ChatFindingSchema>;

export interface ScannedMessage {
  index: number;
  id?: string;
  from: ChatMessageInput['from'];
  findings: ChatFinding[];
}
