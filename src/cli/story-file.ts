/**
 * Reading story and article files for the command line: one-line errors for missing files, text
 * that is not UTF-8, JSON syntax errors, duplicate field names and validation errors, each with
 * `file:line:column`. Long lists are cut to the first 100 problems and a count, so that a
 * generated file with a mistake in every event is answered in seconds, not minutes.
 */
import { readFile } from "node:fs/promises";
import {
  findNodeAtLocation,
  getNodePath,
  getNodeValue,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from "jsonc-parser";
import { countDraftItems, findDraftItems, likelySentence } from "../authoring/draft-items.js";
import { articleSentences } from "../authoring/sentences.js";
import { withDateAdvice } from "../data/date-advice.js";
import {
  checkEditorialRules,
  checkEditorialWarnings,
  checkEraStyleAgainstArticle,
} from "../data/editorial-checks.js";
import type { Story } from "../data/story-format.js";
import {
  formatStoryError,
  type PathKey,
  quoteValue,
  type StoryError,
  toReadablePath,
  validateStory,
} from "../data/validate-story.js";

/** An error the command reports in one line and exits with status 1. */
export class InputError extends Error {}

/** How many problems a command lists before it only counts the rest. */
export const LISTED_PROBLEMS = 100;

/**
 * Deepest nesting of { } and [ ] a story file may have. A story needs six levels; the limit only
 * stops a runaway file before the JSON parser, which recurses, runs out of stack.
 */
export const MAX_NESTING = 64;

/** Turns offsets in a text into `line:column`, with lines ended by \r\n, \r or \n. */
class TextPlaces {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (const match of text.matchAll(/\r\n|\r|\n/g)) {
      this.starts.push(match.index + match[0].length);
    }
  }
  line(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
  at(offset: number): string {
    const line = this.line(offset);
    return `${line}:${offset - (this.starts[line - 1] as number) + 1}`;
  }
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/**
 * The first `LISTED_PROBLEMS` of `total` problems, a line saying how many more there are, and
 * the closing line with the total.
 */
function listProblems(
  lines: readonly string[],
  total: number,
  closing: (total: number) => string,
): string {
  const listed = lines.slice(0, LISTED_PROBLEMS);
  if (total > LISTED_PROBLEMS) {
    listed.push(
      `… and ${(total - LISTED_PROBLEMS).toLocaleString("en-US")} more, not listed. Fix the ones above and run the check again to see the rest.`,
    );
  }
  listed.push(closing(total));
  return listed.join("\n");
}

const UTF16_MARKS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * Decodes a file's bytes as UTF-8. A byte-order mark at the start is dropped; bytes that are not
 * UTF-8 are an error that says where they are, instead of being read as "�" without a word.
 */
export function decodeText(bytes: Uint8Array, path: string, what: string): string {
  if (UTF16_MARKS.some(([a, b]) => bytes[0] === a && bytes[1] === b)) {
    throw new InputError(
      `${path}: the ${what} is saved as UTF-16 text. Save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and try again.`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // The longest prefix that decodes (a sequence cut short at its end is not an error while
    // streaming) ends where the first bad byte is.
    let good = 0;
    let bad = bytes.length;
    while (good < bad - 1) {
      const middle = (good + bad) >> 1;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), {
          stream: true,
        });
        good = middle;
      } catch {
        bad = middle;
      }
    }
    // What decodes before the bad sequence, and where that sequence starts.
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, good), { stream: true });
    const at = new TextEncoder().encode(before).length;
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    throw new InputError(
      `${path}:${new TextPlaces(before).at(before.length)}: the ${what} is not UTF-8 text here (byte 0x${byte}, at byte ${(at + 1).toLocaleString("en-US")} of the file). It was probably saved in another encoding, such as Windows-1252: save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and try again.`,
    );
  }
}

export async function readText(path: string, what: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
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
  return decodeText(bytes, path, what);
}

