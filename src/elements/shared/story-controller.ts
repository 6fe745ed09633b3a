/**
 * Loads an element's story from its `story` property, its `src` attribute or an inline
 * `<script type="application/json">` child, in that order, through the shared validator.
 * Changing the source aborts the earlier fetch; a late answer never replaces newer data.
 */
import { Task } from "@lit/task";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Story } from "../../data/story-format.js";
import { acceptStory, fetchStoryJson, parseStoryJson, StoryLoadError } from "./fetch-story.js";

export interface StorySourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  story?: unknown;
}

export class StoryController implements ReactiveController {
  readonly task: Task<[string | undefined, unknown, string | undefined], Story>;
  private inlineJson: string | undefined;

  constructor(private readonly host: StorySourceHost) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([src, story, inline], { signal }) => {
        if (story !== undefined && story !== null) return acceptStory(story, "The story property");
        if (src) {
          const url = new URL(src, document.baseURI).href;
          return acceptStory(await fetchStoryJson(url, signal), src);
        }
        if (inline !== undefined) {
          return acceptStory(parseStoryJson(inline, "The inline story"), "The inline story");
        }
        throw new StoryLoadError(
          "missing",
          'No story to show: give the element a src="…" attribute with the story file\'s address, or a <script type="application/json"> child.',
        );
      },
      args: () => [this.host.src ?? undefined, this.host.story, this.inlineJson],
    });
  }

  hostConnected(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    this.inlineJson = script?.textContent ?? undefined;
  }

  /** The loaded story, when there is one. */
  get story(): Story | undefined {
    return this.task.value;
  }

  retry(): void {
    void this.task.run();
  }
}
