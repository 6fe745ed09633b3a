import { defineOnce } from "../shared/define-once.js";
import type { BackstoryReadyDetail } from "../shared/story-controller.js";
import { type BackstorySelectDetail, BackstoryTimeline } from "./backstory-timeline.js";

defineOnce("backstory-timeline", BackstoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    "backstory-timeline": BackstoryTimeline;
  }
  interface GlobalEventHandlersEventMap {
    "backstory-select": CustomEvent<BackstorySelectDetail>;
    "backstory-ready": CustomEvent<BackstoryReadyDetail>;
  }
}
