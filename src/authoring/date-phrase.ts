/**
 * Date phrases: the words an editor types or an article contains ("Oct. 27, 2024", "in February",
 * "the nineties", "about 240 BC", "the early third century BCE", "2001-2017", "the next twelve
 * months") turned into the story file's date (see `src/data/edtf-date.ts`) and how it will read.
 *
 * Dates with a day or a month come from chrono-node, a well-kept date parser; the rules it lacks
 * (bare years, eras before the common era, decades, centuries, year ranges, approximate words,
 * spans counted from the article's date) are here. A date is never more precise than its words:
 * "the nineties" is `199X`, not 1990; "in February" without a year takes the year of the article's
 * date and is marked approximate.
 *
 * Authoring code, for the command line and the studio: runs in Node and in the browser, and is never
 * part of the readers' bundle.
 */
import { casual, type ParsedResult } from "chrono-node/en";
import { formatStoryDate, isStoryDate, parseStoryDate } from "../data/edtf-date.js";
import { PRESIDENCIES, presidencySpan, type Term } from "./named-periods.js";

export interface DatePhraseOptions {
  /**
   * The article's date, `YYYY-MM-DD`: what "in February", "last year" and "the next twelve months"
   * are counted from. Without it such phrases are not read.
   */
  dateline?: string;
  /** Language of the reading; English by default. */
  locale?: string;
  /**
   * The text around this one writes years by era ("245 BC", "AD 79"): a year of two or three
   * digits without one is then read where it closes a clause ("scholars met there in 391.").
   */
  eraYears?: boolean;
}

export interface DateReading {
  /** The story-file date. */
  date: string;
  /** How the timeline will show it: the suggested `displayDate`, or the formatted date. */
  reads: string;
  /** Suggested `displayDate`, when the formatted date would not say what the words say. */
  displayDate?: string;
  /** Suggested `dateNote`, when part of the date comes from the article's date. */
  dateNote?: string;
}

/** A date found in a text, with the words it was read from. */
export interface FoundDate extends DateReading {
  /** The words, exactly as the text has them. */
  text: string;
  /** Where the words start in the text. */
  index: number;
}

export type DatePhraseResult =
  | ({ ok: true } & DateReading)
  | {
      ok: false;
      message: string;
      /** The words are a date once the article's date is known: "in February", "last year". */
      needsDateline?: true;
    };

/** A candidate before readings are formatted; `date` is missing when it needs a dateline. */
interface Candidate {
  index: number;
  end: number;
  date?: string;
  displayDate?: string;
  fromDateline?: boolean;
  /** A `dateNote` of the rule's own. */
  note?: string;
  /** Rules of this file win over chrono-node for matches of the same length. */
  priority: number;
}

interface Dateline {
  text: string;
  year: number;
  month: number;
  day: number;
}

const ERA_BEFORE = String.raw`B\.\s?C\.(?:\s?E\.)?|BCE|BC`;
const ERA_AFTER = String.raw`A\.\s?D\.|C\.\s?E\.|AD|CE`;
const ERA = String.raw`(?:(${ERA_BEFORE})|(${ERA_AFTER}))(?![\p{L}])`;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  eighteen: 18,
  twenty: 20,
  "twenty-four": 24,
  thirty: 30,
  "thirty-six": 36,
  fifty: 50,
  hundred: 100,
};
const NUMBER = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
const ORDINAL = String.raw`(\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:${ORDINAL_WORDS.join("|")}))`;

const DECADE_WORDS = [
  "twenties",
  "thirties",
  "forties",
  "fifties",
  "sixties",
  "seventies",
  "eighties",
  "nineties",
];

const PART = String.raw`(?:(early|mid|middle|late)[\s-]+)?`;

const MONTH_NAMES = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const MONTH_PREFIXES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];

/** Words before a date that make it approximate; included in the date's words. */
const APPROXIMATE_BEFORE =
  /(?:^|[^\p{L}])((?:about|around|circa|approximately|roughly|some ?time in|c\.|ca\.)\s*)$/iu;

/** Words before a bare four-digit number that make it a year rather than a count. */
const YEAR_CONTEXT =
  /(?:^|[^\p{L}])(?:in|since|by|until|till|from|during|before|after|around|about|circa|c\.|ca\.|early|mid|late|spring|summer|autumn|fall|winter|year|between|through|of|to|and|or|the)[\s-]+$/iu;

