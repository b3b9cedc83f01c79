import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import { marshall } from "@aws-sdk/util-dynamodb";
import { dynamo, tableName } from "@hb/core/db";
import { keys } from "@hb/core/keys";
import { sqsConfig } from "@hb/local/queues";
import type { LocalRuntime } from "@hb/local/runtime";
import { apiClient, startTestRuntime } from "../setup/runtime";
import { draftVoucher, expectStatus, issueVoucher, newClient } from "../support/vouchers";
import { approvedProvider, type ProviderSetup, worker } from "../support/settlement";

/**
 * Issue 14, item 4: the area suspends, re-approves and terminates a provider. Each test stops its
 * own provider, so the others keep theirs.
 */
let runtime: LocalRuntime;
let api: ReturnType<typeof apiClient>;
const admin = "role=admin&sub=admin-status";

beforeAll(async () => {
  runtime = await startTestRuntime();
  api = apiClient(runtime);
});
afterEach(() => runtime.clock.reset());
afterAll(() => runtime?.stop());

const at = (date: string) => runtime.clock.set(new Date(`${date}T12:00:00+02:00`));
const codeOf = (response: { status: number; body: { code?: string } }) => `${response.status} ${response.body?.code ?? ""}`.trim();

async function voucherClient(chosen: ProviderSetup, accept = true) {
  at("2027-01-04");
  const { clientId, clientToken } = await newClient(api, "Sanni", "Seis");
  const days = { serviceCode: "PAIVATOIMINTA", content: "Päivätoiminta", quantity: 100, unit: "day", per: "validity", unitCostCents: 7000, costBasis: "reference-price" };
  const { decisionId } = await draftVoucher(api, clientId, [days], { decidedOn: "2027-01-04" });
  const instrumentId = await issueVoucher(api, decisionId, clientToken, chosen, accept);
  return { clientId, clientToken, instrumentId };
}

const setStatus = (provider: ProviderSetup, status: string, effectiveFrom: string, as = admin) =>
  api.call("POST", `/v1/providers/${provider.providerId}/status`, { as, body: { status, reason: "Valvontaviranomaisen määräys.", effectiveFrom } });
const deliver = (provider: ProviderSetup, instrumentId: string, date: string) =>
  api.call("POST", "/v1/service-events", { as: provider.providerToken, body: { instrumentId, externalId: `${provider.providerId}-${date}`, date, quantity: 1 } });
const offers = async () =>
  ((await api.call("GET", "/v1/providers?serviceCode=PAIVATOIMINTA&limit=100", { as: worker })).body.items as { providerId: string }[]).map((offer) => offer.providerId);