export interface LoadedStory {
  path: string;
  text: string;
  tree: Node | undefined;
  /** `file:line:column` for a place in the story, or for the nearest place that exists. */
  locate(keys: readonly PathKey[]): string;
  /** A field name given twice in one object, each as a located line. */
  duplicates: string[];
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

const TYPOGRAPHIC_QUOTES = /^[“”„‟‘’‚‛«»]/;

/**
 * The likely cause of a JSON syntax error, in an editor's words. The two a newsroom meets most: a
 * straight " inside a text, which ends the text early, and typographic quotes where JSON needs
 * straight ones (a word processor's "smart quotes").
 */
function syntaxCause(text: string, error: ParseError): { message: string; cascades: boolean } {
  const code = printParseErrorCode(error.error);
  const at = text.slice(error.offset);
  if (TYPOGRAPHIC_QUOTES.test(at)) {
    const name = /^.[^"“”\n]*[“”"]\s*:/.test(at);
    return {
      message: name
        ? 'a field name is in typographic quotes “ ”: JSON needs straight double quotes around it, as in "title"'
        : 'a text is in typographic quotes “ ”: JSON needs straight double quotes around it, as in "A text"; typographic quotes belong inside the text',
      cascades: true,
    };
  }
  // After a field name, a missing colon is likelier than a stray quote ("version" 1).
  if (
    code !== "ColonExpected" &&
    /"\s*$/.test(text.slice(0, error.offset)) &&
    /^[\p{L}\p{N}]/u.test(at)
  ) {
    return {
      message:
        'a straight " inside a text ends it early: write \\" for it, or use typographic quotes “ ” inside the text',
      cascades: true,
    };
  }
  return { message: SYNTAX_HINTS[code] ?? code, cascades: code === "InvalidSymbol" };
}

/**
 * One error per line, each with its likely cause. After an error that throws the parser off (a
 * quote in the wrong place), what follows is its echo and is left out.
 */
function syntaxErrors(
  text: string,
  errors: ParseError[],
  places: TextPlaces,
): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const lines = new Set<string>();
  for (const error of errors) {
    const line = places.at(error.offset).split(":")[0] ?? "";
    if (lines.has(line)) continue;
    lines.add(line);
    const { message, cascades } = syntaxCause(text, error);
    found.push({ offset: error.offset, message });
    if (cascades) break;
  }
  return found;
}

/** Where { } and [ ] first nest deeper than `MAX_NESTING`, or -1. Text in quotes is skipped. */
function tooDeepAt(text: string): number {
  // Brackets and quotes found by the regular-expression engine, the text between quotes skipped
  // with indexOf: a 50 MB file is mostly text, and a loop over its characters takes a second.
  const special = /["{}[\]]/g;
  let depth = 0;
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const at = match.index;
    const c = match[0];
    if (c === '"') {
      let end = at;
      do end = text.indexOf('"', end + 1);
      while (end > 0 && escaped(text, end));
      if (end < 0) return -1;
      special.lastIndex = end + 1;
    } else if (c === "{" || c === "[") {
      if (++depth > MAX_NESTING) return at;
    } else depth--;
  }
  return -1;
}

/** Whether the quote at `at` follows an odd number of backslashes. */
function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
  return backslashes % 2 === 1;
}

/** Every field name given twice in one object, as located lines. */
function duplicateFields(tree: Node, path: string, places: TextPlaces): string[] {
  const lines: string[] = [];
  const pending: Node[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "object") {
      const first = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const name = property.children?.[0];
        if (!name) continue;
        const key = String(name.value);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, name);
          continue;
        }
        const where = toReadablePath(getNodePath(name));
        lines.push(
          `${path}:${places.at(name.offset)}: ${where}: the field ${quoteValue(key)} is given twice in the same object (first at line ${places.at(earlier.offset).replace(":", ", column ")}). Only the second would count: keep one of them.`,
        );
      }
    }
    for (const child of node.children ?? []) {
      if (child.type === "object" || child.type === "array" || child.type === "property") {
        pending.push(child);
      }
    }
  }
  return lines;
}

/** The file's value: the engine's own parser is several times faster on a large file. */
function parsedValue(text: string, tree: Node): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return getNodeValue(tree);
  }
}

