/**
 * Saving a reader's quiz progress in localStorage. Storage may be missing, refuse access, be full
 * or hold junk: every failure is swallowed (a console warning at most) and the quiz carries on
 * from memory, because losing the mirror must never cost the reader the quiz.
 */
import {
  parseQuizProgress,
  type QuizProgress,
  serializeQuizProgress,
} from "../../data/quiz-progress.js";
import type { Quiz } from "../../data/story-format.js";

function storage(): Storage | undefined {
  try {
    // Reading the property itself throws where storage is blocked (sandboxed frames, some privacy settings).
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const warn = (key: string, error?: unknown) =>
  console.warn(`Backstory: quiz progress under ${key} is kept in memory only.`, error ?? "");

export function loadQuizProgress(key: string, quiz: Quiz): QuizProgress | undefined {
  try {
    const text = storage()?.getItem(key);
    if (!text) return undefined;
    const progress = parseQuizProgress(text, quiz);
    if (!progress) warn(key);
    return progress;
  } catch (error) {
    warn(key, error);
    return undefined;
  }
}

export function saveQuizProgress(key: string, progress: QuizProgress): void {
  try {
    storage()?.setItem(key, serializeQuizProgress(progress));
  } catch (error) {
    warn(key, error);
  }
}

/**
 * A random text kept for this reader, so that shuffled choices stay in the same order across
 * reloads; "" (the same order for everyone) where storage cannot keep it.
 */
export function readerSeed(): string {
  try {
    const store = storage();
    let seed = store?.getItem("backstory-reader");
    if (store && !seed) {
      seed = Math.random().toString(36).slice(2);
      store.setItem("backstory-reader", seed);
    }
    return seed ?? "";
  } catch {
    return "";
  }
}
