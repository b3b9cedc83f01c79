/**
 * Renders the key columns of docs/data-model.md's entity table from the key registry
 * (packages/core/src/keys.ts): `npx tsx scripts/data-model.ts` rewrites them in place, keeping each
 * row's attributes; test/docs.test.ts fails when the docs and the registry differ.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type EntityDeclaration, type EntityName, keys } from "@hb/core/keys";

export const dataModelPath = join(import.meta.dirname, "../docs/data-model.md");
/** The header of the generated table. */
export const entityTableHeader = "| entity (`type`) | pk | sk | index keys (while in a sparse index) | attributes |";

const code = (template: string) => `\`${template.replace(/\{(\w+)\}/g, "<$1>")}\``;

/** The entity's key cells as the docs show them: pk, sk, and its index keys. */
export function keyCells(name: EntityName): [string, string, string] {
  const declared: EntityDeclaration = keys[name].declaration;
  const indexes = (["gsi1", "gsi2", "gsi3"] as const).flatMap((index) => {
    const keysOf = declared[index];
    return keysOf ? [`${index} ${code(keysOf.pk)} / ${code(keysOf.sk)}${keysOf.while ? ` while ${keysOf.while}` : ""}`] : [];
  });
  return [code(declared.pk), code(declared.sk), indexes.length > 0 ? indexes.join("; ") : "–"];
}

/** The entity table's rows: the first word of the first cell names the entity. */
export function entityRows(markdown: string): { name: string; cells: string[]; line: number }[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(entityTableHeader);
  if (start < 0) throw new Error(`docs/data-model.md has no entity table headed ${entityTableHeader}`);
  const rows: { name: string; cells: string[]; line: number }[] = [];
  for (let index = start + 2; index < lines.length && lines[index]!.startsWith("| "); index++) {
    const cells = lines[index]!.slice(2, -2).split(" | ");
    rows.push({ name: cells[0]!.split(" ")[0]!, cells, line: index });
  }
  return rows;
}

function render(): void {
  const lines = readFileSync(dataModelPath, "utf8").split("\n");
  for (const row of entityRows(lines.join("\n"))) {
    if (!(row.name in keys)) continue;
    const [pk, sk, indexes] = keyCells(row.name as EntityName);
    lines[row.line] = `| ${[row.cells[0], pk, sk, indexes, ...row.cells.slice(4)].join(" | ")} |`;
  }
  writeFileSync(dataModelPath, lines.join("\n"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) render();