/** Plural words after a four-digit number that make it a count ("2000 troops"). */
const COUNT_AFTER = /^\s+(?!(?:was|is|has|as|its|his|this|thus|plus|always|perhaps)\b)\p{Ll}+s\b/u;

const pad = (year: number) =>
  year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
const two = (n: number) => String(n).padStart(2, "0");

/** Astronomical year of a year before the common era: 1 BCE is 0, 283 BCE is -282. */
const beforeCommonEra = (year: number) => 1 - year;

function ordinalValue(text: string): number {
  const digits = /^\d+/.exec(text);
  if (digits) return Number(digits[0]);
  const lower = text.toLowerCase();
  const twenty = lower.startsWith("twenty-");
  const index = ORDINAL_WORDS.indexOf(twenty ? lower.slice(7) : lower);
  return index < 0 ? 0 : index + 1 + (twenty ? 20 : 0);
}

function numberValue(text: string): number {
  return /^\d/.test(text) ? Number(text) : (NUMBER_WORDS[text.toLowerCase()] ?? 0);
}

/** Marks every end of a date approximate ("~"), keeping open ends open. */
function approximate(date: string): string {
  return date
    .split("/")
    .map((part) => (part === "" || part === ".." || /[~?%]$/.test(part) ? part : `${part}~`))
    .join("/");
}

/** Early, mid and late parts of a span of years, as thirds. */
function partOf(first: number, last: number, part: string | undefined): [number, number] {
  if (!part) return [first, last];
  const length = last - first + 1;
  const third = Math.floor(length / 3);
  if (part.toLowerCase() === "early") return [first, first + third];
  if (part.toLowerCase() === "late") return [last - third, last];
  return [first + third + 1, last - third - 1];
}

function span([first, last]: [number, number], qualified: boolean): string {
  const date = `${pad(first)}/${pad(last)}`;
  return qualified ? approximate(date) : date;
}

function capitalize(text: string): string {
  const words = text.replace(/\s+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The century a two-digit decade ("the nineties", "the '90s") is in: the latest not after the dateline. */
function decadeYear(digit: number, dateline: Dateline | undefined): number {
  const now = dateline?.year ?? 1999;
  let year = Math.floor(now / 100) * 100 + digit * 10;
  if (year > now) year -= 100;
  return year;
}

function parseDateline(text: string | undefined): Dateline | undefined {
  if (!text) return undefined;
  const parsed = parseStoryDate(text);
  const point = parsed?.start;
  if (!point || parsed.interval || point.precision !== "day") return undefined;
  return { text, year: point.year, month: point.month ?? 1, day: point.day ?? 1 };
}

type Rule = (
  text: string,
  dateline: Dateline | undefined,
  field: boolean,
  options: DatePhraseOptions,
) => Candidate[];

function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))];
}

const centuries: Rule = (text) =>
  matches(
    new RegExp(String.raw`\b(?:the\s+)?${PART}${ORDINAL}[\s-]+century(?:\s+${ERA})?`, "iu"),
    text,
  )
    .map((match) => {
      const [words, part, ordinal = "", before] = match;
      const n = ordinalValue(ordinal);
      if (n < 1 || n > 21) return undefined;
      let date: string;
      if (before) {
        // The third century BCE runs from 300 BCE down to 201 BCE.
        const [firstBce, lastBce] = partOf(-(n * 100), -((n - 1) * 100 + 1), part).map((y) => -y);
        date = span([beforeCommonEra(firstBce ?? 0), beforeCommonEra(lastBce ?? 0)], Boolean(part));
      } else if (part) {
        date = span(partOf((n - 1) * 100, (n - 1) * 100 + 99, part), true);
      } else {
        date = `${two(n - 1)}XX`;
      }
      return {
        index: match.index,
        end: match.index + words.length,
        date,
        displayDate: capitalize(words),
        priority: 1,
      };
    })
    .filter((candidate) => candidate !== undefined);

