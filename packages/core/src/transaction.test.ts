import { DynamoDBClient, TransactionCanceledException, TransactWriteItemsCommand } from "@aws-sdk/client-dynamodb";
import { marshall } from "@aws-sdk/util-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { isServiceUnavailable } from "./aws-clients";
import { DomainError } from "./errors";
import { conflictOr, lastError, MAX_TRANSACTION_ITEMS, retrying, transaction, TransactionCancelled } from "./transaction";

const dynamo = mockClient(DynamoDBClient);

beforeAll(() => vi.stubEnv("HB_TABLE_NAME", "hb-unit"));
afterAll(() => {
  dynamo.restore();
  vi.unstubAllEnvs();
});
beforeEach(() => {
  dynamo.reset();
  vi.restoreAllMocks();
});

const key = (pk: string) => ({ pk, sk: "ITEM" });
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: "Transaction cancelled", $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });
const sentItems = () => dynamo.commandCalls(TransactWriteItemsCommand)[0]!.args[0].input.TransactItems;

/** claim, two occupancy days, line: five items under four names. */
const claimed = () =>
  transaction()
    .put("claim", { ...key("CLAIM#1"), type: "Claim" }, "attribute_not_exists(pk)")
    .check("day", key("DAY#1"), { expression: "version = :v", values: { ":v": 1 } })
    .check("day", key("DAY#2"), { expression: "version = :v", values: { ":v": 4 } })
    .update("line", key("LINE#1"), { expression: "ADD availableCents :d", values: { ":d": -100 } }, { expression: "availableCents >= :a", values: { ":a": 100 } })
    .delete("old", key("OLD#1"));

describe("transaction()", () => {
  it("sends its items in the order added, shaped as DynamoDB takes them", async () => {
    dynamo.on(TransactWriteItemsCommand).resolves({});
    await claimed().write();
    expect(sentItems()).toEqual([
      { Put: { TableName: "hb-unit", Item: marshall({ ...key("CLAIM#1"), type: "Claim" }), ConditionExpression: "attribute_not_exists(pk)" } },
      { ConditionCheck: { TableName: "hb-unit", Key: marshall(key("DAY#1")), ConditionExpression: "version = :v", ExpressionAttributeValues: marshall({ ":v": 1 }) } },
      { ConditionCheck: { TableName: "hb-unit", Key: marshall(key("DAY#2")), ConditionExpression: "version = :v", ExpressionAttributeValues: marshall({ ":v": 4 }) } },
      {
        Update: {
          TableName: "hb-unit",
          Key: marshall(key("LINE#1")),
          UpdateExpression: "ADD availableCents :d",
          ConditionExpression: "availableCents >= :a",
          ExpressionAttributeValues: marshall({ ":d": -100, ":a": 100 }),
        },
      },
      { Delete: { TableName: "hb-unit", Key: marshall(key("OLD#1")) } },
    ]);
  });

  it("says which named item failed and why, whatever its position", async () => {
    dynamo.on(TransactWriteItemsCommand).rejects(cancelled("None", "None", "ConditionalCheckFailed", "TransactionConflict", "None"));
    const error = await claimed().write().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TransactionCancelled);
    const why = error as TransactionCancelled;
    expect(why.reasons).toEqual([
      { name: "day", code: "ConditionalCheckFailed" },
      { name: "line", code: "TransactionConflict" },
    ]);
    // A name stands for all its items: the second day failed.
    expect(why.failed("day")).toBe(true);
    expect(why.failed("claim")).toBe(false);
    expect(why.failed("line")).toBe(false);
    expect(why.failed("no such item")).toBe(false);
    expect(why.failed()).toBe(true);
    expect(why.conflict).toBe(true);
    expect(why.lostRace).toBe(true);
    expect(why.message).toBe("Transaction cancelled: day ConditionalCheckFailed, line TransactionConflict");
    expect((why.cause as Error).name).toBe("TransactionCanceledException");
  });

  it("tells a lost race from a cancellation for another reason", async () => {
    dynamo.on(TransactWriteItemsCommand).rejects(cancelled("None", "None", "None", "ThrottlingError", "None"));
    const why = (await claimed().write().catch((thrown: unknown) => thrown)) as TransactionCancelled;
    expect(why.failed()).toBe(false);
    expect(why.conflict).toBe(false);
    expect(why.lostRace).toBe(false);
    // Throttling is an outage (503), read through the cause.
    expect(isServiceUnavailable(why)).toBe(true);
  });

  it("passes any other error on as it is", async () => {
    const outage = Object.assign(new Error("down"), { name: "InternalServerError" });
    dynamo.on(TransactWriteItemsCommand).rejects(outage);
    await expect(claimed().write()).rejects.toBe(outage);
  });

  it(`refuses more than ${MAX_TRANSACTION_ITEMS} items before sending anything`, async () => {
    dynamo.on(TransactWriteItemsCommand).resolves({});
    const full = transaction();
    for (let index = 0; index < MAX_TRANSACTION_ITEMS; index += 1) full.delete(index % 2 === 0 ? "even" : "odd", key(`ITEM#${index}`));
    expect(full.size).toBe(MAX_TRANSACTION_ITEMS);
    await full.write();
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(1);

    full.check("one more", key("ITEM#100"), "attribute_exists(pk)");
    await expect(full.write()).rejects.toThrow("A transaction holds at most 100 items; this one has 101 (even 50, odd 50, one more 1)");
    expect(dynamo.commandCalls(TransactWriteItemsCommand)).toHaveLength(1);
  });

  it("writeUnlessFailed: false when the named item failed, true when written, a cancellation for another reason thrown", async () => {
    dynamo.on(TransactWriteItemsCommand).rejectsOnce(cancelled("ConditionalCheckFailed")).resolvesOnce({}).rejectsOnce(cancelled("None", "ConditionalCheckFailed"));
    const once = () => transaction().put("claim", key("CLAIM#1"), "attribute_not_exists(pk)").check("other", key("OTHER#1"), "attribute_exists(pk)");
    expect(await once().writeUnlessFailed("claim")).toBe(false);
    expect(await once().writeUnlessFailed("claim")).toBe(true);
    await expect(once().writeUnlessFailed("claim")).rejects.toBeInstanceOf(TransactionCancelled);
  });
});

