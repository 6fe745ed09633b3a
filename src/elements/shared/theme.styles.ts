import { css } from "lit";

/**
 * The theme both elements share: public `--backstory-*` custom properties, private `--_*` ones
 * behind them, light and dark through `light-dark()`, the host page's font unless told otherwise.
 * Nothing moves (no transitions, animations or smooth scrolling), so readers who ask for reduced
 * motion have nothing to stop.
 */
export const themeStyles = css`
  :host {
    --_text: var(--backstory-color-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--backstory-color-muted, light-dark(#55565e, #b4b5be));
    --_background: var(--backstory-color-background, light-dark(#ffffff, #16171b));
    --_surface: var(--backstory-color-surface, light-dark(#f3f4f7, #24262c));
    --_border: var(--backstory-color-border, light-dark(#8c8e98, #7b7d87));
    --_accent: var(--backstory-color-accent, light-dark(#0b57d0, #8ab4ff));
    --_on-accent: var(--backstory-color-on-accent, light-dark(#ffffff, #0b1730));
    --_correct: var(--backstory-color-correct, light-dark(#146c2e, #7fdc97));
    --_incorrect: var(--backstory-color-incorrect, light-dark(#b3261e, #ffb4ab));
    --_space: var(--backstory-space, 0.75rem);
    --_radius: var(--backstory-radius, 0.375rem);
    display: flow-root;
    box-sizing: border-box;
    color-scheme: light dark;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--backstory-font-family, inherit);
    font-size: var(--backstory-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
  }
  :host([theme="light"]) {
    color-scheme: light;
  }
  :host([theme="dark"]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *, *::before, *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--backstory-color-focus, var(--_text));
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part="citation"] {
    margin: 0 0 0.5rem;
  }
  blockquote {
    margin: 0 0 0.25rem;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status-box {
    overflow-wrap: anywhere;
    border: 2px solid var(--_incorrect);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_background);
  }
  .status-box p {
    margin-block: 0 0.5rem;
  }
  .status-box ul {
    margin-block: 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .loading, .unavailable {
    color: var(--_muted);
  }
  @media print {
    button {
      display: none !important;
    }
  }
`;