function decadeCandidate(
  match: RegExpExecArray,
  first: number,
  part: string | undefined,
  before: boolean,
  displayDate: string | undefined,
): Candidate {
  const words = match[0];
  let date: string;
  if (before) {
    // The 280s BCE are 289 to 280 BCE.
    const [firstBce, lastBce] = partOf(-(first + 9), -first, part).map((y) => -y);
    date = span([beforeCommonEra(firstBce ?? 0), beforeCommonEra(lastBce ?? 0)], Boolean(part));
  } else if (part) {
    date = span(partOf(first, first + 9, part), true);
  } else {
    date = `${pad(first).slice(0, 3)}X`;
  }
  return {
    index: match.index,
    end: match.index + words.length,
    date,
    displayDate: part || before ? capitalize(words) : displayDate,
    priority: 1,
  };
}

const decades: Rule = (text, dateline) => [
  ...matches(new RegExp(String.raw`\bthe\s+${PART}(${DECADE_WORDS.join("|")})\b`, "iu"), text).map(
    (match) =>
      decadeCandidate(
        match,
        decadeYear(DECADE_WORDS.indexOf((match[2] ?? "").toLowerCase()) + 2, dateline),
        match[1],
        false,
        capitalize(match[0]),
      ),
  ),
  ...matches(
    new RegExp(String.raw`\b(?:the\s+)?${PART}(\d{1,3}0)['’]?s\b(?:\s+${ERA})?`, "iu"),
    text,
  ).flatMap((match) => {
    const digits = match[2] ?? "";
    if (digits.length < 3 && !match[3]) return [];
    const first = Number(digits);
    // "The 1800s" is a century; "the 2000s" is usually the decade.
    if (/^\d\d00$/.test(digits) && first !== 2000 && !match[1] && !match[3]) {
      return [
        {
          index: match.index,
          end: match.index + match[0].length,
          date: `${digits.slice(0, 2)}XX`,
          priority: 1,
        },
      ];
    }
    return [decadeCandidate(match, first, match[1], Boolean(match[3]), undefined)];
  }),
  ...matches(new RegExp(String.raw`(?<![\p{L}\d])(?:the\s+)?${PART}['’](\d)0s\b`, "iu"), text).map(
    (match) =>
      decadeCandidate(match, decadeYear(Number(match[2]), dateline), match[1], false, undefined),
  ),
];

/** A year in a range, or `undefined` when the number cannot be one. */
function rangeYear(
  digits: string,
  before: boolean,
  after: boolean,
  other?: number,
): number | undefined {
  let year = Number(digits);
  if (digits.length === 2 && other !== undefined && other >= 1000) {
    year = Math.floor(other / 100) * 100 + year;
    if (year < other) year += 100;
  } else if (digits.length < 4 && !before && !after) {
    return undefined;
  }
  if (!before && !after && (year < 1000 || year > 2200)) return undefined;
  return before ? beforeCommonEra(year) : year;
}

const yearRanges: Rule = (text) =>
  matches(
    new RegExp(
      String.raw`(?<![\d/–-])\b(?:(from|between)\s+)?(\d{1,4})(?:\s*${ERA})?\s*(-|–|—|to|and|until|till|through)\s*(\d{2,4})(?:\s*${ERA})?(?![\d/–-]|[.,]\d)`,
      "iu",
    ),
    text,
  ).flatMap((match) => {
    const [words, lead, firstDigits = "", firstBefore, firstAfter, link = "", lastDigits = ""] =
      match;
    const lastBefore = match[7];
    const lastAfter = match[8];
    const connector = link.toLowerCase();
    if (connector === "and" && lead?.toLowerCase() !== "between") return [];
    if (lastDigits.length === 2 && !/^[-–—]$/.test(connector)) return [];
    // "300-200 BC": an era after the second year applies to both.
    const before = Boolean(firstBefore || (lastBefore && !firstAfter));
    const first = rangeYear(firstDigits, before, Boolean(firstAfter || lastAfter));
    const last = rangeYear(
      lastDigits,
      Boolean(lastBefore),
      Boolean(lastAfter || firstAfter),
      first !== undefined && !before ? first : undefined,
    );
    if (first === undefined || last === undefined || first >= last) return [];
    return [
      {
        index: match.index,
        end: match.index + words.length,
        date: `${pad(first)}/${pad(last)}`,
        priority: 1,
      },
    ];
  });

