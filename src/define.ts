/** Registers both Backstory elements. Safe to load more than once. */
import "./elements/timeline/define.js";
import "./elements/quiz/define.js";
