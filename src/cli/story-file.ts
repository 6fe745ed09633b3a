/**
 * Reading story and article files for the command line: one-line errors for missing files,
 * JSON syntax errors and validation errors with `file:line:column`.
 */
import { readFile } from "node:fs/promises";
import {
  findNodeAtLocation,
  getNodeValue,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from "jsonc-parser";
import { countDraftItems, findDraftItems, likelySentence } from "../authoring/draft-items.js";
import { articleSentences } from "../authoring/sentences.js";
import { checkEditorialRules } from "../data/editorial-checks.js";
import type { Story } from "../data/story-format.js";
import {
  formatStoryError,
  type PathKey,
  type StoryError,
  validateStory,
} from "../data/validate-story.js";

/** An error the command reports in one line and exits with status 1. */
export class InputError extends Error {}

export async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new InputError(`${path}: cannot read the ${what} (${reason}).`);
  }
}

export interface LoadedStory {
  path: string;
  text: string;
  tree: Node | undefined;
  /** `file:line:column` for a place in the story, or for the nearest place that exists. */
  locate(keys: readonly PathKey[]): string;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `${line}:${column}`;
}

const SYNTAX_HINTS: Record<string, string> = {
  CommaExpected: "a comma is missing between two items",
  ColonExpected: 'a colon is missing after a field name, as in "title": "…"',
  PropertyNameExpected:
    "a field name in double quotes was expected here (is there a comma too many?)",
  ValueExpected: "a value was expected here (is there a comma too many, or a missing value?)",
  CloseBraceExpected: "a closing } is missing",
  CloseBracketExpected: "a closing ] is missing",
  EndOfFileExpected: "there is text after the end of the story",
  InvalidSymbol: "this is not valid JSON (text must be in double quotes)",
  UnexpectedEndOfString: "a text is not closed with a double quote",
  InvalidCommentToken: "JSON does not allow comments",
};

export async function loadStoryFile(path: string): Promise<LoadedStory & { value: unknown }> {
  const text = await readText(path, "story file");
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const firstAtOffset = errors.filter(
      (error, index) => errors.findIndex((other) => other.offset === error.offset) === index,
    );
    const lines = firstAtOffset.map((error) => {
      const code = printParseErrorCode(error.error);
      return `${path}:${lineColumn(text, error.offset)}: the JSON is broken here: ${SYNTAX_HINTS[code] ?? code}.`;
    });
    throw new InputError(lines.length ? lines.join("\n") : `${path}: the file is empty.`);
  }
  const locate = (keys: readonly PathKey[]) => {
    for (let length = keys.length; length >= 0; length--) {
      const node = findNodeAtLocation(tree, keys.slice(0, length) as PathKey[]);
      if (node) {
        // For an unknown field, point at its name rather than its value.
        const at = node.parent?.type === "property" && length === keys.length ? node.parent : node;
        return `${path}:${lineColumn(text, at.offset)}`;
      }
    }
    return `${path}:1:1`;
  };
  return { path, text, tree, locate, value: getNodeValue(tree) };
}

function keysOf(error: StoryError): PathKey[] {
  if (!error.pointer) return [];
  return error.pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export function locatedMessage(file: LoadedStory, error: StoryError): string {
  return `${file.locate(keysOf(error))}: ${formatStoryError(error)}`;
}

/**
 * Loads and validates a story file, with the editorial checks on top of the shared validator, or
 * throws an `InputError` listing every problem.
 */
export async function loadValidStory(
  path: string,
  options: { articlePath?: string } = {},
): Promise<{ file: LoadedStory; story: Story }> {
  const file = await loadStoryFile(path);
  await refuseDrafts(file, options.articlePath);
  const result = validateStory(file.value);
  const errors = result.ok ? checkEditorialRules(result.story) : result.errors;
  if (!result.ok || errors.length > 0) {
    const count = errors.length;
    const lines = errors.map((error) => locatedMessage(file, error));
    lines.push(`${count} ${count === 1 ? "error" : "errors"} in ${path}.`);
    throw new InputError(lines.join("\n"));
  }
  return { file, story: result.story };
}

/**
 * Refuses a story that still has items marked `"draft": true`, so that a proposal no editor has
 * reviewed is never published. With the article, an event without a citation is shown the sentence
 * most like it.
 */
async function refuseDrafts(file: LoadedStory & { value: unknown }, articlePath?: string) {
  const drafts = findDraftItems(file.value);
  if (drafts.length === 0) return;
  const sentences = articlePath ? articleSentences(await readText(articlePath, "article")) : [];
  const lines = drafts.map((item) => {
    let line = `${file.locate(item.keys)}: ${item.message}`;
    const event = item.kind === "event" ? getValueAt(file.value, item.keys) : undefined;
    const cited = (event as { citation?: { quote?: unknown } } | undefined)?.citation?.quote;
    if (event && !cited) {
      const likely = likelySentence(event, sentences);
      if (likely)
        line += ` The closest sentence in the article is in paragraph ${likely.paragraph}: “${likely.text}”`;
    }
    return line;
  });
  lines.push(
    `${file.path}: ${countDraftItems(drafts)} still to review. A story with drafts cannot be checked, built or published.`,
  );
  throw new InputError(lines.join("\n"));
}

function getValueAt(value: unknown, keys: readonly PathKey[]): unknown {
  let at = value;
  for (const key of keys) at = (at as Record<string | number, unknown> | undefined)?.[key];
  return at;
}
