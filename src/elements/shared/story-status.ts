/**
 * What an element shows while its story loads or when it cannot: a quiet loading line; for
 * readers, one calm line above the story's own fallback content (the light DOM, which the
 * element shows again); with the `editor` attribute, a compact error box for the editor who
 * embedded it (what is wrong, where, the first few errors, how many more). Both offer Retry when
 * trying again may help.
 */
import { html, nothing, type TemplateResult } from "lit";
import { fillTemplate } from "../../data/fill-template.js";
import { formatStoryError } from "../../data/story-error.js";
import { StoryLoadError } from "./fetch-story.js";

export interface StatusStrings {
  loading: string;
  /** What a reader sees when the story cannot be shown, above the story's fallback content. */
  unavailable: string;
  /** Heading of the error box. */
  problem: string;
  /** After the first errors; `{count}` is how many are not shown. */
  moreErrors: string;
  retry: string;
}

export const ENGLISH_STATUS_STRINGS: StatusStrings = {
  loading: "Loading…",
  unavailable: "The interactive version of this story is not available right now.",
  problem: "This story cannot be shown",
  moreErrors: "…and {count} more, all listed in the browser console.",
  retry: "Retry",
};

/** How many validation errors the box lists before "and N more". */
const SHOWN_ERRORS = 5;

export function renderLoading(strings: StatusStrings): TemplateResult {
  return html`<p class="loading" part="loading">${strings.loading}</p>`;
}

export function renderLoadError(
  error: unknown,
  strings: StatusStrings,
  retry: () => void,
  editor?: boolean,
  locale?: string,
): TemplateResult {
  const loadError =
    error instanceof StoryLoadError
      ? error
      : new StoryLoadError("network", `Unexpected problem: ${String(error)}`);
  const retryButton = loadError.retryable
    ? html`<button type="button" @click=${retry}>${strings.retry}</button>`
    : nothing;
  if (!editor) {
    return html`<p class="unavailable" part="error">${strings.unavailable} ${retryButton}</p><slot></slot>`;
  }
  const shown = loadError.errors.slice(0, SHOWN_ERRORS);
  const more = loadError.errors.length - shown.length;
  return html`<div class="status-box" part="error" role="alert">
    <p><strong>${strings.problem}</strong></p>
    <p>${loadError.message}</p>
    ${
      shown.length
        ? html`<ul>
          ${shown.map((item) => html`<li><code>${formatStoryError(item)}</code></li>`)}
        </ul>`
        : nothing
    }
    ${more > 0 ? html`<p>${fillTemplate(strings.moreErrors, { count: more }, locale)}</p>` : nothing}
    ${retryButton}
  </div>`;
}