describe("retrying()", () => {
  const lost = () => new TransactionCancelled(["claim"], cancelled("ConditionalCheckFailed"));
  const conflicted = () => new TransactionCancelled(["claim"], cancelled("TransactionConflict"));

  beforeEach(() => {
    vi.spyOn(Math, "random").mockReturnValue(0); // no pause between attempts
  });

  it("tries a lost race again, `attempts` times at most, then answers 409 CONCURRENT_CHANGE", async () => {
    const attempts: number[] = [];
    const error = await retrying(4, async (attempt) => {
      attempts.push(attempt);
      throw lost();
    }).catch((thrown: unknown) => thrown);
    expect(attempts).toEqual([0, 1, 2, 3]);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe("CONCURRENT_CHANGE");
  });

  it("returns what the first successful attempt returns", async () => {
    let calls = 0;
    expect(await retrying(5, async () => (++calls < 3 ? Promise.reject(conflicted()) : "written"))).toBe("written");
    expect(calls).toBe(3);
  });

  it("ends at once on an error that is no lost race", async () => {
    let calls = 0;
    const refusal = new DomainError("INSUFFICIENT_BALANCE");
    await expect(
      retrying(5, async () => {
        calls += 1;
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);
  });

  it("retries only what retryWhen accepts, and throws what exhausted gives", async () => {
    let calls = 0;
    const last = conflicted();
    const onlyConflicts = { retryWhen: conflictOr(), exhausted: lastError };
    await expect(retrying(3, async () => ((calls += 1), Promise.reject(last)), onlyConflicts)).rejects.toBe(last);
    expect(calls).toBe(3);
    calls = 0;
    await expect(retrying(3, async () => ((calls += 1), Promise.reject(lost())), onlyConflicts)).rejects.toBeInstanceOf(TransactionCancelled);
    expect(calls).toBe(1);
    expect(conflictOr("claim")(lost())).toBe(true);
    expect(conflictOr("other")(lost())).toBe(false);
  });

  it("pauses a jittered, doubling time between attempts, never more than 400 ms", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.999_999);
    const pauses: number[] = [];
    vi.spyOn(globalThis, "setTimeout").mockImplementation(((resolve: () => void, ms: number) => {
      pauses.push(Math.round(ms));
      resolve();
      return 0;
    }) as unknown as typeof setTimeout);
    await retrying(8, async () => Promise.reject(lost())).catch(() => undefined);
    expect(pauses).toEqual([10, 20, 40, 80, 160, 320, 400]);
  });

  it("refuses a number of attempts that is not a positive integer", async () => {
    await expect(retrying(0, async () => "never")).rejects.toBeInstanceOf(RangeError);
    await expect(retrying(1.5, async () => "never")).rejects.toBeInstanceOf(RangeError);
  });
});
