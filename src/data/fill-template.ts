/**
 * Fills `{name}` placeholders in an interface text. Numbers are written for the reader's language
 * ("٣" in Arabic), and a language tag the browser does not know falls back to its default.
 *
 * Pure data code: no Lit, no DOM.
 */
import { ownValue } from "./own-value.js";

export function fillTemplate(
  template: string,
  values: Record<string, string | number>,
  locale?: string,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = ownValue(values, key);
    if (typeof value !== "number") return value ?? whole;
    try {
      return value.toLocaleString(locale || undefined);
    } catch {
      return String(value);
    }
  });
}