const eraYears: Rule = (text) => [
  ...matches(new RegExp(String.raw`\b(\d{1,4})\s*${ERA}`, "iu"), text).map((match) => {
    const year = Number(match[1]);
    return {
      index: match.index,
      end: match.index + match[0].length,
      date: pad(match[2] ? beforeCommonEra(year) : year),
      // A reader would not know "79" for a year of the common era.
      displayDate: !match[2] && year < 1000 ? `AD ${year}` : undefined,
      priority: 1,
    };
  }),
  ...matches(/\bA\.?\s?D\.?\s+(\d{1,4})\b/u, text).map((match) => ({
    index: match.index,
    end: match.index + match[0].length,
    date: pad(Number(match[1])),
    displayDate: Number(match[1]) < 1000 ? `AD ${Number(match[1])}` : undefined,
    priority: 1,
  })),
];

function addMonths(dateline: Dateline, months: number): string {
  const total = dateline.year * 12 + dateline.month - 1 + months;
  return `${pad(Math.floor(total / 12))}-${two((total % 12) + 1)}`;
}

function addDays(dateline: Dateline, days: number): string {
  const date = new Date(Date.UTC(2000, dateline.month - 1, dateline.day + days));
  date.setUTCFullYear(dateline.year + (date.getUTCFullYear() - 2000));
  return `${pad(date.getUTCFullYear())}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** "the next twelve months", "the past two years", "within a decade": spans from the dateline. */
const countedSpans: Rule = (text, dateline) =>
  matches(
    new RegExp(
      String.raw`\b(?:(?:in|over|during)\s+)?(?:the\s+)?(next|coming|past|last|previous|within)\s+(?:${NUMBER}\s+)?(days?|weeks?|months?|years?|decades?)\b`,
      "iu",
    ),
    text,
  ).flatMap((match) => {
    const [words, direction = "", count, unit = ""] = match;
    // "next year", "last month" name one period: chrono-node reads those.
    if (count === undefined && !/^the\b|\bthe\s/i.test(words)) return [];
    const n = count === undefined ? 1 : numberValue(count);
    if (n < 1) return [];
    const candidate: Candidate = {
      index: match.index,
      end: match.index + words.length,
      fromDateline: true,
      priority: 1,
    };
    if (!dateline) return [candidate];
    const sign = /^(past|last|previous)$/i.test(direction) ? -1 : 1;
    const lowerUnit = unit.toLowerCase().replace(/s$/, "");
    let other: string;
    let here: string;
    if (lowerUnit === "day" || lowerUnit === "week") {
      here = addDays(dateline, 0);
      other = addDays(dateline, sign * n * (lowerUnit === "week" ? 7 : 1));
    } else if (lowerUnit === "month") {
      here = addMonths(dateline, 0);
      other = addMonths(dateline, sign * n);
    } else {
      here = pad(dateline.year);
      other = pad(dateline.year + sign * n * (lowerUnit === "decade" ? 10 : 1));
    }
    candidate.date = approximate(sign > 0 ? `${here}/${other}` : `${other}/${here}`);
    candidate.displayDate = capitalize(words.replace(/^(in|over|during)\s+/i, ""));
    return [candidate];
  });

/** Four-digit years, where the words around them say they are years and not counts or sums. */
const bareYears: Rule = (text, _dateline, field) =>
  matches(
    /(?<![$€£¥#\d.,/–-])\b(?:((?:early|mid|late|spring|summer|autumn|fall|winter)(?:\s+of)?[\s-]+))?(\d{4})\b(?![\d/–-]|[.,]\d|\s*(?:%|percent|per cent))/iu,
    text,
  ).flatMap((match) => {
    const [words, part, digits = ""] = match;
    const year = Number(digits);
    if (year < 1000 || year > 2200) return [];
    const before = text.slice(0, match.index);
    if (!field && !part && !YEAR_CONTEXT.test(before)) return [];
    if (!field && COUNT_AFTER.test(text.slice(match.index + words.length))) return [];
    let date = digits;
    const open = /(?:^|[^\p{L}])((since|until|till)\s+)$/iu.exec(before);
    if (open?.[2]?.toLowerCase() === "since") date = `${digits}/..`;
    else if (open) date = `../${digits}`;
    return [
      {
        index: match.index - (open?.[1]?.length ?? 0),
        end: match.index + words.length,
        date,
        displayDate: part ? capitalize(words) : undefined,
        priority: 1,
      },
    ];
  });

/**
 * "in 391." in a text that writes its other years by era: a year of the common era, where the
 * number closes the clause, so that it cannot be a count ("in 120 scrolls"), and follows a word
 * of time, not of amount ("grew by 300.", "about 300.").
 */
const shortYears: Rule = (text, _dateline, _field, options) =>
  options.eraYears
    ? matches(
        /(?<=\b(?:in|until|till|since|after|before)\s+)(\d{2,3})(?=\s*(?:[.;:!?)]|,\s|$))/iu,
        text,
      ).flatMap((match) => {
        return [
          {
            index: match.index,
            end: match.index + match[0].length,
            date: pad(Number(match[1])),
            priority: 0,
          },
        ];
      })
    : [];

/** "2015–present", "1999 to the present": a span still open at the time of writing. */
const toPresent: Rule = (text) =>
  matches(
    /(?<![\d/–-])\b(?:(?:from|since)\s+)?(\d{4})\s*(?:-|–|—|to|until)\s*(?:the\s+)?(?:present|today|now)\b/iu,
    text,
  ).flatMap((match) => {
    const year = Number(match[1]);
    if (year < 1000 || year > 2200) return [];
    return [
      {
        index: match.index,
        end: match.index + match[0].length,
        date: `${match[1]}/..`,
        priority: 1,
      },
    ];
  });

/** "between March and May 2020", "Feb. to Sept. 2022". */
const monthRanges: Rule = (text) =>
  matches(
    new RegExp(
      String.raw`\b(?:([Ff]rom|[Bb]etween)\s+)?${MONTH_NAMES}(?:\s+(\d{4}))?\s*(-|–|—|to|and|until|through)\s*${MONTH_NAMES}\s+(\d{4})\b`,
      "u",
    ),
    text,
  ).flatMap((match) => {
    const [words, lead, firstName = "", firstYear, link = "", lastName = "", lastYear = ""] = match;
    if (link === "and" && lead?.toLowerCase() !== "between") return [];
    const month = (name: string) => MONTH_PREFIXES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
    const first = month(firstName);
    const last = month(lastName);
    const endYear = Number(lastYear);
    const startYear = firstYear ? Number(firstYear) : first > last ? endYear - 1 : endYear;
    if (startYear * 12 + first >= endYear * 12 + last) return [];
    return [
      {
        index: match.index,
        end: match.index + words.length,
        date: `${pad(startYear)}-${two(first)}/${pad(endYear)}-${two(last)}`,
        priority: 1,
      },
    ];
  });

const PRESIDENT = `(${Object.keys(PRESIDENCIES).join("|")})`;

/** "the Obama and Bush presidencies", "the Reagan administration", "under Clinton", "Obama's presidency". */
const namedPresidencies: Rule = (text, dateline) =>
  [
    ...matches(
      new RegExp(
        String.raw`\b(?:[Tt]he\s+)?(${PRESIDENT}(?:(?:,\s*|,?\s+and\s+|\s+or\s+)${PRESIDENT})*)(?:['’]s)?\s+(?:presidency|presidencies|administrations?|era|years)\b`,
        "u",
      ),
      text,
    ).map((match) => ({ match, names: (match[1] ?? "").match(new RegExp(PRESIDENT, "gu")) ?? [] })),
    ...matches(new RegExp(String.raw`\bunder\s+(?:President\s+)?${PRESIDENT}\b`, "u"), text).map(
      (match) => ({ match, names: [match[1] ?? ""] }),
    ),
  ].flatMap(({ match, names }) => {
    const span = presidencySpan(names, dateline?.year ?? new Date().getUTCFullYear());
    if (!span) return [];
    const date = `${pad(span.first)}/${pad(span.last)}`;
    return [
      {
        index: match.index,
        end: match.index + match[0].length,
        date: span.note ? date.replace(/\/(.*)$/, "?/$1?") : date,
        displayDate: capitalize(match[0]),
        note: span.note,
        priority: 1,
      },
    ];
  });

