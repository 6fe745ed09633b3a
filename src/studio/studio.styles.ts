import { css } from "lit";

/**
 * What every part of the studio shares: colours in light and dark (the editor's system setting),
 * readable type, large targets, a visible focus ring, and form fields with their problems.
 */
export const studioStyles = css`
  :host {
    --_text: light-dark(#1b1b1f, #ececf1);
    --_muted: light-dark(#4f5059, #b4b5be);
    --_background: light-dark(#ffffff, #16171b);
    --_surface: light-dark(#f3f4f7, #22242a);
    --_border: light-dark(#7c7e88, #80828c);
    --_accent: light-dark(#0b57d0, #8ab4ff);
    --_on-accent: light-dark(#ffffff, #0b1730);
    --_problem: light-dark(#b3261e, #ffb4ab);
    --_problem-surface: light-dark(#fdecea, #3a1d1b);
    --_warning: light-dark(#8a4b00, #ffcc80);
    --_warning-surface: light-dark(#fff3e0, #33250f);
    --_ok: light-dark(#146c2e, #7fdc97);
    --_mark: light-dark(#fff1b8, #4a3f0a);
    --_focus: light-dark(#6d28d9, #d8b4fe);
    color-scheme: light dark;
    color: var(--_text);
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    line-height: 1.5;
  }
  *, *::before, *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  h2, h3, h4 {
    line-height: 1.25;
    margin-block: 0 0.5rem;
  }
  h2 {
    font-size: 1.125rem;
  }
  h3 {
    font-size: 1rem;
  }
  p {
    margin-block: 0 0.5rem;
  }
  button {
    font: inherit;
    min-block-size: 2.5rem;
    padding-block: 0.25rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  /* A checkbox or radio with its label, as a row that is easy to hit. */
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2rem;
    margin-inline-end: 0.75rem;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button[aria-disabled="true"], button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button.small {
    min-block-size: 2rem;
    padding-inline: 0.5rem;
    font-size: 0.875rem;
  }
  input, textarea, select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    padding: 0.375rem 0.5rem;
    min-block-size: 2.5rem;
    inline-size: 100%;
  }
  input[type="checkbox"], input[type="radio"] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
    accent-color: var(--_accent);
  }
  textarea {
    resize: vertical;
  }
  .field {
    margin-block-end: 0.875rem;
  }
  .field > label, .label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
    margin-block: 0.25rem 0;
  }
  .has-problem input, .has-problem textarea, .has-problem select {
    border-color: var(--_problem);
    border-width: 2px;
  }
  ul.problems {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0.375rem 0.5rem;
    border-inline-start: 4px solid var(--_problem);
    background: var(--_problem-surface);
    color: var(--_text);
    font-size: 0.875rem;
  }
  ul.problems.warnings {
    border-inline-start-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .warnings .problem-mark {
    background: var(--_warning);
  }
  .problem-mark {
    display: inline-grid;
    place-items: center;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    border-radius: 50%;
    background: var(--_problem);
    color: var(--_background);
    font-weight: 700;
    font-size: 0.75rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 0.375rem;
    margin: 0 0 0.875rem;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  code {
    font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace;
    font-size: 0.875em;
    background: var(--_surface);
    padding: 0 0.25rem;
    border-radius: 0.25rem;
  }
`;
