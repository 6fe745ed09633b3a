/**
 * Periods that news copy names instead of dating: "the Obama presidency", "the Bush and Obama
 * administrations", "under Reagan". Only United States presidencies for now, the periods American
 * news copy names most; each term from inauguration year to the year it ended.
 */

export interface Term {
  first: number;
  last: number;
  /** The president's full name, for a note when a surname is shared. */
  name: string;
}

export const PRESIDENCIES: Record<string, Term[]> = {
  Eisenhower: [{ first: 1953, last: 1961, name: "Dwight D. Eisenhower" }],
  Kennedy: [{ first: 1961, last: 1963, name: "John F. Kennedy" }],
  Johnson: [{ first: 1963, last: 1969, name: "Lyndon B. Johnson" }],
  Nixon: [{ first: 1969, last: 1974, name: "Richard Nixon" }],
  Ford: [{ first: 1974, last: 1977, name: "Gerald Ford" }],
  Carter: [{ first: 1977, last: 1981, name: "Jimmy Carter" }],
  Reagan: [{ first: 1981, last: 1989, name: "Ronald Reagan" }],
  Bush: [
    { first: 1989, last: 1993, name: "George H. W. Bush" },
    { first: 2001, last: 2009, name: "George W. Bush" },
  ],
  Clinton: [{ first: 1993, last: 2001, name: "Bill Clinton" }],
  Obama: [{ first: 2009, last: 2017, name: "Barack Obama" }],
  Trump: [
    { first: 2017, last: 2021, name: "Donald Trump" },
    { first: 2025, last: 2029, name: "Donald Trump" },
  ],
  Biden: [{ first: 2021, last: 2025, name: "Joe Biden" }],
};

export interface NamedSpan {
  first: number;
  last: number;
  /** Set when a surname had to be chosen between presidents, or a term between terms. */
  note?: string;
}

/**
 * The span of the named presidencies, as known at `now` (a year). A shared surname is read as the
 * term next to another named one ("the Obama and Bush presidencies": George W. Bush), otherwise the
 * latest begun by `now` (with `over`, the latest ended by then: "when Trump was president"); the
 * note then says which was chosen.
 */
export function presidencySpan(names: string[], now: number, over = false): NamedSpan | undefined {
  const choices = names.map((name) =>
    (PRESIDENCIES[name] ?? []).filter((term) => (over ? term.last : term.first) <= now),
  );
  if (choices.some((terms) => terms.length === 0)) return undefined;
  const chosen: Term[] = [];
  const notes: string[] = [];
  choices.forEach((terms, index) => {
    let term = terms.at(-1) as Term;
    if (terms.length > 1) {
      const others = choices.filter((_, other) => other !== index && choices[other]?.length === 1);
      const adjacent = terms.find((candidate) =>
        others.some(
          ([other]) => other && (other.first === candidate.last || other.last === candidate.first),
        ),
      );
      term = adjacent ?? term;
      const alternatives = terms
        .filter((candidate) => candidate !== term)
        .map((candidate) => `${candidate.name} (${candidate.first}–${candidate.last})`)
        .join(" or ");
      notes.push(
        `takes “${names[index]}” to mean ${term.name} (${term.first}–${term.last}); if it means ${alternatives}, change the date`,
      );
    }
    chosen.push(term);
  });
  const span: NamedSpan = {
    first: Math.min(...chosen.map((term) => term.first)),
    last: Math.max(...chosen.map((term) => term.last)),
  };
  if (notes.length) span.note = `Backstory ${notes.join("; ")}.`;
  return span;
}
