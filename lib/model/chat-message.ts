import { z } from 'zod';

/**
 * One chat message as read from a Message Center page. `text` is the
 * stranger's words as plain text: it is data, never markup or instructions.
 */
export const ChatSideSchema = z.enum(['supplier', 'buyer', 'system', 'unknown']);
export type ChatSide = z.infer<typeof ChatSideSchema>;

export const ChatAttachmentSchema = z.object({
  name: z.string().nullable(),
  url: z.string().nullable(),
  kind: z.enum(['image', 'file', 'link', 'video', 'audio']),
});
export type ChatAttachment = z.infer<typeof ChatAttachmentSchema>;

export const ChatTimeSchema = z.object({
  /** The time as the page shows it ("Nov 20, 2026 09:15", "14:32"). */
  raw: z.string(),
  /** Page-local wall time, "YYYY-MM-DDTHH:mm" (or a date), when it can be read; null otherwise. */
  iso: z.string().nullable(),
});
export type ChatTime = z.infer<typeof ChatTimeSchema>;

export const ChatMessageSchema = z.object({
  /** Stable within the page: from an attribute when present, else a hash of sender + time + text. */
  id: z.string(),
  from: ChatSideSchema,
  senderName: z.string().nullable(),
  text: z.string(),
  at: ChatTimeSchema.nullable(),
  attachments: z.array(ChatAttachmentSchema),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;
