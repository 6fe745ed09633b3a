/**
 * The `backstory` command line. Exit status: 0 success, 1 invalid input, 2 usage error.
 */
import { parseArgs } from "node:util";
import { type Command, UsageError } from "./command.js";
import { build } from "./commands/build.js";
import { check } from "./commands/check.js";
import { draft } from "./commands/draft.js";
import { embed } from "./commands/embed.js";
import { embedPage } from "./commands/embed-page.js";
import { fallback } from "./commands/fallback.js";
import { importCommand } from "./commands/import.js";
import { InputError } from "./story-file.js";

export const COMMANDS: Command[] = [check, build, embed, embedPage, fallback, draft, importCommand];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: backstory COMMAND [options]

Builds and checks Backstory story files: the JSON a timeline and a quiz are made from.

Commands:
${lines.join("\n")}

Run "backstory COMMAND --help" for a command's options.`;
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
    if (!command) throw new UsageError(`"${name}" is not a backstory command.`);
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError((error as Error).message.split("\n")[0]);
    }
    if (parsed.values.help) {
      out(commandHelp(command));
      return 0;
    }
    if (parsed.positionals.length !== command.positionals) {
      throw new UsageError(
        parsed.positionals.length < command.positionals
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
