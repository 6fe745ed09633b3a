/**
 * Form fields for the studio: a label, the control, a hint, and the problems the command line
 * reports for that place in the story, right under it, in its words. Template functions, so that
 * each field lives in the shadow root of the form that renders it and its label works.
 */
import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { PathKey, StoryError } from "../data/validate-story.js";
import { toPointer } from "../data/validate-story.js";

/** The element id of the field for a place in the story. */
export function fieldId(keys: readonly PathKey[]): string {
  return `f${toPointer(keys).replace(/[^A-Za-z0-9]/g, "-")}`;
}

export function problemsAt(
  problems: readonly StoryError[],
  keys: readonly PathKey[],
): StoryError[] {
  const pointer = toPointer(keys);
  return problems.filter((problem) => problem.pointer === pointer);
}

/** Problems inside `keys` (the place itself included), e.g. to count them on an item's summary. */
export function problemsWithin(
  problems: readonly StoryError[],
  keys: readonly PathKey[],
): StoryError[] {
  const pointer = toPointer(keys);
  return problems.filter(
    (problem) => problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`),
  );
}

export function problemList(
  id: string,
  problems: readonly StoryError[],
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="problems" id=${id}>
    ${problems.map((problem) => html`<li><span class="problem-mark" aria-hidden="true">!</span> ${problem.message}</li>`)}
  </ul>`;
}

/** What `backstory check` warns about at a place: worth a second look; the story builds. */
export function warningList(
  id: string,
  warnings: readonly StoryError[],
): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  return html`<ul class="problems warnings" id=${id}>
    ${warnings.map((warning) => html`<li><span class="problem-mark" aria-hidden="true">?</span> <strong>Warning:</strong> ${warning.message}</li>`)}
  </ul>`;
}

export interface TextFieldOptions {
  label: string;
  keys: PathKey[];
  value: unknown;
  problems: readonly StoryError[];
  /** What `backstory check` warns about, shown apart from the problems. */
  warnings?: readonly StoryError[];
  /** Called with the new value: the text, or `undefined` for an emptied optional field. */
  onInput: (value: string | undefined) => void;
  hint?: string | TemplateResult;
  optional?: boolean;
  multiline?: boolean;
  type?: "text" | "url" | "number";
  /** What a field shows instead of the story's value (the words typed in a date field). */
  shown?: string;
  onKeydown?: (event: KeyboardEvent) => void;
  autocomplete?: string;
}

/**
 * What every field has: its id, its problems, what describes its control (hint, problems,
 * warnings) and the notes under it that say so.
 */
function fieldParts(options: {
  keys: PathKey[];
  problems: readonly StoryError[];
  warnings?: readonly StoryError[];
  hint?: string | TemplateResult;
}) {
  const id = fieldId(options.keys);
  const problems = problemsAt(options.problems, options.keys);
  const warnings = problemsAt(options.warnings ?? [], options.keys);
  const described = [
    options.hint ? `${id}-hint` : "",
    problems.length ? `${id}-problems` : "",
    warnings.length ? `${id}-warnings` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const notes = html`${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
    ${problemList(`${id}-problems`, problems)} ${warningList(`${id}-warnings`, warnings)}`;
  return { id, problems, described, notes };
}

export function textField(options: TextFieldOptions): TemplateResult {
  const { id, problems, described, notes } = fieldParts(options);
  const value = options.shown ?? (options.value === undefined ? "" : String(options.value));
  const input = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    options.onInput(options.optional && text.trim() === "" ? undefined : text);
  };
  const control = options.multiline
    ? html`<textarea
        id=${id}
        rows="3"
        .value=${live(value)}
        aria-describedby=${described || nothing}
        aria-invalid=${problems.length ? "true" : "false"}
        @input=${input}
        @keydown=${options.onKeydown}
      ></textarea>`
    : html`<input
        id=${id}
        type=${options.type ?? "text"}
        .value=${live(value)}
        autocomplete=${options.autocomplete ?? "off"}
        aria-describedby=${described || nothing}
        aria-invalid=${problems.length ? "true" : "false"}
        @input=${input}
        @keydown=${options.onKeydown}
      />`;
  return html`<div class="field ${problems.length ? "has-problem" : ""}">
    <label for=${id}
      >${options.label}${options.optional ? html` <span class="optional">(optional)</span>` : nothing}</label
    >
    ${control}
    ${notes}
  </div>`;
}

export interface SelectFieldOptions {
  label: string;
  keys: PathKey[];
  value: string | undefined;
  choices: readonly (readonly [value: string, label: string])[];
  problems: readonly StoryError[];
  warnings?: readonly StoryError[];
  onChange: (value: string) => void;
  hint?: string;
}

export function selectField(options: SelectFieldOptions): TemplateResult {
  const { id, problems, described, notes } = fieldParts(options);
  return html`<div class="field ${problems.length ? "has-problem" : ""}">
    <label for=${id}>${options.label}</label>
    <select
      id=${id}
      aria-describedby=${described || nothing}
      aria-invalid=${problems.length ? "true" : "false"}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      ${options.choices.map(
        ([value, label]) =>
          html`<option value=${value} ?selected=${value === (options.value ?? "")}>${label}</option>`,
      )}
    </select>
    ${notes}
  </div>`;
}
