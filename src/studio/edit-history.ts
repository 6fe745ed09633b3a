/**
 * Undo and redo for the studio: a list of story versions. Keystrokes in one field within a
 * moment of each other make one step, so that Undo takes back a word or a field, not a letter.
 *
 * No Lit, no DOM: tested in Node.
 */
export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastField: string | undefined;
  private lastTime = 0;

  constructor(
    private readonly limit = 200,
    private readonly mergeWithin = 1000,
  ) {}

  /** Records `previous` as the state before an edit of `field` (undefined: never merged). */
  record(previous: T, field?: string, now = Date.now()): void {
    const merge =
      field !== undefined && field === this.lastField && now - this.lastTime < this.mergeWithin;
    if (!merge) {
      this.past.push(previous);
      if (this.past.length > this.limit) this.past.shift();
    }
    this.future = [];
    this.lastField = field;
    this.lastTime = now;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The state to go back to, given the current one; undefined when there is none. */
  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(current);
    this.lastField = undefined;
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    this.lastField = undefined;
    return next;
  }
}
