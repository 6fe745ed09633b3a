// Finds a Chromium for the browser tests: CHROMIUM_PATH, Debian's /usr/bin/chromium, or
// Playwright's own browser. Run directly, it installs Debian's chromium when none is found and it
// can (root with apt-get), or stops with one line saying how to install one.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { aptInstall, canInstallWithApt } from "./apt.mjs";

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    // playwright-core is CommonJS; require keeps this synchronous for the Vite config.
    const path = createRequire(import.meta.url)("playwright-core").chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}

/** Flags that keep headless Chromium quiet on a closed network. */
export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let path = findChromium();
  if (!path && canInstallWithApt()) {
    console.log("No Chromium found: installing Debian's chromium package…");
    aptInstall(["chromium"]);
    path = findChromium();
  }
  if (!path) {
    console.error(
      "No Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.",
    );
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}