describe("a provider's status", () => {
  it("a suspension refuses deliveries dated from its first day, new choices and acceptance, and hides the provider; re-approval lifts it", async () => {
    const stopped = await approvedProvider(api, "staff-status-suspended");
    const other = await approvedProvider(api, "staff-status-other");
    const served = await voucherClient(stopped);
    const waiting = await voucherClient(stopped, false);
    const switching = await voucherClient(other);
    at("2027-01-10");

    const suspended = await setStatus(stopped, "suspended", "2027-01-12");
    expectStatus(suspended, 200, "suspension");
    expect(suspended.body).toMatchObject({ status: "suspended", blockedFrom: "2027-01-12", statusHistory: [{ status: "suspended", effectiveFrom: "2027-01-12" }] });

    // Before the first day: still recordable, also later; from it on: refused.
    const early = await deliver(stopped, served.instrumentId, "2027-01-09");
    expectStatus(early, 201, "a delivery before the decision");
    at("2027-01-14");
    // A correction may not move a delivery into the stopped days; on its own day it stays correctable.
    const correct = (body: object) => api.call("PATCH", `/v1/service-events/${early.body.eventId}`, { as: stopped.providerToken, body });
    expect(codeOf(await correct({ date: "2027-01-13", quantity: 1 }))).toBe("409 PROVIDER_SUSPENDED");
    expectStatus(await correct({ note: "Korjattu merkintä." }), 200, "a correction on its own day");
    expectStatus(await deliver(stopped, served.instrumentId, "2027-01-11"), 201, "a late recording of a day before the suspension");
    expect(codeOf(await deliver(stopped, served.instrumentId, "2027-01-12"))).toBe("409 PROVIDER_SUSPENDED");
    expect(codeOf(await deliver(stopped, served.instrumentId, "2027-01-13"))).toBe("409 PROVIDER_SUSPENDED");

    expect(codeOf(await api.call("POST", `/v1/instruments/${waiting.instrumentId}/accept`, { as: stopped.providerToken }))).toBe("409 PROVIDER_SUSPENDED");
    const choice = await api.call("POST", `/v1/instruments/${switching.instrumentId}/provider`, { as: switching.clientToken, body: { providerId: stopped.providerId } });
    expect(codeOf(choice)).toBe("409 PROVIDER_SUSPENDED");
    expect(await offers()).not.toContain(stopped.providerId);
    expect(await offers()).toContain(other.providerId);

    // The same status again changes nothing.
    expect((await setStatus(stopped, "suspended", "2027-01-20")).body.statusHistory).toHaveLength(1);

    const lifted = await setStatus(stopped, "approved", "2027-01-14");
    expectStatus(lifted, 200, "re-approval");
    expect(lifted.body.blockedFrom).toBeUndefined();
    expect(lifted.body.statusHistory.map((entry: { status: string }) => entry.status)).toEqual(["suspended", "approved"]);
    expectStatus(await deliver(stopped, served.instrumentId, "2027-01-13"), 201, "a delivery after the re-approval");
    expectStatus(await api.call("POST", `/v1/instruments/${waiting.instrumentId}/accept`, { as: stopped.providerToken }), 200, "acceptance after the re-approval");
    expect(await offers()).toContain(stopped.providerId);
    // Two providers, a client and a dozen refusals through the front: about 15 s alone, past 60 s under CI's load.
  }, 180_000);

  it("terminated is final, and a termination of a suspended provider keeps the suspension's first day", async () => {
    const ended = await approvedProvider(api, "staff-status-terminated");
    const served = await voucherClient(ended);
    at("2027-01-10");
    expectStatus(await setStatus(ended, "suspended", "2027-01-10"), 200, "suspension");
    const terminated = await setStatus(ended, "terminated", "2027-01-20");
    expectStatus(terminated, 200, "termination");
    expect(terminated.body).toMatchObject({ status: "terminated", blockedFrom: "2027-01-10" });
    expect(codeOf(await deliver(ended, served.instrumentId, "2027-01-10"))).toBe("409 PROVIDER_TERMINATED");
    expect(codeOf(await setStatus(ended, "approved", "2027-01-10"))).toBe("409 PROVIDER_TERMINATED");
    expect(codeOf(await setStatus(ended, "suspended", "2027-02-01"))).toBe("409 PROVIDER_TERMINATED");
  });

  it("tells each client whose instrument the provider holds, and the client's assigned worker, once, also when the record comes again", async () => {
    const stopped = await approvedProvider(api, "staff-status-told");
    const served = await voucherClient(stopped);
    const waiting = await voucherClient(stopped, false);
    // The served client has moved to another worker's caseload: the notice follows the caseload, not the decision's drafter.
    expectStatus(await api.call("PATCH", `/v1/clients/${served.clientId}`, { as: worker, body: { assignedWorker: "worker-told" } }), 200, "reassignment");
    at("2027-01-10");
    expectStatus(await setStatus(stopped, "suspended", "2027-01-12"), 200, "suspension");
    await runtime.settle();

    type Notice = { kind: string; clientId?: string; instrumentId: string; effectiveFrom: string; text: string };
    const inbox = async (as: string, language = "fi") =>
      ((await api.call("GET", "/v1/notifications?limit=100", { as, headers: { "accept-language": language } })).body.items as Notice[]).filter(
        (notice) => notice.kind === "provider-suspended",
      );
    const clientNotices = await inbox(served.clientToken);
    expect(clientNotices).toEqual([expect.objectContaining({ instrumentId: served.instrumentId, effectiveFrom: "2027-01-12" })]);
    expect(clientNotices[0]!.text).toBe("Päivätoiminta: palveluntuottajasi ei voi enää antaa palvelua 12.1.2027 alkaen. Valitse uusi palveluntuottaja HB:ssä tai ota yhteyttä omatyöntekijääsi.");
    expect((await inbox(waiting.clientToken)).map((notice) => notice.instrumentId)).toEqual([waiting.instrumentId]);
    expect((await inbox("role=worker&sub=worker-told")).map((notice) => notice.clientId)).toEqual([served.clientId]);
    const drafter = (await inbox(worker, "en")).filter((notice) => notice.clientId === served.clientId || notice.clientId === waiting.clientId);
    expect(drafter.map((notice) => notice.clientId)).toEqual([waiting.clientId]);
    expect(drafter[0]!.text).toMatch(/^HB-\d{4}-\d{6} \(.+\): the area suspended the provider from 12 January 2027\. Agree with the client on choosing another provider\.$/);

    // The pipe delivers the provider's record again (at-least-once): nobody is told twice.
    const { Item: provider } = await dynamo().send(new GetItemCommand({ TableName: tableName(), Key: marshall(keys.Provider.key({ providerId: stopped.providerId })) }));
    const before = { ...provider!, status: { S: "approved" } };
    const sqs = new SQSClient(sqsConfig(runtime.sqsEndpoint));
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: runtime.queues.get("provider-status")!.queueUrl,
        MessageBody: JSON.stringify({ eventID: "again", eventName: "MODIFY", dynamodb: { OldImage: before, NewImage: provider } }),
      }),
    );
    sqs.destroy();
    await runtime.settle();
    expect(await inbox(served.clientToken)).toHaveLength(1);
    expect(await inbox("role=worker&sub=worker-told")).toHaveLength(1);

    // A termination is told too, as its own change.
    expectStatus(await setStatus(stopped, "terminated", "2027-01-12"), 200, "termination");
    await runtime.settle();
    const terminated = ((await api.call("GET", "/v1/notifications?limit=100", { as: served.clientToken })).body.items as Notice[]).filter(
      (notice) => notice.kind === "provider-terminated",
    );
    expect(terminated).toEqual([expect.objectContaining({ instrumentId: served.instrumentId, effectiveFrom: "2027-01-12" })]);
  });

  it("refuses a day in the past, in the caller's language, and anyone but an admin", async () => {
    const provider = await approvedProvider(api, "staff-status-refusals");
    at("2027-01-10");
    const past = await api.call("POST", `/v1/providers/${provider.providerId}/status`, {
      as: admin,
      headers: { "accept-language": "fi" },
      body: { status: "suspended", reason: "Määräys.", effectiveFrom: "2027-01-09" },
    });
    expect(codeOf(past)).toBe("422 VALIDATION_FAILED");
    expect(past.body.errors).toEqual([{ path: "/body/effectiveFrom", code: "STATUS_FROM_IN_PAST", message: "Tila voi muuttua aikaisintaan tänään." }]);
    for (const caller of [worker, "role=finance&sub=finance-1", provider.providerToken]) {
      expect((await setStatus(provider, "suspended", "2027-01-10", caller)).status).toBe(403);
    }
    expect((await api.call("GET", `/v1/providers/${provider.providerId}/prices`, { as: worker })).status).toBe(200);
    expect(codeOf(await setStatus(provider, "suspended", "2027-01-10"))).toBe("200");
  });
});