/** Whether a term (inauguration in January of `first` to January of `last`) spans the dateline. */
const inOffice = (term: Term, dateline: Dateline) => {
  const at = dateline.year * 10000 + dateline.month * 100 + dateline.day;
  return term.first * 10000 + 120 <= at && at < term.last * 10000 + 120;
};

/**
 * "when Biden is president": the term of the president in office at the article's date, or, when
 * the name is not the sitting president's, a hypothesis and no date ("quite another when Trump is
 * president", written before an election). "while Obama was president": a term already over.
 */
const presidentClauses: Rule = (text, dateline) =>
  matches(
    new RegExp(
      String.raw`\b(?:when|while)\s+(?:President\s+)?${PRESIDENT}\s+(is|was)\s+(?:the\s+)?president\b`,
      "u",
    ),
    text,
  ).flatMap((match) => {
    const [words, name = "", tense] = match;
    const candidate: Candidate = {
      index: match.index,
      end: match.index + words.length,
      displayDate: capitalize(words),
      priority: 1,
    };
    if (tense === "was") {
      const span = presidencySpan([name], dateline?.year ?? new Date().getUTCFullYear(), true);
      if (!span) return [];
      const date = `${pad(span.first)}/${pad(span.last)}`;
      return [
        {
          ...candidate,
          date: span.note ? date.replace(/\/(.*)$/, "?/$1?") : date,
          note: span.note,
        },
      ];
    }
    candidate.fromDateline = true;
    if (!dateline) return [candidate];
    const term = PRESIDENCIES[name]?.find((each) => inOffice(each, dateline));
    if (!term) return [];
    return [{ ...candidate, date: `${pad(term.first)}/${pad(term.last)}` }];
  });

