// The polls dialog as the calendar and the campaign page both open it, and the event made from a poll's winning
// slot: the editor opens on the slot, and once the event is saved the poll is told which event it became and shown
// again. One copy, so the two pages cannot drift apart.
import { ApiError, pollEventInput, pollLinkEvent } from './api';
import type { EventInput } from './bindings/EventInput';

export class PollEvents {
  /** The polls dialog, on one poll or on the list (`null`); closed when null. */
  open = $state<{ poll: number | null } | null>(null);
  /** The poll slot the editor is making an event from. */
  making = $state<{ poll: number; slot: number } | null>(null);
  /** Why the last step failed, shown in the polls dialog. */
  problem = $state<string | null>(null);

  /** The editor's input for this slot (the dialog closes), or null when it cannot be read (`problem` says why). */
  async toEvent(poll: number, slot: number): Promise<EventInput | null> {
    try {
      const input = await pollEventInput(poll, slot);
      this.open = null;
      this.making = { poll, slot };
      return input;
    } catch (reason) {
      this.problem = ApiError.from(reason).message;
      return null;
    }
  }

  /** The editor saved the event: the poll is linked to it and shown again. */
  saved = async (event: { id: number }): Promise<void> => {
    const made = this.making;
    if (!made) return;
    this.making = null;
    try {
      await pollLinkEvent(made.poll, made.slot, event.id);
      this.problem = null;
    } catch (reason) {
      // The event is saved either way; say why the poll does not know it.
      this.problem = ApiError.from(reason).message;
    }
    this.open = { poll: made.poll };
  };

  close(): void {
    this.open = null;
    this.problem = null;
  }
}
