import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DeleteItemCommand, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_VERSION_FROM, forgetAreaSettings, getAreaSettings, seedArea, settingsVersionKey } from "@hb/core/area/repository";
import { parseAreaFile } from "@hb/core/area/settings";
import { dynamo, tableName } from "@hb/core/db";
import { repositoryRoot } from "@hb/local/handlers";
import { addDays } from "@hb/core/budget/periods";
import { businessDate } from "@hb/core/dates";
import { keys } from "@hb/core/keys";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { demoAreaRules } from "../support/fixtures";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";
import { assistance, draftVoucher, expectStatus, issueVoucher, newClient } from "../support/vouchers";

/**
 * Issue 14, item 6: the area's rules through the API, in versions. The admin raises the weekday
 * evening and Sunday multipliers from next Monday; deliveries before it keep the seeded rules.
 * This suite's runtime has a table of its own: its versions reach no other suite.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
let provider: ProviderSetup;
let instrumentId: string;

const admin = "role=admin&sub=admin-settings";
/** A Wednesday of 2027, noon in Helsinki: the day the admin makes the change. */
const changeDay = "2027-01-06";
const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+02:00`));

/** The Monday after the runtime's today. */
function nextMonday(): string {
  const today = businessDate(runtime.clock.now());
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  return addDays(today, ((8 - weekday) % 7) || 7);
}

/** The seeded rules with the weekday evening at 1.5 and Sundays at 2.5. */
function raisedRules() {
  const rules = demoAreaRules();
  const raised = { WEEKDAY_EVENING: 1.5, SUNDAY_HOLIDAY: 2.5 } as Record<string, number>;
  return { ...rules, timeBands: { bands: rules.timeBands.bands.map((band) => ({ ...band, multiplier: raised[band.code] ?? band.multiplier })) } };
}

const put = (body: unknown, as = admin, headers?: Record<string, string>) => api.call("PUT", "/v1/area/settings", { as, body, ...(headers ? { headers } : {}) });

let sequence = 0;
/** Two hours from 18:00 (Helsinki, winter time) on `date`, recorded by the provider. */
const eveningOf = (date: string) =>
  api.call("POST", "/v1/service-events", {
    as: provider.providerToken,
    body: { instrumentId, externalId: `settings-${(sequence += 1)}`, start: `${date}T18:00:00+02:00`, end: `${date}T20:00:00+02:00` },
  });

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
  provider = await approvedProvider(api, "staff-area-settings");
  at(changeDay);
  const { clientId, clientToken } = await newClient(api, "Aino", "Asetus");
  const { decisionId } = await draftVoucher(api, clientId, [assistance(40)], { decidedOn: changeDay });
  instrumentId = await issueVoucher(api, decisionId, clientToken, provider);
});
afterAll(() => runtime?.stop());

describe("area settings in versions", () => {
  it("prices each delivery by the version in force on its date: a Monday evening after the change by the new band, the Friday and Sunday before by the old", async () => {
    at(changeDay);
    const monday = nextMonday();
    expect(monday).toBe("2027-01-11");
    const changed = await put({ effectiveFrom: monday, settings: raisedRules() });
    expectStatus(changed, 201, "change");
    expect(changed.body.current.effectiveFrom).toBe("2000-01-01");
    expect(changed.body.coming).toHaveLength(1);
    expect(changed.body.coming[0]).toMatchObject({ effectiveFrom: monday, madeBy: { sub: "admin-settings" } });

    at(addDays(monday, 2));
    const friday = await eveningOf(addDays(monday, -3));
    const sunday = await eveningOf(addDays(monday, -1));
    const mondayEvening = await eveningOf(monday);
    for (const [response, what] of [[friday, "friday"], [sunday, "sunday"], [mondayEvening, "monday"]] as const) expectStatus(response, 201, what);
    // 2 h × 36,00 € × the band's multiplier.
    expect(friday.body).toMatchObject({ amountCents: 8_280, bands: [{ code: "WEEKDAY_EVENING", multiplier: 1.15 }] });
    expect(sunday.body).toMatchObject({ amountCents: 14_400, bands: [{ code: "SUNDAY_HOLIDAY", multiplier: 2 }] });
    expect(mondayEvening.body).toMatchObject({ amountCents: 10_800, bands: [{ code: "WEEKDAY_EVENING", multiplier: 1.5 }] });

    // An edit prices again by the rules of the delivery's new date: the Friday moved to the Monday after.
    const moved = await api.call("PATCH", `/v1/service-events/${friday.body.eventId}`, {
      as: provider.providerToken,
      body: { start: `${addDays(monday, 1)}T18:00:00+02:00`, end: `${addDays(monday, 1)}T20:00:00+02:00` },
    });
    expectStatus(moved, 200, "edit");
    expect(moved.body.amountCents).toBe(10_800);
  });

  it("shows every version with who changed it, the current one by today's date", async () => {
    at(changeDay);
    const before = await api.call("GET", "/v1/area/settings", { as: worker });
    expectStatus(before, 200, "worker's GET");
    expect(before.body.area).toMatchObject({ code: "demo", timeZone: "Europe/Helsinki", currency: "EUR" });
    expect(before.body.versions).toEqual([
      expect.objectContaining({ effectiveFrom: "2000-01-01" }),
      expect.objectContaining({ effectiveFrom: "2027-01-11", madeBy: { sub: "admin-settings", roles: ["admin"] } }),
    ]);
    expect(before.body.versions[0].madeBy).toBeUndefined();
    expect(before.body.current.settings).toEqual(demoAreaRules());

    at("2027-01-11");
    const after = await api.call("GET", "/v1/area/settings", { as: "role=finance&sub=finance-1" });
    expectStatus(after, 200, "finance's GET");
    expect(after.body.current).toMatchObject({ effectiveFrom: "2027-01-11", settings: raisedRules() });
    expect(after.body.coming).toEqual([]);
  });

  it("audits the change as an area-wide entry of its day with the rules it changed", async () => {
    const entries = await api.call("GET", `/v1/audit/refusals?day=${changeDay}`, { as: admin });
    expectStatus(entries, 200, "audit");
    const change = entries.body.items.find((entry: { action: string }) => entry.action === "area.settings.put");
    expect(change).toMatchObject({ kind: "write", entity: "AreaSettingsVersion#2027-01-11", changedFields: ["timeBands"], actor: { sub: "admin-settings" } });
  });

  it("cannot rewrite the past: a day before today is 422, today's version once written is 409, a coming one is replaced", async () => {
    at(changeDay);
    const past = await put({ effectiveFrom: addDays(changeDay, -1), settings: raisedRules() }, admin, { "accept-language": "sv" });
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({ code: "SETTINGS_IN_THE_PAST", errors: [{ path: "/body/effectiveFrom", code: "SETTINGS_IN_THE_PAST" }] });
    expect(past.body.title).toBe("Reglerna kan inte ändras retroaktivt");

    expectStatus(await put({ effectiveFrom: changeDay, settings: { ...demoAreaRules(), reviewWindowDays: 8 } }), 201, "today");
    const again = await put({ effectiveFrom: changeDay, settings: { ...demoAreaRules(), reviewWindowDays: 9 } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("SETTINGS_VERSION_IN_FORCE");

    const coming = "2027-02-01";
    expectStatus(await put({ effectiveFrom: coming, settings: { ...demoAreaRules(), reviewWindowDays: 10 } }), 201, "coming");
    const replaced = await put({ effectiveFrom: coming, settings: { ...demoAreaRules(), reviewWindowDays: 11 } });
    expectStatus(replaced, 200, "replaced");
    const versions = replaced.body.coming.filter((version: { effectiveFrom: string }) => version.effectiveFrom === coming);
    expect(versions).toHaveLength(1);
    expect(versions[0].settings.reviewWindowDays).toBe(11);
    expect(replaced.body.current).toMatchObject({ effectiveFrom: changeDay, settings: { reviewWindowDays: 8 } });
  });

  it("validates the rules by the area file's schema, with the field's path, and keeps who the area is out of reach", async () => {
    at(changeDay);
    const rules = demoAreaRules();
    const badBand = await put({ effectiveFrom: "2027-03-01", settings: { ...rules, timeBands: { bands: [{ ...rules.timeBands.bands[0]!, code: "LUNCH" }] } } });
    expect(badBand.status).toBe(422);
    expect(badBand.body.code).toBe("VALIDATION_FAILED");
    expect(badBand.body.errors).toEqual([expect.objectContaining({ path: "/body/settings/timeBands/bands/0/code" })]);

    const fixed = await put({ effectiveFrom: "2027-03-01", settings: { ...rules, payerIban: "FI4950009420028730" } });
    expect(fixed.status).toBe(422);
    expect(fixed.body.errors).toEqual([expect.objectContaining({ path: "/body/settings" })]);
    expect((await api.call("GET", "/v1/area/settings", { as: admin })).body.versions.map((version: { effectiveFrom: string }) => version.effectiveFrom)).not.toContain("2027-03-01");
  });

  it("lets any staff role read the settings and only an admin change them", async () => {
    at(changeDay);
    expectStatus(await api.call("GET", "/v1/area/settings", { as: worker }), 200, "worker");
    const refused = await put({ effectiveFrom: "2027-04-01", settings: demoAreaRules() }, worker);
    expect(refused.status).toBe(403);
    expect((await api.call("GET", "/v1/area/settings", { as: provider.providerToken })).status).toBe(403);
  });

  // Last: it takes this suite's table back to before versions.
  it("keeps a stack seeded before versions working: its settings item answers, and the seed copies it as the first version", async () => {
    at(changeDay);
    const first = settingsVersionKey(FIRST_VERSION_FROM);
    const seeded = unmarshall((await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(first) }))).Item!);
    await dynamo().send(new DeleteItemCommand({ TableName: tableName(), Key: marshall(first) }));
    const { pk: _pk, sk: _sk, effectiveFrom: _from, madeAt: _at, ...legacy } = seeded;
    await dynamo().send(new PutItemCommand({ TableName: tableName(), Item: marshall({ ...legacy, ...keys.AreaSettings.key({}), type: "AreaSettings", reviewWindowDays: 3 }) }));
    // Written past the API, as a stack seeded before versions holds it: a fresh container reads it.
    forgetAreaSettings();

    const before = await api.call("GET", "/v1/area/settings", { as: admin });
    expectStatus(before, 200, "GET before the seed");
    expect(before.body.versions[0]).toEqual({ effectiveFrom: FIRST_VERSION_FROM });
    expect((await getAreaSettings("2026-12-31")).reviewWindowDays).toBe(3);

    await seedArea(parseAreaFile(JSON.parse(readFileSync(join(repositoryRoot, "areas", "demo.json"), "utf8"))), runtime.clock.now());
    const after = await api.call("GET", "/v1/area/settings", { as: admin });
    expect(after.body.versions[0]).toEqual({ effectiveFrom: FIRST_VERSION_FROM, madeAt: expect.any(String) });
    expect(after.body.versions.filter((version: { effectiveFrom: string }) => version.effectiveFrom === FIRST_VERSION_FROM)).toHaveLength(1);
    expect((await getAreaSettings("2026-12-31")).reviewWindowDays).toBe(3);
  });
});
