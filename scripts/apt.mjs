// Debian packages the project's scripts install for its tests (Chromium, WordPress), as root with
// apt-get, on a machine that has only Node, npm and git.
import { execSync } from "node:child_process";

/** Whether this process can install Debian packages: it runs as root and apt-get is there. */
export function canInstallWithApt() {
  if (process.getuid?.() !== 0) return false;
  try {
    execSync("command -v apt-get", { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs `packages` quietly; throws when apt-get fails.
 * @param {string[]} packages
 * @param {{recommends?: boolean}} [options] install the packages' recommended ones too (default)
 */
export function aptInstall(packages, { recommends = true } = {}) {
  const flags = recommends ? "-y -qq" : "-y -qq --no-install-recommends";
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install ${flags} ${packages.join(" ")} > /dev/null`,
    { stdio: "inherit" },
  );
}
