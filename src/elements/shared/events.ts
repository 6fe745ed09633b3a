/**
 * Every event the Backstory elements fire, with the type of its `detail`, registered in the
 * global event map so that `addEventListener("backstory-select", …)` is typed. All of them bubble
 * and cross shadow roots, so a page can listen on `document`.
 */

/** What made the reader's selection: a pointer, a key, the previous/next buttons, or a deep link. */
export type SelectCause = "click" | "keyboard" | "button" | "hash";

/** `backstory-ready`: a story has rendered. */
export interface BackstoryReadyDetail {
  storyId: string;
}

/** `backstory-select`: a reader selected a timeline event. Cancelable. */
export interface BackstorySelectDetail {
  id: string;
  cause: SelectCause;
}

/** `backstory-answer`: a reader checked an answer. */
export interface BackstoryAnswerDetail {
  questionId: string;
  /** Choice ids; "true" or "false"; or event ids in the reader's order. */
  chosen: string[];
  correct: boolean;
}

/** `backstory-complete`: a reader reached the quiz's result. */
export interface BackstoryCompleteDetail {
  score: number;
  total: number;
  bandId: string | undefined;
}

export interface BackstoryEventMap {
  "backstory-ready": BackstoryReadyDetail;
  "backstory-select": BackstorySelectDetail;
  "backstory-answer": BackstoryAnswerDetail;
  "backstory-complete": BackstoryCompleteDetail;
}

/**
 * Fires a Backstory event from `target`. Returns false when a listener cancelled it (only
 * `cancelable` events can be).
 */
export function emit<Type extends keyof BackstoryEventMap>(
  target: EventTarget,
  type: Type,
  detail: BackstoryEventMap[Type],
  cancelable = false,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    "backstory-ready": CustomEvent<BackstoryReadyDetail>;
    "backstory-select": CustomEvent<BackstorySelectDetail>;
    "backstory-answer": CustomEvent<BackstoryAnswerDetail>;
    "backstory-complete": CustomEvent<BackstoryCompleteDetail>;
  }
}
