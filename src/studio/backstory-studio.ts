import { css, html, LitElement, nothing } from "lit";
import { query, state } from "lit/decorators.js";
import { findCitation, splitParagraphs } from "../data/citations.js";
import type { StoryError } from "../data/validate-story.js";
import type { CitedPassage, StudioCiteEvent, StudioGotoEvent } from "./backstory-studio-article.js";
import type { BackstoryStudioEditor, StudioChangeEvent } from "./backstory-studio-editor.js";
import { EditHistory } from "./edit-history.js";
import {
  bandsCover,
  type DraftStory,
  emptyStory,
  newEvent,
  newQuestion,
  previewStory,
  proposeResultBands,
  setAt,
  slugify,
  storyFromText,
  storyProblems,
  storyToText,
  storyWarnings,
} from "./story-edits.js";
import { studioStyles } from "./studio.styles.js";
import { loadProject, loadStoryFile, type ProjectState, saveStoryFile } from "./studio-api.js";
import { forgetUnsavedEdits, keepUnsavedEdits, readUnsavedEdits } from "./unsaved-edits.js";

/** How often the story file is looked at for changes made by another program (ms). */
const DISK_CHECK_INTERVAL = 2000;

type View = "article" | "story" | "preview";

interface DiskVersion {
  text: string | null;
  revision: string;
}

/**
 * Backstory Studio: the article, the story's forms and the live preview side by side, for editors
 * who build a story file without writing JSON. The story file on disk is the only store; unsaved
 * edits are kept in the browser until they are saved.
 *
 * @summary The studio's page.
 */
