/**
 * Saving a reader's quiz progress in localStorage. Storage may be missing, refuse access, be full
 * or hold junk: every failure is swallowed (a console warning at most) and the quiz carries on
 * from memory, because losing the mirror must never cost the reader the quiz.
 *
 * One reader, one progress: every quiz showing the same quiz content, on this page or in another
 * tab of the site, shows the same state. Each quiz writes its whole state, so without this a
 * second quiz still at question 1 would overwrite a result the reader reached in the first.
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

type ProgressListener = (progress: QuizProgress) => void;

/** The quizzes on this page watching each key, and the newest progress any of them holds. */
const shared = new Map<string, { progress?: QuizProgress; listeners: Set<ProgressListener> }>();

export function loadQuizProgress(key: string, quiz: Quiz): QuizProgress | undefined {
  // Another quiz on the page shows this one: its state is the newest, even with storage blocked.
  const current = shared.get(key)?.progress;
  if (current) return current;
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

/**
 * Calls `listener` with the progress other quizzes of this key save, on this page or in another
 * tab; returns the function that stops it.
 */
export function watchQuizProgress(key: string, quiz: Quiz, listener: ProgressListener): () => void {
  const entry = shared.get(key) ?? { listeners: new Set() };
  shared.set(key, entry);
  entry.listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    const progress =
      event.key === key && event.newValue && event.storageArea === storage()
        ? parseQuizProgress(event.newValue, quiz)
        : undefined;
    if (!progress) return;
    entry.progress = progress;
    listener(progress);
  };
  addEventListener("storage", onStorage);
  return () => {
    removeEventListener("storage", onStorage);
    entry.listeners.delete(listener);
    // With no quiz watching, storage is the only record again (other tabs may change it).
    if (!entry.listeners.size && shared.get(key) === entry) shared.delete(key);
  };
}

/** Saves the progress of the quiz whose listener is `from`, and shows it in the other quizzes. */
export function saveQuizProgress(
  key: string,
  progress: QuizProgress,
  from?: ProgressListener,
): void {
  const entry = shared.get(key);
  if (entry) {
    entry.progress = progress;
    for (const listener of entry.listeners) if (listener !== from) listener(progress);
  }
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
