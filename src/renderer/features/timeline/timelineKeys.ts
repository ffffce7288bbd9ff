// The timeline's keyboard (DESIGN.md §5): ←/→ one event, Shift+←/→ one line stepping over calls, Alt+←/→ the
// previous/next collection, Home/End the start/end of the run. Keys typed into the editor, a text field or a
// select are theirs: the timeline only answers when the focus is elsewhere in the workspace.

import type { Navigation } from '../../../shared/sim-service';

export type TimelineKeyAction =
  | { readonly kind: 'step'; readonly nav: Navigation; readonly dir: 'forward' | 'backward' }
  | { readonly kind: 'seek'; readonly to: 'start' | 'end' };

export interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export function timelineKeyAction(e: KeyLike): TimelineKeyAction | null {
  if (e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const dir = e.key === 'ArrowRight' ? 'forward' : 'backward';
      if (e.altKey && e.shiftKey) return null;
      return { kind: 'step', nav: e.altKey ? 'collection' : e.shiftKey ? 'over' : 'event', dir };
    }
    case 'Home':
      return e.altKey || e.shiftKey ? null : { kind: 'seek', to: 'start' };
    case 'End':
      return e.altKey || e.shiftKey ? null : { kind: 'seek', to: 'end' };
    default:
      return null;
  }
}

/** What an element is, as far as deciding who owns a key press. */
export interface TargetLike {
  readonly tagName?: string;
  readonly isContentEditable?: boolean;
  closest?(selector: string): unknown;
}

/** True when the key belongs to the element focused: the program editor, a text field, a select, editable content. */
export function keyBelongsToTarget(target: TargetLike | null): boolean {
  if (!target) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (target.isContentEditable) return true;
  // The program editor (CodeMirror); its read-only trace view (the source view) leaves the keys to the timeline.
  return Boolean(target.closest?.('.cm-editor'));
}
