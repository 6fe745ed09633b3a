import { css } from "lit";

/** The quiz's own look, on top of the shared theme. */
export const quizStyles = css`
  :host {
    overflow-wrap: anywhere;
  }
  [role="heading"] {
    margin-block: var(--_space) .5rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 600;
  }
  .progress, .hint {
    color: var(--_muted);
    font-weight: 400;
  }
  .choice, .order li {
    display: flex;
    align-items: center;
    gap: .5rem;
    margin-block-end: .5rem;
    padding: .5rem;
    min-block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice {
    flex-wrap: wrap;
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  .order, .print {
    padding: 0;
    list-style-position: inside;
    counter-reset: item;
  }
  /* Flex items lose their list markers: number them again. */
  .order li::before {
    counter-increment: item;
    content: counter(item) ".";
  }
  .order li > span, .orders > div {
    flex: 1 1 12rem;
  }
  [aria-disabled="true"] {
    color: var(--_muted);
    cursor: default;
  }
  .actions, .orders {
    display: flex;
    flex-wrap: wrap;
    gap: .5rem;
    margin-block: var(--_space);
  }
  .warning {
    font-weight: 600;
  }
  .feedback {
    padding: var(--_space);
    border-inline-start: .375rem solid var(--_incorrect);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .feedback.right {
    border-color: var(--_correct);
  }
  .feedback p {
    margin-block: 0 .5rem;
  }
  .yes {
    color: var(--_correct);
  }
  .no {
    color: var(--_incorrect);
  }
  .mark {
    color: var(--_mark);
  }
  /* A checked question: the right choices and a wrong pick stand out, in words and a thick border. */
  .choice.right {
    --_mark: var(--_correct);
  }
  .choice.wrong {
    --_mark: var(--_incorrect);
  }
  .choice.right, .choice.wrong {
    border-color: var(--_mark);
    box-shadow: inset 0 0 0 1px var(--_mark);
  }
  /* On a narrow screen the mark goes under the choice's text rather than squeezing it. */
  .choice > span:first-of-type {
    flex: 1 1 15rem;
  }
  .mark {
    margin-inline-start: auto;
    font-weight: 600;
    white-space: nowrap;
  }
  [role="heading"].verdict {
    margin-block: 0 .5rem;
    font-size: 1.5em;
  }
  /* The review's disclosure button: body size, so that it does not outweigh "Try again". */
  [role="heading"] > button {
    font-size: .8em;
  }
  [part="score"] {
    font-size: 1.75em;
  }
  #review p {
    margin-block: 0 .25rem;
  }
  #review li > p:first-child {
    font-weight: 600;
  }
  #review > li {
    margin-block-end: var(--_space);
  }
  .band + p {
    margin-block-start: 0;
  }
  .band {
    margin-block: 0 .25rem;
    font-size: 1.25em;
    font-weight: 700;
  }
  .dots {
    display: flex;
    flex-wrap: wrap;
    gap: .375rem;
    margin-block: 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .dots a {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border: 2px solid;
    border-radius: 50%;
    font-weight: 700;
    text-decoration: none;
  }
  .dots .yes {
    border-color: var(--_correct);
    background: var(--_correct);
    color: var(--_background);
  }
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 5rem;
    font: inherit;
    color: inherit;
    background: var(--_background);
  }
  .print {
    display: none;
  }
  @media print {
    .screen {
      display: none;
    }
    .print {
      display: block;
    }
  }
`;
