/**
 * What to write instead of a date the story format does not read, for the dates newsrooms write
 * by habit: "240 BC", "about 240 BCE", "272", "AD 79", "16 October 2002", "the 1990s".
 *
 * The command line (and any editing tool) adds it to the validator's message; the bundle readers
 * load keeps the shorter message, which names the forms.
 *
 * Pure data code: no Lit, no DOM.
 */
import { isStoryDate } from "./edtf-date.js";
import type { StoryError } from "./validate-story.js";

const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
const BCE_RULE = "story-file years count 1 BCE as 0000, so N BCE is written -(N - 1).";
const ABOUT = /^(?:about|around|circa|ca\.?|c\.)\s*/i;

const pad = (n: number | string, width = 4) => String(n).padStart(width, "0");

function month(name: string): number {
  const at = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return at % 3 === 0 && /^[a-z]{3,9}\.?$/i.test(name) ? at / 3 + 1 : 0;
}

/** Advice with the exact story-file date for `text`, or `undefined` when none can be guessed. */
export function dateAdvice(text: string): string | undefined {
  let rest = text.trim();
  const about = ABOUT.test(rest);
  rest = rest.replace(ABOUT, "");
  const mark = about ? "~" : "";
  const aboutWord = about ? "about " : "";
  let match = /^(\d{1,4})\s*(B\.?C\.?(?:E\.?)?)$/i.exec(rest);
  if (match) {
    const year = Number(match[1]);
    const date = `-${pad(year - 1)}${mark}`;
    return `Write "${date}" for ${aboutWord}${year} BCE: ${BCE_RULE}`;
  }
  match = /^(?:(?:AD|A\.D\.)\s*(\d{1,4})|(\d{1,4})\s*(?:AD|A\.D\.|CE|C\.E\.)|(\d{1,3}))$/i.exec(
    rest,
  );
  if (match) {
    const year = Number(match[1] ?? match[2] ?? match[3]);
    const date = `${pad(year)}${mark}`;
    return match[3]
      ? `Pad the year to four digits: "${date}".`
      : `Write "${date}" for ${aboutWord}${year} CE: years CE need no label.`;
  }
  match = /^-(\d{1,3})$/.exec(rest);
  if (match)
    return `Pad the year to four digits: "-${pad(match[1] ?? "")}" (that is ${Number(match[1]) + 1} BCE).`;
  match = /^(?:the\s+)?(\d{3})0s$/i.exec(rest);
  if (match) return `Write "${match[1]}X" for the ${match[1]}0s.`;
  // "16 October 2002", "October 16, 2002", "Oct. 2002".
  match =
    /^(?:(\d{1,2})\s+([a-z.]+)|([a-z.]+)(?:\s+(\d{1,2}))?,?)\s+(\d{4})$/i.exec(rest) ??
    /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:T.*)?$/.exec(rest);
  if (!match) return undefined;
  const numeric = /^\d{4}$/.test(match[1] ?? "");
  const year = numeric ? match[1] : match[5];
  const monthNumber = numeric ? Number(match[2]) : month(match[2] ?? match[3] ?? "");
  const day = numeric ? match[3] : (match[1] ?? match[4]);
  if (!monthNumber || monthNumber > 12) return undefined;
  const date = `${year}-${pad(monthNumber, 2)}${day ? `-${pad(day, 2)}` : ""}${mark}`;
  return `Write "${date}": the year, then the month${day ? ", then the day" : ""}, in digits.`;
}

/**
 * The validator's error for a date it cannot read, with the exact story-file date to write when
 * one can be guessed from `value`, the text the error is about; any other error as it is.
 */
export function withDateAdvice(error: StoryError, value: unknown): StoryError {
  if (typeof value !== "string" || isStoryDate(value)) return error;
  const start = `${JSON.stringify(value)} is not a date.`;
  const advice = error.message.startsWith(start) && dateAdvice(value);
  return advice ? { ...error, message: `${start} ${advice}` } : error;
}
