// A message for the next screen, after an action that moves to it ("the draft has been created"):
// kept in memory for one screen only, never in the address, so that a reload does not repeat it.
import type { MessageKey } from '../i18n';

let pending: MessageKey | null = null;

/** Leaves a message for the next screen to show. */
export function setFlash(key: MessageKey): void {
  pending = key;
}

/** The message left for this screen, once. */
export function takeFlash(): MessageKey | null {
  const key = pending;
  pending = null;
  return key;
}
