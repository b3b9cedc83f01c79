import type { EventPattern, PatternValue } from "@hb/core/pipes";

/**
 * EventBridge pattern matching, for the subset of the pattern language our
 * pipe filters use: exact values, `exists`, `prefix` and `anything-but`.
 * A pattern using anything else is rejected when the relay starts, so a
 * filter can never silently behave differently here than in AWS.
 */
export function matchesPattern(event: unknown, pattern: EventPattern): boolean {
  // A missing parent means every field under it is missing, which `exists: false` matches.
  const record = (typeof event === "object" && event !== null ? event : {}) as Record<string, unknown>;
  return Object.entries(pattern).every(([field, rule]) => {
    const value = record[field];
    if (Array.isArray(rule)) return matchesValues(value, rule as readonly PatternValue[]);
    return matchesPattern(value, rule as EventPattern);
  });
}

function matchesValues(value: unknown, rules: readonly PatternValue[]): boolean {
  return rules.some((rule) => {
    if (rule !== null && typeof rule === "object") {
      if ("exists" in rule) return rule.exists === (value !== undefined);
      if (value === undefined) return false;
      const candidates = Array.isArray(value) ? value : [value];
      if ("prefix" in rule) return candidates.some((item) => typeof item === "string" && item.startsWith(rule.prefix));
      return candidates.every((item) => !rule["anything-but"].includes(item as string | number));
    }
    const candidates = Array.isArray(value) ? value : [value];
    return candidates.some((item) => item === rule);
  });
}

const supported = new Set(["exists", "prefix", "anything-but"]);

/** Throws on a pattern that uses operators this matcher does not implement. */
export function assertSupportedPattern(pattern: EventPattern, path = "$"): void {
  for (const [field, rule] of Object.entries(pattern)) {
    if (!Array.isArray(rule)) {
      assertSupportedPattern(rule as EventPattern, `${path}.${field}`);
      continue;
    }
    for (const value of rule as readonly PatternValue[]) {
      if (value === null || typeof value !== "object") continue;
      const operators = Object.keys(value);
      if (operators.length !== 1 || !supported.has(operators[0]!)) {
        throw new Error(`unsupported EventBridge operator at ${path}.${field}: ${JSON.stringify(value)}`);
      }
    }
  }
}
