import { en } from "./en";
import { fi } from "./fi";
import { sv } from "./sv";
import type { Language, Texts } from "./types";

export const texts: Record<Language, Texts> = { fi, sv, en };
export { languages, type Language, type Texts } from "./types";
