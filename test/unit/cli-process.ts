/**
 * The `backstory` command line as a user runs it: a real process of the compiled code in
 * bin/backstory.js. The unit project's global setup (compile-cli.ts) compiles it once per run.
 */
import { spawnSync } from "node:child_process";

export function backstory(...args: string[]) {
  const result = spawnSync("node", ["bin/backstory.js", ...args], {
    encoding: "utf8",
    // Messages about huge files are long; the test reads all of them.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
