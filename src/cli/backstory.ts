/**
 * The `backstory` command line. Exit status: 0 success, 1 invalid input, 2 usage error.
 */
import { parseArgs } from "node:util";
import { closest, distance } from "fastest-levenshtein";
import { type Command, UsageError } from "./command.js";
import { build } from "./commands/build.js";
import { check } from "./commands/check.js";
import { draft } from "./commands/draft.js";
import { embed } from "./commands/embed.js";
import { embedPage } from "./commands/embed-page.js";
import { fallback } from "./commands/fallback.js";
import { importCommand } from "./commands/import.js";
import { serve } from "./commands/serve.js";
import { studio } from "./commands/studio.js";
import { InputError } from "./story-file.js";

export const COMMANDS: Command[] = [
  check,
  build,
  embed,
  embedPage,
  fallback,
  draft,
  importCommand,
  studio,
  serve,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: backstory COMMAND [options]

Builds and checks Backstory story files: the JSON a timeline and a quiz are made from.

Commands:
${lines.join("\n")}

Run "backstory COMMAND --help" for a command's options.`;
}

/** " Did you mean --article?" when one of `known` is a likely misspelling of `given`, else "". */
function didYouMean(given: string, known: string[], prefix: string): string {
  const bare = given.replace(/^-+/, "").split("=")[0] ?? "";
  const nearest = closest(bare, known);
  const near = distance(bare, nearest) <= Math.max(2, Math.floor(nearest.length / 3));
  return near ? ` Did you mean ${prefix}${nearest}?` : "";
}

/** The argument parser's complaint, in the command line's words. */
function argumentProblem(error: Error & { code?: string }, command: Command): string {
  const options = Object.keys(command.options);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const given = /'([^']+)'/.exec(error.message)?.[1] ?? "";
    const list = options.map((option) => `--${option}`).join(", ");
    const hint = didYouMean(given, [...options, "help"], "--") || ` Its options are ${list}.`;
    return `${given} is not an option of "backstory ${command.name}".${hint}`;
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const given = /'(--[a-z-]+)/.exec(error.message)?.[1];
    const none = /does not take an argument/.test(error.message);
    if (given) return none ? `${given} takes no value.` : `${given} needs a value.`;
  }
  return error.message.split("\n")[0] ?? error.message;
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.help}`;
}

export async function main(
  argv: string[],
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? out : err)(mainHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) {
      const names = COMMANDS.map((candidate) => candidate.name);
      throw new UsageError(`"${name}" is not a backstory command.${didYouMean(name, names, "")}`);
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(argumentProblem(error as Error & { code?: string }, command));
    }
    if (parsed.values.help) {
      out(commandHelp(command));
      return 0;
    }
    const given = parsed.positionals.length;
    if (given > command.positionals || given < (command.minPositionals ?? command.positionals)) {
      throw new UsageError(
        given < command.positionals
          ? (command.missing ?? "the story file is missing.")
          : `unexpected argument "${parsed.positionals[command.positionals]}".`,
      );
    }
    for (const option of command.required ?? []) {
      if (parsed.values[option] === undefined) throw new UsageError(`--${option} is required.`);
    }
    await command.run({ positionals: parsed.positionals, values: parsed.values }, out, err);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(`backstory${command ? ` ${command.name}` : ""}: ${error.message}`);
      err(
        command
          ? `Usage: ${command.usage} (see --help)`
          : 'Run "backstory --help" for the commands.',
      );
      return 2;
    }
    if (error instanceof InputError) {
      err(error.message);
      return 1;
    }
    err(`backstory: unexpected failure: ${(error as Error).message}`);
    return 1;
  }
}
