/**
 * The docs' tables of what the code defines once: a pipe, a scheduled job, a
 * route, a migration or a number series added to the code without its line in
 * the docs fails here; so do cost figures the model no longer gives.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { routeKey } from "@hb/api/route";
import { routes } from "@hb/api/routes";
import { pipes } from "@hb/core/pipes";
import { schedules } from "@hb/core/schedules";
import { migrations } from "@hb/core/migrations/registry";
import { type EntityName, keys } from "@hb/core/keys";
import { monthlyCost, referenceAreas } from "../bench/cost";
import { dataModelPath, entityRows, keyCells } from "../scripts/data-model";

const doc = (name: string) => readFileSync(join("docs", name), "utf8");

/** The lines of the section under `heading` (up to the next heading of the same or a higher level). */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === heading);
  expect(start, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(" ");
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(" ") <= level);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** The first cell of each body row of the section's tables, without backticks. */
const firstCells = (lines: string[]): string[] =>
  lines
    .filter((line) => line.startsWith("|") && !/^\|[-| :]+\|$/.test(line.trim()))
    .map((line) => line.split("|")[1]!.trim().replaceAll("`", ""))
    .slice(1); // the header row

const sorted = (names: readonly string[]) => [...names].sort();

describe("docs list what the code defines", () => {
  it("data-model.md's pipes table has every pipe of pipes.ts, and no other", () => {
    expect(sorted(firstCells(section(doc("data-model.md"), "## Streams and pipes")))).toEqual(sorted(pipes.map((pipe) => pipe.name)));
  });

  it("operations.md's scheduled jobs table has every job of schedules.ts, and no other", () => {
    expect(sorted(firstCells(section(doc("operations.md"), "### Scheduled jobs")))).toEqual(sorted(schedules.map((job) => job.name)));
  });

  it("operations.md's upgrading section lists every registered migration, and no other", () => {
    expect(sorted(firstCells(section(doc("operations.md"), "## Upgrading")))).toEqual(sorted(migrations.map((migration) => migration.id)));
  });

  it("api.md's routes table has every route of routes.ts, and no other", () => {
    expect(sorted(firstCells(section(doc("api.md"), "## Routes")))).toEqual(sorted(routes.map(routeKey)));
  });

  it("data-model.md's entity table has every entity of the key registry, with its keys as keys.ts declares them (npx tsx scripts/data-model.ts)", () => {
    const rows = entityRows(readFileSync(dataModelPath, "utf8"));
    // Powertools' idempotency record: its key is the library's, not the registry's.
    expect(sorted(rows.map((row) => row.name))).toEqual(sorted([...Object.keys(keys), "Idempotency"]));
    for (const row of rows.filter((row) => row.name !== "Idempotency")) expect(row.cells.slice(1, 4), row.name).toEqual(keyCells(row.name as EntityName));
  });

  it("data-model.md's Counter row names every number series the code reserves", () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [join(dir, entry.name)] : [],
      );
    const series = new Set(sources("packages/core/src").flatMap((file) => [...readFileSync(file, "utf8").matchAll(/reserveNumbers\("([A-Z]+)"/g)].map((match) => match[1]!)));
    expect(series.size).toBeGreaterThan(0);
    const counterRow = doc("data-model.md").split("\n").find((line) => line.startsWith("| Counter |"));
    for (const name of series) expect(counterRow, name).toContain(name);
  });

  it("cost.md's totals are what bench/cost.ts computes for the reference areas", () => {
    const totals = doc("cost.md").split("\n").find((line) => line.startsWith("| **total** |"))!;
    const computed = Object.values(referenceAreas).map((area) => Object.values(monthlyCost(area)).reduce((a, b) => a + b, 0).toFixed(0));
    expect([...totals.matchAll(/\*\*(\d+)\*\*/g)].map((match) => match[1])).toEqual(computed);
  });
});