export class BackstoryStudio extends LitElement {
  static override styles = [
    studioStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        block-size: 100vh;
        background: var(--_background);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding: 0.5rem 1rem;
        border-block-end: 1px solid var(--_border);
        background: var(--_surface);
      }
      h1 {
        font-size: 1.125rem;
        margin: 0;
      }
      .file {
        color: var(--_muted);
        font-size: 0.875rem;
        overflow-wrap: anywhere;
        flex: 1 1 16rem;
      }
      .state {
        font-size: 0.875rem;
        font-weight: 600;
      }
      .state.unsaved {
        color: var(--_problem);
      }
      .tools {
        display: flex;
        gap: 0.5rem;
      }
      .banner {
        margin: 0.75rem 1rem 0;
        padding: 0.75rem 1rem;
        border: 2px solid var(--_problem);
        border-radius: 0.5rem;
        background: var(--_problem-surface);
      }
      .banner.info {
        border-color: var(--_accent);
        background: var(--_surface);
      }
      .banner h2 {
        font-size: 1rem;
      }
      .views {
        display: none;
        gap: 0.25rem;
        padding: 0.5rem 1rem 0;
      }
      main {
        flex: 1;
        min-block-size: 0;
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1.35fr) minmax(0, 1fr);
      }
      main > section {
        padding: 1rem;
        min-block-size: 0;
        overflow: auto;
        border-inline-end: 1px solid var(--_border);
      }
      main > section:last-child {
        border-inline-end: none;
      }
      @media (max-width: 74.99rem) {
        :host {
          block-size: auto;
          min-block-size: 100vh;
        }
        .views {
          display: flex;
        }
        main {
          grid-template-columns: minmax(0, 1fr);
        }
        main > section {
          block-size: auto;
          overflow: visible;
          border: none;
        }
        main > section:not(.active) {
          display: none;
        }
      }
      .views button[aria-pressed="true"] {
        background: var(--_accent);
        color: var(--_on-accent);
        border-color: var(--_accent);
        font-weight: 600;
      }
      .failure {
        max-inline-size: 40rem;
        margin: 3rem auto;
        padding: 1rem;
      }
    `,
  ];

  /** @internal */
  @state() private project: ProjectState | undefined;
  /** @internal */
  @state() private story: DraftStory = emptyStory();
  /** @internal */
  @state() private problems: StoryError[] = [];

  /** @internal What `backstory check` warns about: the story builds all the same. */
  @state() private warnings: StoryError[] = [];
  /** @internal The text of the file the story was loaded from or last saved to. */
  @state() private savedText: string | null = null;
  /** @internal The revision of that file. */
  @state() private base = "missing";
  /** @internal */
  @state() private conflict: DiskVersion | undefined;
  /** @internal */
  @state() private notice = "";
  /** @internal */
  @state() private failure = "";
  /** @internal */
  @state() private saveError = "";
  /** @internal */
  @state() private saving = false;
  /** @internal */
  @state() private view: View = "article";
  /** @internal */
  @state() private announcement = "";
  /** @internal */
  @state() private storageFull = false;

  /** @internal */
  @query("backstory-studio-editor") private editor!: BackstoryStudioEditor;

  private readonly history = new EditHistory<DraftStory>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private paragraphs: string[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // The studio is the whole page: its shortcuts work wherever the focus is.
    window.addEventListener("keydown", this.onKeydown);
    window.addEventListener("focus", this.checkDisk);
    this.start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener("keydown", this.onKeydown);
    window.removeEventListener("focus", this.checkDisk);
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  /** Whether the story differs from the file, however the file's JSON is laid out. */
  private get dirty(): boolean {
    let saved = storyToText(this.initialStory());
    try {
      if (this.savedText !== null) saved = storyToText(storyFromText(this.savedText, ""));
    } catch {
      saved = this.savedText ?? "";
    }
    return storyToText(this.story) !== saved;
  }

  private initialStory(): DraftStory {
    const folder = this.project?.storyPath.split(/[\\/]/).slice(-2, -1)[0] ?? "";
    return emptyStory(slugify(folder) || "new-story");
  }

  private async start(): Promise<void> {
    try {
      this.project = await loadProject();
    } catch (error) {
      this.failure = `The studio's server does not answer (${(error as Error).message}). Start it again with “npx backstory studio”, then reload this page.`;
      return;
    }
    const project = this.project;
    this.paragraphs = splitParagraphs(project.articleText);
    let story: DraftStory;
    try {
      story = storyFromText(project.storyText, this.initialStory().id);
    } catch (error) {
      this.failure = `${project.storyPath} cannot be opened: the JSON is broken (${(error as Error).message}). Run “npx backstory check ${project.storyPath}” to see where, fix it, then reload this page.`;
      return;
    }
    this.savedText = project.storyText;
    this.base = project.revision;
    this.story = story;
    const kept = readUnsavedEdits(project.storyPath);
    if (kept && kept.text !== storyToText(story)) {
      const when = new Date(kept.at).toLocaleString();
      try {
        const edits = storyFromText(kept.text, story.id);
        if (kept.base === project.revision) {
          this.history.record(this.story);
          this.story = edits;
          this.notice = `Your unsaved edits from ${when} are back. Save them, or undo them with Control+Z.`;
        } else {
          this.conflict = { text: project.storyText, revision: project.revision };
          this.story = edits;
          this.base = kept.base;
          this.notice = `Your unsaved edits from ${when} are back, but the story file changed on disk since.`;
        }
      } catch {
        forgetUnsavedEdits(project.storyPath);
      }
    }
    this.validate();
    this.timer = setInterval(this.checkDisk, DISK_CHECK_INTERVAL);
  }

  private validate(): void {
    this.problems = storyProblems(this.story, this.paragraphs);
    this.warnings = storyWarnings(this.story, this.paragraphs);
  }

  /** Looks for changes another program made to the story file. */
  private readonly checkDisk = async () => {
    if (!this.project || this.saving) return;
    let disk: { storyText: string | null; revision: string };
    try {
      disk = await loadStoryFile();
    } catch {
      return; // The server stopped; saving will say so.
    }
    if (disk.revision === this.base || disk.revision === this.conflict?.revision || this.saving)
      return;
    if (!this.dirty) {
      try {
        this.adopt({ text: disk.storyText, revision: disk.revision });
        this.notice =
          "The story file was changed by another program: the studio now shows that version.";
      } catch {
        this.conflict = { text: disk.storyText, revision: disk.revision };
      }
      return;
    }
    this.conflict = { text: disk.storyText, revision: disk.revision };
  };

  /** Takes the version on disk, as an undoable step. */
  private adopt(disk: DiskVersion): void {
    const story = storyFromText(disk.text, this.story.id);
    this.history.record(this.story);
    this.story = story;
    this.savedText = disk.text;
    this.base = disk.revision;
    this.conflict = undefined;
    if (this.project) forgetUnsavedEdits(this.project.storyPath);
    this.editor?.resetTyped();
    this.validate();
  }

  private keep(): void {
    if (!this.project) return;
    if (!this.dirty) {
      forgetUnsavedEdits(this.project.storyPath);
      return;
    }
    this.storageFull = !keepUnsavedEdits(this.project.storyPath, {
      base: this.base,
      text: storyToText(this.story),
      at: Date.now(),
    });
  }

  private setStory(next: DraftStory, field?: string, announcement?: string): void {
    if (next === this.story) return;
    this.history.record(this.story, field);
    // Result bands follow the number of questions while they cover every score.
    const before = this.story.quiz?.questions.length ?? 0;
    const after = next.quiz?.questions.length ?? 0;
    const results = next.quiz?.results ?? [];
    if (next.quiz && after !== before && (before === 0 || bandsCover(results, before))) {
      next = setAt(next, ["quiz", "results"], proposeResultBands(after, before ? results : []));
      announcement =
        `${announcement ?? ""} The result bands now cover scores 0 to ${after}.`.trim();
    }
    this.story = next;
    this.notice = "";
    this.validate();
    this.keep();
    if (announcement) this.announce(announcement);
  }

  private announce(text: string): void {
    // A new text each time, so that the same words are said again.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private undo(): void {
    const previous = this.history.undo(this.story);
    if (!previous) {
      this.announce("Nothing to undo.");
      return;
    }
    this.story = previous;
    this.editor?.resetTyped();
    this.validate();
    this.keep();
    this.announce("Undone.");
  }

  private redo(): void {
    const next = this.history.redo(this.story);
    if (!next) {
      this.announce("Nothing to redo.");
      return;
    }
    this.story = next;
    this.editor?.resetTyped();
    this.validate();
    this.keep();
    this.announce("Redone.");
  }

  private async save(): Promise<void> {
    if (!this.project || this.saving) return;
    if (this.conflict) {
      this.announce("The story file changed on disk: choose which version to keep first.");
      return;
    }
    this.saving = true;
    const text = storyToText(this.story);
    const result = await saveStoryFile(this.base, text);
    this.saving = false;
    if (result.kind === "saved") {
      this.base = result.revision;
      this.savedText = text;
      this.saveError = "";
      forgetUnsavedEdits(this.project.storyPath);
      const count = this.problems.length;
      this.announce(
        `Saved at ${new Date().toLocaleTimeString()}.${count ? ` ${count} ${count === 1 ? "problem is" : "problems are"} left before it can be published.` : ""}`,
      );
    } else if (result.kind === "changed-on-disk") {
      this.conflict = { text: result.storyText, revision: result.revision };
    } else {
      this.saveError = result.message;
      this.announce(result.message);
    }
  }

  /** Where the focus goes when the banner it was in goes away. */
  private focusSave(): void {
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>("#save")?.focus());
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === "s") {
      event.preventDefault();
      this.save();
    } else if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === "z" && event.shiftKey) || key === "y") {
      event.preventDefault();
      this.redo();
    }
  };

  private async cite(event: StudioCiteEvent): Promise<void> {
    const quote = findCitation(event.quote, this.paragraphs)?.articleText ?? event.quote;
    if (event.kind === "event") {
      const events = [...(this.story.timeline.events ?? []), newEvent(this.story, quote)];
      this.setStory(
        setAt(this.story, ["timeline", "events"], events),
        undefined,
        "New event from the passage. Type its date.",
      );
      this.view = "story";
      await this.updateComplete;
      await this.editor.show(`/timeline/events/${events.length - 1}/date`);
      return;
    }
    const question = newQuestion(this.story, quote, "single");
    const quiz = this.story.quiz ?? { title: "", questions: [], results: [] };
    const questions = [...quiz.questions, question];
    this.setStory(
      setAt(this.story, ["quiz"], { ...quiz, questions }),
      undefined,
      "New question from the passage. Type the question.",
    );
    this.view = "story";
    await this.updateComplete;
    await this.editor.show(`/quiz/questions/${questions.length - 1}/prompt`);
  }

  private async goto(event: StudioGotoEvent): Promise<void> {
    this.view = "story";
    await this.updateComplete;
    await this.editor.show(event.pointer);
  }

  private cited(): CitedPassage[] {
    const passages: CitedPassage[] = [];
    const add = (pointer: string, quote: unknown, label: string) => {
      if (typeof quote !== "string") return;
      const match = findCitation(quote, this.paragraphs);
      if (!match) return;
      const paragraph = this.paragraphs[match.paragraph - 1] ?? "";
      const start = paragraph.indexOf(match.articleText);
      passages.push({
        paragraph: match.paragraph,
        start,
        end: start + match.articleText.length,
        pointer,
        label,
      });
    };
    (this.story.timeline?.events ?? []).forEach((event, index) => {
      const label = `event “${event.title || "untitled"}”`;
      add(`/timeline/events/${index}/citation/quote`, event.citation?.quote, label);
    });
    (this.story.quiz?.questions ?? []).forEach((question, index) => {
      const label = `question “${question.prompt || "unwritten"}”`;
      add(`/quiz/questions/${index}/citation/quote`, question.citation?.quote, label);
    });
    return passages;
  }

  private renderBanners() {
    const conflict = this.conflict;
    const cannotWrite = this.project?.cannotWrite;
    let diskStory: DraftStory | undefined;
    if (conflict) {
      try {
        diskStory = storyFromText(conflict.text, this.story.id);
      } catch {
        diskStory = undefined;
      }
    }
    return html`
      ${
        conflict
          ? html`<section class="banner" role="alert" aria-labelledby="conflict-title">
              <h2 id="conflict-title">The story file was changed by another program</h2>
              <p>
                ${this.project?.storyPath} is not the version your edits started from. Choose which to
                keep; the other is lost${diskStory ? " (undo brings back the version you leave)" : ""}.
              </p>
              ${diskStory ? nothing : html`<p>The file on disk is not valid JSON, so the studio cannot show it.</p>`}
              <div class="row">
                <button
                  class="primary"
                  @click=${async () => {
                    this.base = conflict.revision;
                    this.conflict = undefined;
                    this.focusSave();
                    await this.save();
                  }}
                >
                  Keep my version and save it
                </button>
                ${
                  diskStory
                    ? html`<button
                        @click=${() => {
                          this.adopt(conflict);
                          this.announce("The studio now shows the version on disk.");
                          this.focusSave();
                        }}
                      >
                        Use the file on disk
                      </button>`
                    : nothing
                }
              </div>
            </section>`
          : nothing
      }
      ${
        cannotWrite || this.saveError
          ? html`<section class="banner" role="alert"><p>${this.saveError || cannotWrite}</p></section>`
          : nothing
      }
      ${
        this.storageFull
          ? html`<section class="banner" role="alert">
              <p>This browser does not keep unsaved edits (its storage is full or turned off): save often.</p>
            </section>`
          : nothing
      }
      ${this.notice ? html`<section class="banner info" role="status"><p>${this.notice}</p></section>` : nothing}
    `;
  }

  override render() {
    if (this.failure) {
      return html`<div class="failure" role="alert"><h1>Backstory Studio</h1><p>${this.failure}</p></div>`;
    }
    if (!this.project) return html`<p class="failure" role="status">Opening the story…</p>`;
    const dirty = this.dirty;
    const preview = previewStory(this.story, this.problems);
    const views: [View, string][] = [
      ["article", "Article"],
      ["story", "Story"],
      ["preview", "Preview"],
    ];
    return html`
      <header>
        <h1>Backstory Studio</h1>
        <span class="file">${this.project.storyPath}</span>
        <span class="state ${dirty ? "unsaved" : ""}"
          >${dirty ? "Unsaved changes" : this.savedText === null ? "No story file yet" : "Saved"}</span
        >
        <div class="tools">
          <button aria-keyshortcuts="Control+Z" @click=${this.undo}>Undo</button>
          <button aria-keyshortcuts="Control+Shift+Z Control+Y" @click=${this.redo}>Redo</button>
          <button id="save" class="primary" aria-keyshortcuts="Control+S" @click=${this.save}>
            Save
          </button>
        </div>
      </header>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.renderBanners()}
      <nav class="views" aria-label="Show">
        ${views.map(
          ([view, label]) => html`<button
            aria-pressed=${this.view === view ? "true" : "false"}
            @click=${() => {
              this.view = view;
            }}
          >
            ${label}
          </button>`,
        )}
      </nav>
      <main>
        <section class=${this.view === "article" ? "active" : ""} aria-labelledby="article-title" tabindex="0">
          <h2 id="article-title">Article</h2>
          <backstory-studio-article
            .paragraphs=${this.paragraphs}
            .cited=${this.cited()}
            @studio-cite=${this.cite}
            @studio-goto=${this.goto}
          ></backstory-studio-article>
        </section>
        <section class=${this.view === "story" ? "active" : ""} aria-labelledby="story-title" tabindex="0">
          <h2 id="story-title">Story</h2>
          <backstory-studio-editor
            .story=${this.story}
            .problems=${this.problems}
            .warnings=${this.warnings}
            .paragraphs=${this.paragraphs}
            @studio-change=${(event: StudioChangeEvent) => this.setStory(event.story, event.field, event.announcement)}
          ></backstory-studio-editor>
        </section>
        <section class=${this.view === "preview" ? "active" : ""} aria-labelledby="preview-title" tabindex="0">
          <h2 id="preview-title">Preview</h2>
          <backstory-studio-preview .story=${preview.story} .leftOut=${preview.leftOut}></backstory-studio-preview>
        </section>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "backstory-studio": BackstoryStudio;
  }
}
