import type { ReactNode } from 'react';
import './ui.css';

export type StatusTone = 'error' | 'info' | 'success';

export interface StatusMessageProps {
  tone: StatusTone;
  children: ReactNode;
}

/** The word travels with the colour, so the tone reads without colour vision. */
const TONE_WORD: Record<StatusTone, string> = { error: 'Error:', info: 'Note:', success: 'Done:' };

/** A live message screen readers announce (role=status) when it appears or changes. */
export function StatusMessage({ tone, children }: StatusMessageProps) {
  return (
    <p role="status" className={`tg-status tg-status--${tone}`} data-tone={tone}>
      <strong className="tg-status__word">{TONE_WORD[tone]}</strong> {children}
    </p>
  );
}
