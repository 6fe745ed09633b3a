/**
 * Global setup of the unit project: the command line runs from compiled code, as after
 * `npm install`, so it is compiled once here before the tests that run it as a process.
 */
import { execFileSync } from "node:child_process";

export default function compileCli(): void {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { stdio: "inherit" });
}
