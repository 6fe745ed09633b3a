import { defineOnce } from "../shared/define-once.js";
import { BackstoryTimeline } from "./backstory-timeline.js";

defineOnce("backstory-timeline", BackstoryTimeline);

declare global {
  interface HTMLElementTagNameMap {
    "backstory-timeline": BackstoryTimeline;
  }
}
