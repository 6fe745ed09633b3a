/**
 * Loads an element's story from its `story` property, its `src` attribute or an inline
 * `<script type="application/json">` child, in that order, through the shared validator. The
 * inline story is read whenever it appears or changes, also after the element is in the page.
 * Changing the source drops the element's interest in the earlier load (the request itself may
 * serve another element); a late answer never replaces newer data.
 *
 * Written here instead of using @lit/task: the bundle budget counts every byte, and loading one
 * story needs only "start on change, drop the old one, keep the newest".
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Story } from "../../data/story-format.js";
import { emit } from "./events.js";
import { acceptStory, fetchStoryJson, parseStoryJson, StoryLoadError } from "./fetch-story.js";

export interface StorySourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  story?: unknown;
}

export interface StoryRenderers<T> {
  pending: () => T;
  complete: (story: Story) => T;
  error: (error: unknown) => T;
}

type LoadState =
  | { status: "pending" }
  | { status: "complete"; story: Story }
  | { status: "error"; error: unknown };

async function resolveStory(
  src: string | undefined,
  story: unknown,
  inline: string | undefined,
  signal: AbortSignal,
  section: string,
): Promise<Story> {
  if (story !== undefined && story !== null) {
    return acceptStory(story, "The story property", section);
  }
  if (src) {
    const url = new URL(src, document.baseURI).href;
    return acceptStory(await fetchStoryJson(url, signal), src, section);
  }
  if (inline !== undefined) {
    return acceptStory(parseStoryJson(inline, "The inline story"), "The inline story", section);
  }
  throw new StoryLoadError(
    "missing",
    'No story to show: give the element a src="…" attribute with the story file\'s address, or a <script type="application/json"> child.',
  );
}

export class StoryController implements ReactiveController {
  private state: LoadState = { status: "pending" };
  private inlineJson: string | undefined;
  /** The sources the current state came from; `undefined` until loading starts. */
  private sources?: unknown[];
  private abort?: AbortController;
  /** The story a `backstory-ready` event was last fired for. */
  private announced?: Story;
  /** Watches the element's children for an inline story added or changed later. */
  private readonly children = new MutationObserver(() => this.readInline());

  constructor(private readonly host: StorySourceHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Frameworks and DOM-building code often append the inline story after the element.
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.readInline();
    // Back in the page after a load was cut short, or with a source changed while away: load.
    if (this.changed()) this.host.requestUpdate();
  }

  hostUpdate(): void {
    // Nothing is loaded for an element out of the page (e.g. removed before its first update).
    if (!this.host.isConnected || !this.changed()) return;
    this.sources = this.current();
    this.load();
  }

  /** Once a new story has rendered, says so: quizzes, benchmarks and host pages wait for it. */
  hostUpdated(): void {
    const story = this.story;
    if (!story || story === this.announced) return;
    this.announced = story;
    void this.host.updateComplete.then(() =>
      emit(this.host, "backstory-ready", { storyId: story.id }),
    );
  }

  hostDisconnected(): void {
    this.children.disconnect();
    // A detached element no longer uses its story file: the shared request may free it.
    this.abort?.abort();
    // A fetch cut short is started again on reconnecting; a loaded story stays shown.
    if (this.state.status === "pending") this.sources = undefined;
  }

  /** The loaded story, when there is one. */
  get story(): Story | undefined {
    return this.state.status === "complete" ? this.state.story : undefined;
  }

  render<T>(renderers: StoryRenderers<T>): T {
    const { state } = this;
    if (state.status === "complete") return renderers.complete(state.story);
    return state.status === "error" ? renderers.error(state.error) : renderers.pending();
  }

  retry(): void {
    this.load();
    this.host.requestUpdate();
  }

  /** @internal */
  private current(): unknown[] {
    return [this.host.src ?? undefined, this.host.story, this.inlineJson];
  }

  /** @internal Whether the sources differ from those the state came from. */
  private changed(): boolean {
    return (
      !this.sources || this.current().some((source, index) => source !== this.sources?.[index])
    );
  }

  /** @internal The inline story's text; a change loads it. */
  private readInline(): void {
    const json =
      this.host.querySelector(
        ':scope > script[type="application/json"]:not([data-backstory-strings])',
      )?.textContent ?? undefined;
    if (json === this.inlineJson) return;
    this.inlineJson = json;
    this.host.requestUpdate();
  }

  /** @internal */
  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: "pending" };
    const [src, story, inline] = (this.sources ?? []) as [
      string | undefined,
      unknown,
      string | undefined,
    ];
    let next: LoadState;
    try {
      // "backstory-timeline" shows the "timeline" section, "backstory-quiz" the "quiz".
      const section = this.host.localName.slice(10);
      next = {
        status: "complete",
        story: await resolveStory(src, story, inline, abort.signal, section),
      };
    } catch (error) {
      next = { status: "error", error };
    }
    // A newer source, or a disconnect, has taken over: this answer is stale.
    if (abort !== this.abort || abort.signal.aborted) return;
    // Readers see one calm line: what went wrong is for the editor, in the console. (An invalid
    // story has logged its list already.)
    if (next.status === "error" && (next.error as StoryLoadError).failure !== "invalid") {
      console.error(`Backstory: ${(next.error as Error).message}`);
    }
    this.state = next;
    this.host.requestUpdate();
  }
}
