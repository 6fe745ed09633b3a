// Copies the built script-tag bundle and embed page (dist/cdn/) into the WordPress plugin's
// folder, which serves them by default. The copy is a build product, kept out of git.
import { cp, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const target = `${REPO}integrations/wordpress/backstory/cdn`;
await rm(target, { recursive: true, force: true });
await cp(`${REPO}dist/cdn`, target, { recursive: true });
console.log("integrations/wordpress/backstory/cdn/: copied from dist/cdn/");