/** "for now", "its most recent": the time the article was written. */
const timeOfWriting: Rule = (text, dateline) =>
  matches(
    /\b(?:for now|right now|as of now|at the time of writing|at this writing|(?:its|the|his|her|their) most recent)\b/iu,
    text,
  ).map((match) => ({
    index: match.index,
    end: match.index + match[0].length,
    date: dateline ? `${addMonths(dateline, 0)}~` : undefined,
    fromDateline: true,
    priority: 1,
  }));

const RULES: Rule[] = [
  namedPresidencies,
  presidentClauses,
  timeOfWriting,
  centuries,
  decades,
  yearRanges,
  eraYears,
  countedSpans,
  bareYears,
  shortYears,
  toPresent,
  monthRanges,
];

/** Words that put a sentence in the future: "work will start in June" is next June. */
const FUTURE =
  /\b(?:will|would|shall|expected|expects|plans? to|planned for|scheduled|due to|set to|is to|are to)\b/i;

/**
 * The year of a month (and day) the text gives without one: the latest not after the dateline, or
 * in a sentence about the future, the first not before it.
 */
function yearFor(
  month: number,
  day: number | undefined,
  dateline: Dateline,
  future: boolean,
): number {
  const later = month > dateline.month || (month === dateline.month && (day ?? 0) > dateline.day);
  const earlier =
    month < dateline.month || (month === dateline.month && (day ?? 99) < dateline.day);
  if (future) return earlier ? dateline.year + 1 : dateline.year;
  return later ? dateline.year - 1 : dateline.year;
}

