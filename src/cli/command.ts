import type { ParseArgsConfig } from "node:util";

export interface CommandInput {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
}

/** One `backstory` subcommand. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** How many positional arguments it takes. */
  positionals: number;
  /** The error when the positional argument is missing; "the story file is missing." by default. */
  missing?: string;
  /** Options that must be given. */
  required?: string[];
  /** `out` prints results (stdout), `warn` what an editor should look at (stderr). */
  run(
    input: CommandInput,
    out: (line: string) => void,
    warn: (line: string) => void,
  ): Promise<void>;
}

/** A mistake in how the command was called: exit status 2. */
export class UsageError extends Error {}
