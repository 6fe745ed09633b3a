/**
 * Writing a new story file for `draft` and `import`: never over an editor's work unless asked,
 * and atomically (a temporary file renamed into place), so a failed write leaves no half file.
 */
import { access, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { InputError } from "./story-file.js";

export async function writeNewStory(path: string, story: unknown, force: boolean): Promise<void> {
  if (!force) {
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (exists) {
      throw new InputError(
        `${path}: a file is already there, and it may hold an editor's work. Choose another --out, or add --force to replace it.`,
      );
    }
  }
  const temporary = join(dirname(path), `.${process.pid}-${Date.now()}.backstory-tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, `${JSON.stringify(story, null, 2)}\n`);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(`${path}: cannot write the story (${(error as Error).message}).`);
  }
}
