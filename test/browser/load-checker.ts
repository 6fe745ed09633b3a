/**
 * Loads the story checker before each test file: most test stories are not built, so each one
 * imports it, and the first import in a file would otherwise wait for the dev server to compile
 * it (seconds on a busy machine), longer than a test waits for a heading. The elements still
 * import it as they do in a page; the import is then answered at once.
 */
import "../../src/elements/shared/check-story.js";
