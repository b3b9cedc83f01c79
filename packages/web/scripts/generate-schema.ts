import { writeFile } from "node:fs/promises";
import { generateSchema, schemaPath } from "./schema";

await writeFile(schemaPath, await generateSchema());
console.log(`wrote ${schemaPath.pathname}`);
