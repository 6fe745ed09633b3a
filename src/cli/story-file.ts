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
  if (/"\s*$/.test(text.slice(0, error.offset)) && /^[\p{L}\p{N}]/u.test(at)) {
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
function syntaxErrors(text: string, errors: ParseError[]): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const lines = new Set<string>();
  for (const error of errors) {
    const line = lineColumn(text, error.offset).split(":")[0] ?? "";
    if (lines.has(line)) continue;
    lines.add(line);
    const { message, cascades } = syntaxCause(text, error);
    found.push({ offset: error.offset, message });
    if (cascades) break;
  }
  return found;
}

export async function loadStoryFile(path: string): Promise<LoadedStory & { value: unknown }> {
  const text = await readText(path, "story file");
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (text.trim() === "") throw new InputError(`${path}: the file is empty.`);
  if (errors.length > 0 || !tree) {
    const lines = syntaxErrors(text, errors).map(
      ({ offset, message }) =>
        `${path}:${lineColumn(text, offset)}: the JSON is broken here: ${message}.`,
    );
    if (lines.length === 0) throw new InputError(`${path}: the file is empty.`);
    lines.push(`${lines.length} ${lines.length === 1 ? "error" : "errors"} in ${path}.`);
    throw new InputError(lines.join("\n"));
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
 * throws an `InputError` listing every problem.
 */
export async function loadValidStory(path: string): Promise<{ file: LoadedStory; story: Story }> {
  const file = await loadStoryFile(path);
  const result = validateStory(file.value);
  const errors = result.ok
    ? checkEditorialRules(result.story)
    : result.errors.map((error) => withDateAdvice(error, valueAt(file.value, keysOf(error))));
  if (!result.ok || errors.length > 0) {
    const count = errors.length;
    const lines = errors.map((error) => locatedMessage(file, error));
    lines.push(`${count} ${count === 1 ? "error" : "errors"} in ${path}.`);
    throw new InputError(lines.join("\n"));
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