export async function loadStoryFile(path: string): Promise<LoadedStory & { value: unknown }> {
  const text = await readText(path, "story file");
  const places = new TextPlaces(text);
  if (/^[\s\0]*$/.test(text)) {
    throw new InputError(
      `${path}: the file is empty. A story file is one JSON object, { … }: start from data/musk-spacex/story.json or the README's "The story file".`,
    );
  }
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    throw new InputError(
      `${path}:${places.at(deep)}: the JSON is nested too deeply here, more than ${MAX_NESTING} levels of { } and [ ] (a story needs 6). Look for brackets opened by mistake.`,
    );
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const lines = syntaxErrors(text, errors, places).map(
      ({ offset, message }) => `${path}:${places.at(offset)}: the JSON is broken here: ${message}.`,
    );
    throw new InputError(
      listProblems(
        lines.slice(0, LISTED_PROBLEMS),
        lines.length,
        (total) => `${count(total, "error", "errors")} in ${path}.`,
      ),
    );
  }
  const locate = (keys: readonly PathKey[]) => {
    for (let length = keys.length; length >= 0; length--) {
      const node = findNodeAtLocation(tree, keys.slice(0, length) as PathKey[]);
      if (node) {
        // For an unknown field, point at its name rather than its value.
        const at = node.parent?.type === "property" && length === keys.length ? node.parent : node;
        return `${path}:${places.at(at.offset)}`;
      }
    }
    return `${path}:1:1`;
  };
  const duplicates = duplicateFields(tree, path, places);
  return { path, text, tree, locate, duplicates, value: parsedValue(text, tree) };
}

function keysOf(error: StoryError): PathKey[] {
  if (!error.pointer) return [];
  return error.pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(value: unknown, keys: readonly PathKey[]): unknown {
  let at = value;
  for (const key of keys) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PathKey, unknown>)[key];
  }
  return at;
}

export function locatedMessage(file: LoadedStory, error: StoryError): string {
  return `${file.locate(keysOf(error))}: ${formatStoryError(error)}`;
}

/**
 * Loads and validates a story file, with the editorial checks on top of the shared validator, or
 * throws an `InputError` listing the problems (the first `LISTED_PROBLEMS`, and a count).
 * Warnings about a valid story are `reportWarnings`' work.
 */
export async function loadValidStory(
  path: string,
  options: { articlePath?: string } = {},
): Promise<{ file: LoadedStory; story: Story }> {
  const file = await loadStoryFile(path);
  await refuseDrafts(file, options.articlePath);
  const result = validateStory(file.value);
  const errors = result.ok
    ? checkEditorialRules(result.story)
    : result.errors.map((error) => withDateAdvice(error, valueAt(file.value, keysOf(error))));
  if (!result.ok || errors.length > 0 || file.duplicates.length > 0) {
    // Only the listed errors are located: finding a place costs a walk through the file.
    const lines = file.duplicates.slice(0, LISTED_PROBLEMS);
    for (const error of errors.slice(0, LISTED_PROBLEMS - lines.length)) {
      lines.push(locatedMessage(file, error));
    }
    const total = file.duplicates.length + errors.length;
    throw new InputError(
      listProblems(lines, total, (n) => `${count(n, "error", "errors")} in ${path}.`),
    );
  }
  return { file, story: result.story };
}

/**
 * Reports what is worth a second look but does not stop publishing (see `checkEditorialWarnings`):
 * printed as warnings, or, with `strict`, thrown as errors. Returns how many were found.
 */
export function reportWarnings(
  file: LoadedStory,
  story: Story,
  options: { article?: string; strict?: boolean },
  warn: (line: string) => void,
): number {
  const warnings = [
    ...checkEditorialWarnings(story),
    ...(options.article === undefined ? [] : checkEraStyleAgainstArticle(story, options.article)),
  ];
  const count = warnings.length;
  if (count === 0) return 0;
  if (options.strict) {
    const lines = warnings.map((warning) => locatedMessage(file, warning));
    lines.push(`${count} ${count === 1 ? "error" : "errors"} in ${file.path} (--strict).`);
    throw new InputError(lines.join("\n"));
  }
  for (const warning of warnings) {
    const [place = "", message = ""] = locatedMessage(file, warning).split(/: (.*)/s);
    warn(`${place}: warning: ${message}`);
  }
  warn(
    `${count} ${count === 1 ? "warning" : "warnings"} in ${file.path}; run with --strict to treat them as errors.`,
  );
  return count;
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
