/**
 * Reading a TimelineJS timeline for `backstory import`: its JSON, or its Google Sheets template
 * saved as CSV (read with csv-parse), with one-line errors that say what to export instead.
 */
import { parse } from "csv-parse/sync";
import {
  configFromSheetRows,
  SHEET_COLUMNS,
  type TimelineJsConfig,
} from "../authoring/timelinejs.js";
import { InputError } from "./story-file.js";

/** Reads a TimelineJS JSON file, or the Google Sheets template saved as CSV. */
export function readTimelineJs(path: string, text: string): TimelineJsConfig {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new InputError(
        `${path}: this is not valid JSON (${(error as Error).message}). Export the timeline's JSON again, or save its Google Sheet as CSV (File > Download > Comma-separated values).`,
      );
    }
    const config = value as TimelineJsConfig & { timeline?: unknown };
    if (!Array.isArray(config.events)) {
      throw new InputError(
        config.timeline
          ? `${path}: this is the old TimelineJS 2 format ("timeline": {"date": […]}), which backstory cannot read. Open it in TimelineJS 3 and export it, or save its Google Sheet as CSV.`
          : `${path}: this JSON has no "events" list, so it is not a TimelineJS timeline.`,
      );
    }
    return config;
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(trimmed, {
      columns: (header: string[]) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
    });
  } catch (error) {
    throw new InputError(
      `${path}: this CSV cannot be read (${(error as Error).message}). Save the Google Sheet again with File > Download > Comma-separated values.`,
    );
  }
  const header = Object.keys(rows[0] ?? {});
  if (!header.includes("Headline") || !(header.includes("Year") || header.includes("Start Date"))) {
    throw new InputError(
      `${path}: the first row does not have the TimelineJS template's columns (${SHEET_COLUMNS.join(", ")}); it has ${header.length ? header.join(", ") : "none"}. Start from the TimelineJS Google Sheets template, or give a TimelineJS JSON file.`,
    );
  }
  if (header.includes("Start Date") && !header.includes("Year")) {
    throw new InputError(
      `${path}: this is the old TimelineJS 2 sheet (a "Start Date" column). Copy its rows into the TimelineJS 3 template, which has Year, Month and Day columns, and save that as CSV.`,
    );
  }
  return configFromSheetRows(rows);
}