function chronoCandidate(
  result: ParsedResult,
  dateline: Dateline | undefined,
  future: boolean,
  field: boolean,
): Candidate | undefined {
  const { start } = result;
  const tags = result.tags();
  const relative = [...tags].some(
    (tag) => tag.startsWith("result/relativeDate") || tag.startsWith("casualReference"),
  );
  if (
    tags.has("casualReference/now") ||
    !(
      start.isCertain("year") ||
      start.isCertain("month") ||
      start.isCertain("weekday") ||
      start.isCertain("day")
    )
  ) {
    return undefined;
  }
  let text = result.text.replace(/[\s,;:]+$/, "");
  let index = result.index;
  const lead = /^(?:on|in|at|during|by)\s+/i.exec(text);
  if (lead) {
    text = text.slice(lead[0].length);
    index += lead[0].length;
  }
  // "they march on", "sun": in a text, month and day names only count when written as names
  // ("last Tuesday"); in a date field, "in february" is meant as a date.
  if (!field && !relative && !start.isCertain("year") && !/\p{Lu}/u.test(text)) return undefined;
  const candidate: Candidate = { index, end: index + text.length, priority: 0 };
  const point = (component: typeof start): string | undefined => {
    const hasYear = component.isCertain("year") || relative;
    if (!hasYear && !dateline) return undefined;
    const month = component.get("month") ?? 1;
    const yearOf = (day?: number) =>
      hasYear ? (component.get("year") ?? 0) : yearFor(month, day, dateline as Dateline, future);
    if (component.isCertain("day") && (component.isCertain("month") || relative)) {
      const day = component.get("day") ?? 1;
      return `${pad(yearOf(day))}-${two(month)}-${two(day)}`;
    }
    if (component.isCertain("weekday") && dateline) {
      // A weekday alone: the latest such day not after the dateline ("last": before it).
      const weekday = component.get("weekday") ?? 0;
      const at = new Date(Date.UTC(dateline.year, dateline.month - 1, dateline.day));
      const back = (at.getUTCDay() - weekday + 7) % 7;
      return addDays(dateline, -(back === 0 && /^last\s/i.test(text) ? 7 : back));
    }
    if (component.isCertain("month")) return `${pad(yearOf())}-${two(month)}`;
    if (component.isCertain("year") || relative) return pad(component.get("year") ?? 0);
    return undefined;
  };
  const first = point(start);
  const last = result.end ? point(result.end) : undefined;
  const needsDateline = relative || !start.isCertain("year");
  candidate.fromDateline = needsDateline;
  if (first === undefined || (needsDateline && !dateline)) return candidate;
  let date = last && last !== first ? `${first}/${last}` : first;
  if (!isStoryDate(date)) return undefined;
  // A year taken from the dateline, "two weeks ago" or "in 300 days" is only approximately right.
  if (!start.isCertain("year") && !relative) date = approximate(date);
  else if (/\bago\b/i.test(text) || /^(?:in|within)\s+\S+\s+\p{L}/iu.test(result.text))
    date = approximate(date);
  candidate.date = date;
  return candidate;
}

