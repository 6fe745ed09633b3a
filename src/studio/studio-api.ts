/**
 * The studio page's requests to `backstory studio`'s server (src/cli/studio-server.ts).
 */
import type { ProjectState } from "../cli/studio-server.js";

export type { ProjectState };

export type SaveResult =
  | { kind: "saved"; revision: string }
  /** The file changed on disk since `base`: its text now, for the editor to choose. */
  | { kind: "changed-on-disk"; storyText: string | null; revision: string }
  | { kind: "failed"; message: string };

export async function loadProject(signal?: AbortSignal): Promise<ProjectState> {
  const response = await fetch("/api/project", { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`The studio's server answered ${response.status}.`);
  return (await response.json()) as ProjectState;
}

/** The story file as it is on disk now. */
export async function loadStoryFile(
  signal?: AbortSignal,
): Promise<{ storyText: string | null; revision: string }> {
  const response = await fetch("/api/story", { signal, cache: "no-store" });
  if (!response.ok) throw new Error(`The studio's server answered ${response.status}.`);
  return (await response.json()) as { storyText: string | null; revision: string };
}

export async function saveStoryFile(base: string, text: string): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetch("/api/story", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ base, text }),
    });
  } catch {
    return {
      kind: "failed",
      message:
        "The studio's server does not answer: is `backstory studio` still running? Your edits are kept in this browser; start it again and save.",
    };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 200) return { kind: "saved", revision: String(body.revision) };
  if (response.status === 409) {
    return {
      kind: "changed-on-disk",
      storyText: (body.storyText as string | null) ?? null,
      revision: String(body.revision),
    };
  }
  return {
    kind: "failed",
    message: typeof body.error === "string" ? body.error : `Saving failed (${response.status}).`,
  };
}
