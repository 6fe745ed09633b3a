/**
 * Installs (when it can) and starts the real WordPress for the plugin's tests, and stops it after
 * them. Where it cannot be installed, the tests are skipped with one line saying why.
 */
import type { TestProject } from "vitest/node";
import { installWordPress, startWordPress, type WordPressSite } from "../../scripts/wordpress.mjs";

export type ProvidedWordPress =
  | { skip: string }
  | (Omit<WordPressSite, "stop"> & { skip?: undefined });

declare module "vitest" {
  export interface ProvidedContext {
    wordpress: ProvidedWordPress;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const reason = installWordPress();
  if (reason) {
    console.log(reason);
    project.provide("wordpress", { skip: reason });
    return;
  }
  const installed = performance.now();
  const site = await startWordPress();
  const { stop, ...provided } = site;
  console.log(
    `WordPress: packages ready in ${((installed - started) / 1000).toFixed(1)} s, site set up and started in ${((performance.now() - installed) / 1000).toFixed(1)} s (${site.url}/).`,
  );
  project.provide("wordpress", provided);
  return stop;
}