function chronoCandidates(
  text: string,
  dateline: Dateline | undefined,
  field: boolean,
): Candidate[] {
  const instant = dateline
    ? new Date(Date.UTC(dateline.year, dateline.month - 1, dateline.day, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  return casual
    .parse(text, { instant, timezone: 0 })
    .map((result) => chronoCandidate(result, dateline, FUTURE.test(text), field))
    .filter((candidate) => candidate !== undefined);
}

/** Every candidate, the longest first; overlapping shorter ones dropped. */
function pick(
  text: string,
  dateline: Dateline | undefined,
  field: boolean,
  options: DatePhraseOptions,
): Candidate[] {
  const all = [
    ...RULES.flatMap((rule) => rule(text, dateline, field, options)),
    ...chronoCandidates(text, dateline, field),
  ].sort(
    (a, b) => b.end - b.index - (a.end - a.index) || b.priority - a.priority || a.index - b.index,
  );
  const chosen: Candidate[] = [];
  for (const candidate of all) {
    if (chosen.some((other) => candidate.index < other.end && other.index < candidate.end))
      continue;
    chosen.push(candidate);
  }
  for (const candidate of chosen) {
    const approx = APPROXIMATE_BEFORE.exec(text.slice(0, candidate.index));
    if (approx?.[1]) {
      candidate.index -= approx[1].length;
      if (candidate.date) candidate.date = approximate(candidate.date);
      if (candidate.displayDate)
        candidate.displayDate = capitalize(text.slice(candidate.index, candidate.end));
    }
  }
  return chosen.sort((a, b) => a.index - b.index);
}

function reading(
  candidate: Candidate,
  words: string,
  dateline: Dateline | undefined,
  locale: string,
): DateReading | undefined {
  const { date } = candidate;
  const parsed = date === undefined ? undefined : parseStoryDate(date);
  if (!date || !parsed) return undefined;
  const result: DateReading = {
    date,
    reads: candidate.displayDate ?? formatStoryDate(parsed, locale),
  };
  if (candidate.displayDate) result.displayDate = candidate.displayDate;
  if (candidate.note) {
    result.dateNote = candidate.note;
  } else if (candidate.fromDateline && dateline) {
    result.dateNote = `The article says “${words}”; the date is counted from the article’s date (${dateline.text}).`;
  }
  return result;
}

/**
 * Whether a text writes years by era ("245 BC", "AD 79", "the 2nd century BC"), as histories of
 * antiquity do.
 */
export function writesEraYears(text: string): boolean {
  return new RegExp(
    String.raw`(?:\b\d{1,4}|\bcentury|\bcenturies|\d0s)\s*${ERA}|\bA\.?\s?D\.?\s+\d`,
    "iu",
  ).test(text);
}

/**
 * Every date in a text, in order, with the words it was read from. Phrases that need the article's
 * date are left out when `dateline` is not given.
 */
export function findDates(text: string, options: DatePhraseOptions = {}): FoundDate[] {
  const dateline = parseDateline(options.dateline);
  const locale = options.locale ?? "en";
  return pick(text, dateline, false, options).flatMap((candidate) => {
    const words = text.slice(candidate.index, candidate.end);
    const read = reading(candidate, words, dateline, locale);
    return read ? [{ ...read, text: words, index: candidate.index }] : [];
  });
}

/** The date phrases of a text that only the article's date can turn into dates ("in February"). */
export function datesWaitingForDateline(
  text: string,
  options: Omit<DatePhraseOptions, "dateline"> = {},
): { text: string; index: number }[] {
  return pick(text, undefined, false, options)
    .filter((candidate) => candidate.fromDateline && !candidate.date)
    .map((candidate) => ({
      text: text.slice(candidate.index, candidate.end),
      index: candidate.index,
    }));
}

const FILLER = /^[\s,.;:()–-]*(?:(?:in|on|at|during|the|of)\b[\s,.;:()–-]*)*$/i;

/**
 * Reads what an editor typed in a date field: a story-file date as it is ("2024-02", "199X"), or
 * words ("Oct. 27, 2024", "the nineties", "about 240 BC"). Says what is wrong when it cannot.
 */
export function readDatePhrase(input: string, options: DatePhraseOptions = {}): DatePhraseResult {
  const text = input.trim();
  const locale = options.locale ?? "en";
  if (!text)
    return {
      ok: false,
      message: 'The date is empty. Type one, e.g. "Oct. 27, 2024" or "the 1990s".',
    };
  const storyDate = parseStoryDate(text);
  if (storyDate) return { ok: true, date: text, reads: formatStoryDate(storyDate, locale) };
  const dateline = parseDateline(options.dateline);
  const found = pick(text, dateline, true, options);
  const whole = found.find(
    (candidate) =>
      FILLER.test(text.slice(0, candidate.index)) && FILLER.test(text.slice(candidate.end)),
  );
  if (whole && !whole.date && whole.fromDateline) {
    return {
      ok: false,
      message: `“${text}” needs a year. Add one, e.g. “${text} 2024”, or give the article’s date so Backstory can count from it.`,
      needsDateline: true,
    };
  }
  const read = whole && reading(whole, text.slice(whole.index, whole.end), dateline, locale);
  if (!read) {
    return {
      ok: false,
      message: `“${text}” is not a date Backstory can read. Write it like “Oct. 27, 2024”, “February 2024”, “2021”, “the 1990s”, “about 240 BC” or “2001-2017”.`,
    };
  }
  return { ok: true, ...read };
}

/**
 * Reads the day an article was published, typed as its dateline gives it ("Oct. 30, 2024") or as
 * the story file keeps it ("2024-10-30"): the story's `article.date`, which other dates count from.
 */
export function readArticleDate(input: string, locale = "en"): DatePhraseResult {
  const text = input.trim();
  const read = text ? readDatePhrase(text, { locale }) : undefined;
  if (read?.ok && /^\d{4}-\d{2}-\d{2}$/.test(read.date)) return read;
  if (read?.ok) {
    return {
      ok: false,
      message: `“${text}” is ${read.reads}, not one day. Give the day the article was published, e.g. “Oct. 30, 2024”.`,
    };
  }
  return {
    ok: false,
    message: `“${text}” is not a day Backstory can read. Write the day the article was published like “Oct. 30, 2024” or “2024-10-30”.`,
  };
}
