import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAreaFile } from "./settings";

const demo = JSON.parse(readFileSync(new URL("../../../../areas/demo.json", import.meta.url), "utf8"));

describe("area file", () => {
  it("accepts the demo area with its 8 services, 3 bundles and 6 time bands", () => {
    const file = parseAreaFile(demo);
    expect(file.services).toHaveLength(8);
    expect(file.bundles).toHaveLength(3);
    expect(file.timeBands.bands).toHaveLength(6);
  });

  it("refuses a service that names a bundle the area does not have", () => {
    const broken = structuredClone(demo);
    broken.services[0].bundles = ["NO_SUCH_BUNDLE"];
    expect(() => parseAreaFile(broken)).toThrow(/NO_SUCH_BUNDLE/);
  });

  it("refuses a payer IBAN with a bad checksum", () => {
    const broken = structuredClone(demo);
    broken.area.payerIban = "FI2112345600000786";
    expect(() => parseAreaFile(broken)).toThrow();
  });

  it("needs the audit log's retention in whole years", () => {
    expect(parseAreaFile(demo).area.retention).toMatchObject({ auditLogYears: 12 });
    for (const years of [undefined, 0, 1.5, 101]) {
      const broken = structuredClone(demo);
      broken.area.retention.auditLogYears = years;
      expect(() => parseAreaFile(broken), String(years)).toThrow(/auditLogYears/);
    }
  });

  it("has a retention period in whole years and permanent birth days of the month", () => {
    expect(parseAreaFile(demo).area.retention).toMatchObject({ clientRecordsYears: 10, permanentBirthDays: [18, 28] });
    for (const [field, value] of [["clientRecordsYears", 0], ["clientRecordsYears", 10.5], ["permanentBirthDays", [32]], ["permanentBirthDays", [0]]] as const) {
      const broken = structuredClone(demo);
      broken.area.retention[field] = value;
      expect(() => parseAreaFile(broken), `${field} = ${JSON.stringify(value)}`).toThrow();
    }
    const missing = structuredClone(demo);
    delete missing.area.retention;
    expect(() => parseAreaFile(missing)).toThrow();
  });

  it("says per service whether late cancellations and no-shows are paid; a paid kind needs its share", () => {
    const assistance = parseAreaFile(demo).services.find((service) => service.code === "HENKILOKOHTAINEN_APU");
    expect(assistance?.eventKinds).toEqual({ "late-cancellation": { billable: true, sharePercent: 50, maxPerMonth: 2 }, "no-show": { billable: false } });
    for (const rule of [{ billable: true }, { billable: true, sharePercent: 0 }, { billable: true, sharePercent: 101 }, { billable: true, sharePercent: 50, maxPerMonth: 0 }]) {
      const broken = structuredClone(demo);
      broken.services[0].eventKinds = { "no-show": rule };
      expect(() => parseAreaFile(broken), JSON.stringify(rule)).toThrow();
    }
    const typo = structuredClone(demo);
    typo.services[0].eventKinds = { "late-cancelation": { billable: false } };
    expect(() => parseAreaFile(typo)).toThrow();
  });
});
