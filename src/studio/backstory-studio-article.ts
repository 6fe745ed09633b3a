import { css, html, LitElement, nothing } from "lit";
import { property, query, state } from "lit/decorators.js";
import { studioStyles } from "./studio.styles.js";

/** A passage of the article that a story item cites. */
export interface CitedPassage {
  /** Paragraph number, from 1. */
  paragraph: number;
  start: number;
  end: number;
  /** The citation's place in the story (JSON pointer). */
  pointer: string;
  /** What cites it, as the editor knows it: "Event: Starlink goes to Ukraine". */
  label: string;
}

export type CiteKind = "event" | "question";

/** Fired when the editor asks for a new item from the selected passage. */
export class StudioCiteEvent extends Event {
  constructor(
    readonly kind: CiteKind,
    readonly quote: string,
  ) {
    super("studio-cite", { bubbles: true, composed: true });
  }
}

/** Fired when the editor follows a cited passage to the item that cites it. */
export class StudioGotoEvent extends Event {
  constructor(readonly pointer: string) {
    super("studio-goto", { bubbles: true, composed: true });
  }
}

interface Selected {
  text: string;
  paragraph: number;
}

/**
 * The article, paragraph by paragraph and numbered as `backstory build` numbers them. Selecting
 * words offers a new event or question citing them verbatim; cited passages are marked and lead
 * to the item that cites them.
 *
 * @summary The studio's article pane.
 * @fires studio-cite - New event or question from the selected passage.
 * @fires studio-goto - A cited passage was followed to its item.
 */
export class BackstoryStudioArticle extends LitElement {
  static override styles = [
    studioStyles,
    css`
      :host {
        display: block;
      }
      .actions {
        position: sticky;
        inset-block-start: 0;
        z-index: 1;
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: 0.5rem;
        padding: 0.625rem 0.75rem;
        margin-block-end: 1rem;
      }
      .actions p {
        margin: 0 0 0.5rem;
      }
      .selected {
        font-style: italic;
        display: -webkit-box;
        -webkit-line-clamp: 3;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      ol {
        margin: 0;
        padding-inline-start: 2.75rem;
        font-family: Georgia, "Times New Roman", serif;
        font-size: 1.0625rem;
        line-height: 1.6;
      }
      li {
        margin-block-end: 0.875rem;
        padding-inline-start: 0.25rem;
      }
      li::marker {
        color: var(--_muted);
        font-family: system-ui, sans-serif;
        font-size: 0.8125rem;
        font-variant-numeric: tabular-nums;
      }
      mark {
        background: var(--_mark);
        color: inherit;
      }
      mark a {
        color: inherit;
        text-decoration: underline;
        text-decoration-color: var(--_accent);
        text-decoration-thickness: 2px;
        text-underline-offset: 3px;
      }
      mark a:hover {
        text-decoration-thickness: 3px;
      }
      .note {
        color: var(--_problem);
        font-weight: 600;
      }
    `,
  ];

  /** The article's paragraphs, in order. */
  @property({ attribute: false }) paragraphs: readonly string[] = [];

  @property({ attribute: false }) cited: readonly CitedPassage[] = [];

  /** @internal */
  @state() private selected: Selected | undefined;

  /** @internal */
  @state() private acrossParagraphs = false;

  /** @internal */
  @query("ol") private list!: HTMLOListElement;

  private readonly onSelectionChange = () => this.readSelection();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("selectionchange", this.onSelectionChange);
  }

  override disconnectedCallback(): void {
    document.removeEventListener("selectionchange", this.onSelectionChange);
    super.disconnectedCallback();
  }

  private currentRange(): Range | undefined {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return undefined;
    const root = this.shadowRoot as ShadowRoot;
    // The composed range reaches into this shadow root; the plain one stops at its host.
    if ("getComposedRanges" in selection) {
      const [composed] = (
        selection as Selection & {
          getComposedRanges(options: { shadowRoots: ShadowRoot[] }): StaticRange[];
        }
      ).getComposedRanges({ shadowRoots: [root] });
      if (!composed) return undefined;
      const range = document.createRange();
      range.setStart(composed.startContainer, composed.startOffset);
      range.setEnd(composed.endContainer, composed.endOffset);
      return range;
    }
    return (selection as Selection).getRangeAt(0);
  }

  private paragraphOf(node: Node): HTMLLIElement | undefined {
    const element = node instanceof Element ? node : node.parentElement;
    const item = element?.closest("li");
    return item && this.list?.contains(item) ? item : undefined;
  }

  private readSelection(): void {
    const range = this.currentRange();
    if (!range || !this.list) return;
    const start = this.paragraphOf(range.startContainer);
    const end = this.paragraphOf(range.endContainer);
    if (range.collapsed) {
      // A click in the article clears the selection; focus moving to a button keeps it.
      if (start) {
        this.selected = undefined;
        this.acrossParagraphs = false;
      }
      return;
    }
    if (!start && !end) return;
    if (start !== end || !start) {
      this.selected = undefined;
      this.acrossParagraphs = true;
      return;
    }
    const text = range.toString().replace(/\s+/g, " ").trim();
    this.acrossParagraphs = false;
    this.selected = text ? { text, paragraph: Number(start.value) } : undefined;
  }

  private cite(kind: CiteKind): void {
    if (!this.selected) return;
    const { text } = this.selected;
    this.selected = undefined;
    document.getSelection()?.removeAllRanges();
    this.dispatchEvent(new StudioCiteEvent(kind, text));
  }

  private renderParagraph(text: string, number: number) {
    const marks = this.cited
      .filter((passage) => passage.paragraph === number)
      .sort((a, b) => a.start - b.start);
    const parts: unknown[] = [];
    let at = 0;
    for (const mark of marks) {
      if (mark.start < at) continue; // overlapping citations: the first one is marked
      parts.push(text.slice(at, mark.start));
      parts.push(
        html`<mark
          ><a
            href=${`#${mark.pointer}`}
            title=${`Cited by ${mark.label}`}
            aria-description=${`Cited by ${mark.label}`}
            @click=${(event: Event) => {
              event.preventDefault();
              this.dispatchEvent(new StudioGotoEvent(mark.pointer));
            }}
            >${text.slice(mark.start, mark.end)}</a
          ></mark
        >`,
      );
      at = mark.end;
    }
    parts.push(text.slice(at));
    return html`<li value=${number}>${parts}</li>`;
  }

  override render() {
    const selected = this.selected;
    return html`
      <div class="actions" role="group" aria-labelledby="actions-label">
        <p id="actions-label" aria-live="polite">
          ${
            selected
              ? html`Selected in paragraph ${selected.paragraph}:
                  <span class="selected">“${selected.text}”</span>`
              : this.acrossParagraphs
                ? html`<span class="note"
                    >A citation comes from one paragraph: select words within one paragraph.</span
                  >`
                : "Select words in the article to cite them in a new event or question."
          }
        </p>
        ${
          selected
            ? html`<div class="row">
                <button class="primary" @click=${() => this.cite("event")}>
                  New event from this passage
                </button>
                <button @click=${() => this.cite("question")}>New question from this passage</button>
              </div>`
            : nothing
        }
      </div>
      <ol>
        ${this.paragraphs.map((text, index) => this.renderParagraph(text, index + 1))}
      </ol>
      <p class="hint">
        Highlighted words are cited: follow one to its event or question. With the keyboard, turn
        on caret browsing (F7), move into the text and select with Shift and the arrow keys.
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "backstory-studio-article": BackstoryStudioArticle;
  }
}
