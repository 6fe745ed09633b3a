import { css } from "lit";

/**
 * The timeline's own styles (the build minifies them). The element computes every position on
 * the axis in pixels and hands it over as unitless custom properties (`--_start`, `--_dot`, …)
 * through the CSSOM, which a strict Content-Security-Policy allows. Below 36rem the element
 * sets the \`compact\` class: one card under an axis of dots.
 */
export const timelineStyles = css`
  :host {
    --_row: 5.75rem;
    --_era: 1.75rem;
    border-radius: var(--_radius);
  }
  :focus-visible {
    outline-color: var(--backstory-color-focus, var(--_text));
  }
  section {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }
  [role="heading"] {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  #heading {
    font-size: 1.375em;
  }
  .filters, .controls, .tags {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  #filters-label, .position, .date, .note, .tags, .era-name, .axis, .marker time, .count {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  [part="filter"] {
    border-radius: 2em;
  }
  [part][aria-pressed="true"] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  [aria-pressed="true"]::before {
    content: "✓ " / "";
  }
  [aria-disabled="true"] {
    opacity: 0.6;
  }
  .zoom {
    margin-inline-start: auto;
  }
  .track {
    overflow: auto hidden;
  }
  /* Its size is known without its content: a change inside is laid out inside alone, and a
     change elsewhere (the detail below) never lays out the axis again. */
  .plot {
    position: relative;
    inline-size: calc(var(--_width) * 1px);
    block-size: calc(var(--_eras) * var(--_era) + var(--_rows) * var(--_row) + 2.25rem);
    contain: strict;
  }
  .eras, .list, .axis {
    position: relative;
    block-size: calc(var(--_eras) * var(--_era));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list {
    block-size: calc(var(--_rows) * var(--_row));
  }
  .axis {
    block-size: 2.25rem;
  }
  .era, .piece, .break, .tick, .list > li, .list > li::before, .mark {
    position: absolute;
    inset-inline-start: calc(var(--_start) * 1px + 0.375rem);
    inline-size: calc(var(--_span) * 1px);
  }
  .era {
    inset-block-start: calc(var(--_at) * var(--_era));
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .era span {
    inline-size: max-content;
    max-inline-size: calc((var(--_width) - var(--_start) - var(--_shift)) * 1px - 0.5rem);
    line-height: 1.25;
    position: sticky;
    inset-inline-start: 0;
    display: block;
    margin-inline-start: calc(var(--_shift) * 1px);
    padding: 0.1875rem 0.375rem;
    background: inherit;
  }
  .piece, .break {
    border-block-start: 2px solid;
  }
  .break {
    border-block-start-style: dashed;
  }
  .tick {
    block-size: 100%;
    padding-inline-start: 0.25rem;
    border-inline-start: 1px solid;
    white-space: nowrap;
  }
  .list > li {
    inset-block-start: calc(var(--_at) * var(--_row));
    inset-inline-start: calc(var(--_start) * 1px);
    block-size: var(--_row);
  }
  /* The stem from an event's mark down to the axis, behind the labels below it. */
  .list > li::before {
    content: "";
    inset-inline-start: calc(var(--_dot) * 1px + 0.375rem);
    inset-block-start: 0.625rem;
    inline-size: 0;
    block-size: calc((var(--_rows) - var(--_at)) * var(--_row));
    border-inline-start: 1px solid var(--_border);
  }
  .mark {
    z-index: 2;
    inset-inline-start: calc(var(--_dot) * 1px);
    inset-block-start: 0.25rem;
    inline-size: calc(var(--_bar) * 1px + 0.75rem);
    block-size: 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: 0.375rem;
    background: var(--_background);
  }
  .bar .mark {
    background: color-mix(in srgb, var(--_accent) 30%, var(--_background));
  }
  .estimate .mark, .estimate .marker {
    border-style: dashed;
  }
  .selected .mark, .compact .selected .marker {
    background: var(--_accent);
  }
  .cluster .mark, .compact .cluster .marker {
    border-color: var(--_muted);
    background: var(--_muted);
  }
  .marker {
    position: absolute;
    z-index: 1;
    inset: 1.125rem 0 0.25rem;
    display: flex;
    flex-direction: column;
    align-items: start;
    padding: 0.25rem 0.5rem;
    border-color: transparent;
    line-height: 1.3;
    text-align: start;
    overflow: hidden;
  }
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  /* The selected event's card is raised over its neighbours and shows its whole title; an
     event taken out of a cluster is laid over it, on a card of its own. */
  .selected, .raised {
    z-index: 3;
  }
  .selected .marker, .raised .marker {
    inset-block-end: auto;
    min-block-size: calc(100% - 1.375rem);
    background: var(--_background);
  }
  .selected .title {
    display: block;
  }
  .marker[aria-current="true"] {
    border: 2px solid var(--_accent);
    box-shadow: 0 2px 8px #0004;
  }
  .overview {
    position: relative;
    block-size: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .overview > * {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_left) * 1%);
    inline-size: calc(var(--_size) * 1%);
    min-inline-size: 3px;
    border: 1px solid var(--_accent);
    border-radius: inherit;
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
  }
  .chosen {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  /* The panel keeps the height of the tallest event, so the article below never moves; the
     card hugs the event shown, and the room left under it is the page's. */
  .detail {
    display: grid;
  }
  .detail > article {
    /* Each event's card is laid out and painted on its own: a new selection touches two. */
    contain: content;
    grid-area: 2 / 1;
    align-self: start;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .off {
    visibility: hidden;
  }
  article > * {
    margin: 0 0 0.5rem;
  }
  .tags {
    padding: 0;
    list-style: none;
  }
  img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .eras:empty {
    display: none;
  }
  .compact {
    --_row: 2.25rem;
    --_era: 2.75rem;
  }
  .compact :is(.eras, .list, .axis) {
    margin-inline-start: 0.5rem;
  }
  /* A dot for a button: its text is still its name. */
  .compact .marker {
    inset: 0.125rem auto auto calc(var(--_dot) * 1px - 0.5rem);
    inline-size: 1.75rem;
    block-size: 1.75rem;
    min-inline-size: 0;
    min-block-size: 0;
    padding: 0;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    font-size: 0;
  }
  .compact .mark {
    z-index: 0;
  }
  .compact .marker::after {
    content: attr(data-count);
    margin: auto;
    font-size: 0.75rem;
  }
  @media (forced-colors: active) {
    .marker[aria-current="true"], [aria-pressed="true"] {
      border: 3px solid Highlight;
    }
    .selected .mark, .chosen {
      background: Highlight;
    }
  }
  @media print {
    .track, .filters, .overview, .controls, .hidden-note {
      display: none;
    }
    .detail {
      display: block;
    }
    .off {
      visibility: visible;
    }
  }
`;
