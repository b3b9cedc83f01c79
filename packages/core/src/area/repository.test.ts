import { DynamoDBClient, QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetAreaSettings, getAreaSettings } from "./repository";

const dynamo = mockClient(DynamoDBClient);
const version = (effectiveFrom: string, reviewWindowDays: number) => marshall({ pk: "AREA", sk: `SETTINGS#${effectiveFrom}`, effectiveFrom, reviewWindowDays });

beforeAll(() => vi.stubEnv("HB_TABLE_NAME", "hb-unit"));
afterAll(() => {
  dynamo.restore();
  vi.unstubAllEnvs();
});
beforeEach(() => {
  dynamo.reset();
  forgetAreaSettings();
  vi.useRealTimers();
  dynamo.on(QueryCommand).resolves({ Items: [version("2000-01-01", 7), version("2027-04-01", 3)] });
});

describe("getAreaSettings", () => {
  it("answers the version in force on the day, from one read of the versions", async () => {
    expect((await getAreaSettings("2027-03-31")).reviewWindowDays).toBe(7);
    expect((await getAreaSettings("2027-04-01")).reviewWindowDays).toBe(3);
    expect((await getAreaSettings("2030-01-01")).reviewWindowDays).toBe(3);
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(1);
  });

  it("reads again a minute later, or at once after this container wrote settings", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-25T10:00:00Z") });
    await getAreaSettings("2027-01-01");
    vi.setSystemTime(new Date("2026-11-25T10:00:59Z"));
    await getAreaSettings("2027-01-01");
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(1);
    vi.setSystemTime(new Date("2026-11-25T10:01:01Z"));
    await getAreaSettings("2027-01-01");
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(2);
    forgetAreaSettings();
    await getAreaSettings("2027-01-01");
    expect(dynamo.commandCalls(QueryCommand)).toHaveLength(3);
  });

  it("gives each caller its own copy", async () => {
    const first = await getAreaSettings("2027-01-01");
    first.reviewWindowDays = 99;
    expect((await getAreaSettings("2027-01-01")).reviewWindowDays).toBe(7);
  });

  it("does not keep a failed read", async () => {
    dynamo.on(QueryCommand).rejectsOnce(new Error("throttled")).resolves({ Items: [version("2000-01-01", 7)] });
    await expect(getAreaSettings("2027-01-01")).rejects.toThrow("throttled");
    expect((await getAreaSettings("2027-01-01")).reviewWindowDays).toBe(7);
  });
});
