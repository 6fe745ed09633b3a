import { css } from "lit";

/**
 * The timeline's own styles (the build minifies them). Events sit in fixed-size
 * slots on an ordinal track (`--_from` times `--_slot`), which is what lets the element render only
 * the slots near view. The host's own width (a container query) picks the vertical list.
 */
export const timelineStyles = css`
  :host {
    container-type: inline-size;
  }
  section {
    display: grid;
    gap: var(--_space);
    overflow-wrap: anywhere;
  }
  [role="heading"] {
    font-size: 1.125em;
    font-weight: 700;
  }
  [part="filters"], .controls, .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part="filter"][aria-pressed="true"], [part="marker"][aria-current="true"] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    text-decoration: underline;
  }
  [aria-disabled="true"] {
    opacity: 0.6;
  }
  .track {
    --_slot: var(--backstory-marker-size, 11rem);
    display: grid;
    overflow: auto;
    border-block: 1px solid var(--_border);
  }
  .eras, [part="list"] {
    position: relative;
    inline-size: calc(var(--_count) * var(--_slot));
    block-size: 2rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part="list"] {
    block-size: 8rem;
  }
  [part="era"], li[aria-posinset] {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_from) * var(--_slot));
    inline-size: calc(var(--_span, 1) * var(--_slot));
    padding: 0.375rem;
  }
  [part="era"] {
    padding-block: 0;
    margin-block: 0.25rem;
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface);
    font-size: 0.875em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part="marker"] {
    display: flex;
    flex-direction: column;
    inline-size: 100%;
    block-size: 100%;
    padding: 0.25rem 0.5rem;
    border-block-start-width: 4px;
    text-align: start;
    overflow: hidden;
  }
  [part="marker"] > * {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .detail {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  article > * {
    margin: 0 0 0.5rem;
  }
  .note, .date, .tags {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tags {
    padding: 0;
    list-style: none;
  }
  img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .print, .eras:empty {
    display: none;
  }
  @container (max-width: 36rem) {
    .track {
      --_vertical: 1;
      --_slot: var(--backstory-row-size, 5.5rem);
      grid-template-columns: 2rem 1fr;
      max-block-size: var(--backstory-list-height, 12rem);
    }
    [part="filters"] {
      flex-wrap: nowrap;
      overflow-x: auto;
    }
    [part="filter"] {
      flex: none;
    }
    .eras, [part="list"] {
      inline-size: auto;
      block-size: calc(var(--_count) * var(--_slot));
    }
    [part="list"] {
      grid-column: 2;
    }
    [part="era"], li[aria-posinset] {
      inset-inline: 0;
      inset-block: calc(var(--_from) * var(--_slot)) auto;
      inline-size: auto;
      block-size: calc(var(--_span, 1) * var(--_slot));
    }
    [part="era"] {
      margin: 0 0.25rem;
      padding-block: 0.5rem;
      border-inline-start: 0;
      border-block-start: 3px solid var(--_accent);
    }
    [part="era"] span {
      writing-mode: vertical-rl;
    }
    [part="marker"] > :first-child {
      -webkit-line-clamp: 1;
    }
  }
  @media print {
    .track, [part="filters"], .detail {
      display: none;
    }
    .print {
      display: block;
    }
  }
`;
