#!/usr/bin/env node
// Runs the compiled command line; `npm install` compiles it (the "prepare" script).
import { main } from "../dist/cli/backstory.js";

process.exitCode = await main(process.argv.slice(2));
