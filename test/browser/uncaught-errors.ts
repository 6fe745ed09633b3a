/**
 * Errors that reach the page's own handlers (`error`, `unhandledrejection`) during each test of
 * the file that calls this: nothing a story does may escape the element into the host page. The
 * list is emptied before each test; the file asserts on it in its own `afterEach`.
 */
import { afterEach, beforeEach } from "vitest";

export function collectUncaughtErrors(): unknown[] {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push("reason" in event ? event.reason : event.error);
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener("error", onError);
    window.addEventListener("unhandledrejection", onError);
  });
  afterEach(() => {
    window.removeEventListener("error", onError);
    window.removeEventListener("unhandledrejection", onError);
  });
  return uncaught;
}
