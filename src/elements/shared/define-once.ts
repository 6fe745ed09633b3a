/**
 * Registers a custom element unless the tag is already taken, so that loading Backstory twice on
 * one page (two embeds, two script tags) is harmless.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
