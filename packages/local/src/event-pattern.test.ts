import { describe, expect, it } from "vitest";
import { auditTrailPipe } from "@hb/core/pipes";
import { assertSupportedPattern, matchesPattern } from "./event-pattern";

const record = (eventName: string, images: { NewImage?: object; OldImage?: object }) => ({ eventName, dynamodb: images });

describe("EventBridge pattern matching", () => {
  it("matches exact values, exists, prefix and anything-but like EventBridge", () => {
    const event = { eventName: "MODIFY", dynamodb: { NewImage: { type: { S: "Client" }, pk: { S: "CLIENT#1" } } } };
    expect(matchesPattern(event, { eventName: ["INSERT", "MODIFY"] })).toBe(true);
    expect(matchesPattern(event, { eventName: ["REMOVE"] })).toBe(false);
    expect(matchesPattern(event, { dynamodb: { NewImage: { type: { S: [{ exists: true }] } } } })).toBe(true);
    expect(matchesPattern(event, { dynamodb: { NewImage: { gone: { S: [{ exists: true }] } } } })).toBe(false);
    expect(matchesPattern(event, { dynamodb: { NewImage: { gone: { S: [{ exists: false }] } } } })).toBe(true);
    expect(matchesPattern(event, { dynamodb: { NewImage: { pk: { S: [{ prefix: "CLIENT#" }] } } } })).toBe(true);
    expect(matchesPattern(event, { dynamodb: { NewImage: { pk: { S: [{ prefix: "AUDIT#" }] } } } })).toBe(false);
    expect(matchesPattern(event, { eventName: [{ "anything-but": ["REMOVE"] }] })).toBe(true);
    expect(matchesPattern(event, { eventName: [{ "anything-but": ["MODIFY"] }] })).toBe(false);
    expect(matchesPattern(event, { missing: [{ "anything-but": ["x"] }] })).toBe(false);
  });

  it("forwards changes of client data to the audit trail, and never the audit entries themselves", () => {
    const matches = (event: object) => auditTrailPipe.filters.some((filter) => matchesPattern(event, filter));
    const client = { type: { S: "Client" }, dataSubject: { S: "c1" } };
    expect(matches(record("INSERT", { NewImage: client }))).toBe(true);
    expect(matches(record("MODIFY", { NewImage: client, OldImage: client }))).toBe(true);
    expect(matches(record("REMOVE", { OldImage: client }))).toBe(true);
    expect(matches(record("INSERT", { NewImage: { type: { S: "AuditEntry" }, clientId: { S: "c1" } } }))).toBe(false);
    expect(matches(record("INSERT", { NewImage: { type: { S: "Service" } } }))).toBe(false);
  });

  it("rejects operators it does not implement instead of mismatching silently", () => {
    expect(() => assertSupportedPattern({ a: [{ numeric: [">", 0] } as never] })).toThrow(/unsupported/);
    expect(() => assertSupportedPattern({ a: { b: [{ suffix: "x" } as never] } })).toThrow(/\$\.a\.b/);
    for (const filter of auditTrailPipe.filters) expect(() => assertSupportedPattern(filter)).not.toThrow();
  });
});
