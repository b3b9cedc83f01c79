import { describe, expect, it } from "vitest";
import { auditKeys, keyAttributes, keys } from "./keys";

describe("the key registry", () => {
  it("builds an item's key from its declared templates", () => {
    expect(keys.Client.key({ clientId: "c1" })).toEqual({ pk: "CLIENT#c1", sk: "PROFILE" });
    expect(keys.SettlementStatement.pk({ statementId: "2026-11_p1" })).toBe("STATEMENT#2026-11_p1");
    expect(keys.Counter.sk({ series: "DECISION", year: 2026 })).toBe("DECISION#2026");
  });

  it("builds index keys under the index's own attribute names", () => {
    expect(keys.ServiceEvent.gsi3({ reviewEndsOn: "2026-12-01", recordedAt: "2026-11-24T10:00:00.000Z", eventId: "e1" })).toEqual({
      gsi3pk: "REVIEW#2026-12-01",
      gsi3sk: "2026-11-24T10:00:00.000Z#e1",
    });
    expect(keys.Instrument.gsi2.pk({ providerId: "p1" })).toBe("PROVIDER#p1");
    expect(keys.DriftState.gsi3.while).toBe("the state can change without a delivery");
  });

  it("gives the literal prefix a begins_with query uses", () => {
    expect(keys.Assessment.sk.prefix).toBe("ASSESSMENT#");
    expect(keys.Budget.gsi1.sk.prefix).toBe("BUDGET#");
    expect(keys.AreaSettings.sk.prefix).toBe("SETTINGS");
    expect(keys.Notification.gsi1.sk.prefix).toBe("");
  });

  it("no two entities share both key templates (an item's keys say what it is)", () => {
    const pairs = Object.values(keys).map((entity) => `${entity.pk.template} ${entity.sk.template}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("files an audit entry under its client, or under its day when it names none, and both in the day index", () => {
    const at = "2026-11-05T08:30:00.000Z";
    expect(auditKeys.AuditEntry.key({ clientId: "c1", at, uniqueId: "req-9#read" })).toEqual({ pk: "AUDIT#c1", sk: "2026-11-05T08:30:00.000Z#req-9#read" });
    expect(auditKeys.AreaAuditEntry.key({ day: "2026-11-05", at, uniqueId: "req-9#read" })).toEqual({ pk: "AUDIT-AREA#2026-11-05", sk: "2026-11-05T08:30:00.000Z#req-9#read" });
    expect(auditKeys.AuditEntry.gsi1({ day: "2026-11-05", at, clientId: "-", uniqueId: "e1" })).toEqual({ gsi1pk: "AUDIT#2026-11-05", gsi1sk: "2026-11-05T08:30:00.000Z#-#e1" });
    expect(auditKeys.AreaAuditEntry.gsi1.pk.template).toBe(auditKeys.AuditEntry.gsi1.pk.template);
    expect(auditKeys.AreaAuditEntry.pk.prefix).toBe("AUDIT-AREA#");
  });

  it("lists the key attributes of the table and its indexes", () => {
    expect(keyAttributes).toEqual(["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"]);
  });
});
