import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { RequestContext } from "../actor";
import { getService } from "../catalogue/repository";
import { clientInHbCheck, clientNotInHb } from "../clients/repository";
import type { Client } from "../clients/schemas";
import { changeStamp, dynamo, getItem, setFields, tableName } from "../db";
import { DomainError, type FieldProblem } from "../errors";
import { getFollowUpDue, putFollowUpDue } from "../follow-ups/due-item";
import { keys } from "../keys";
import { type Page, pageOfPartition } from "../pagination";
import { retrying, transaction, TransactionCancelled } from "../transaction";
import type { CreateServicePlanBody, ServicePlan } from "./schemas";

export type { ServicePlan } from "./schemas";

/** Version slots sort by their zero-padded number: versions 1..9999 per client. */
const SLOT_DIGITS = 4;

/** Version `n` of a client's plan: `CLIENT#<clientId> / SERVICEPLAN#v000n`. */
export const servicePlanSlotKey = (clientId: string, version: number) => keys.ServicePlanSlot.key({ clientId, version: String(version).padStart(SLOT_DIGITS, "0") });

/** Attempts of the read-latest-then-write transaction before answering 409 CONCURRENT_CHANGE (1 + 3 retries). */
const MAX_ATTEMPTS = 4;

function toServicePlan(item: Record<string, unknown>): ServicePlan {
  const { planId, clientId, version, validFrom, validTo, services, followUp, status, createdBy, createdAt } = item;
  return { planId, clientId, version, validFrom, validTo, services, followUp, status, createdBy, createdAt } as ServicePlan;
}

/**
 * The catalogue checks of a new plan: every service exists, and its unit is
 * the catalogue's unit for it. All offending lines are listed, each with its
 * path; the problem code is the first kind found (unknown before mismatch).
 */
async function checkAgainstCatalogue(body: CreateServicePlanBody): Promise<void> {
  const catalogue = await Promise.all(body.services.map((service) => getService(service.serviceCode)));
  const unknown: FieldProblem[] = [];
  const mismatched: FieldProblem[] = [];
  let firstMismatch: { serviceCode: string; unit: string } | undefined;
  body.services.forEach((service, index) => {
    const known = catalogue[index];
    if (!known) {
      unknown.push({
        path: `/body/services/${index}/serviceCode`,
        code: "UNKNOWN_SERVICE",
      });
    } else if (known.unit !== service.unit) {
      firstMismatch ??= { serviceCode: service.serviceCode, unit: known.unit };
      mismatched.push({
        path: `/body/services/${index}/unit`,
        code: "UNIT_MISMATCH",
      });
    }
  });
  const firstUnknown = body.services.find((_, index) => !catalogue[index]);
  if (firstUnknown) throw new DomainError("UNKNOWN_SERVICE", { service: firstUnknown.serviceCode }, [...unknown, ...mismatched]);
  if (firstMismatch) throw new DomainError("UNIT_MISMATCH", firstMismatch, mismatched);
}

const refusesPlans = (hbStatus: Client["hbStatus"]): boolean => hbStatus === "declined" || hbStatus === "ended";

/** The newest version slot of the client's plan, read strongly consistently. */
async function latestVersion(clientId: string): Promise<ServicePlan | undefined> {
  const result = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: marshall({ ":pk": keys.ServicePlanSlot.pk({ clientId }), ":prefix": keys.ServicePlanSlot.sk.prefix }),
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  const item = result.Items?.[0];
  return item ? toServicePlan(unmarshall(item)) : undefined;
}

/**
 * Creates the next version of the client's service plan and supersedes the
 * current one, in one transaction: the new version slot (which must not
 * exist), the plan under its own id, the previous version's status on both
 * of its items (which must still be current), and a check that the client
 * has not declined or ended HB. A concurrent writer makes the transaction
 * fail; it is retried from reading the latest version, then refused with 409
 * CONCURRENT_CHANGE, so no version number is ever used twice and exactly one
 * version is current.
 */
export async function createServicePlan(
  client: Pick<Client, "clientId" | "hbStatus">,
  body: CreateServicePlanBody,
  ctx: RequestContext,
): Promise<ServicePlan> {
  const { clientId } = client;
  if (refusesPlans(client.hbStatus)) throw new DomainError("HB_DECLINED");
  await checkAgainstCatalogue(body);

  return retrying(MAX_ATTEMPTS, async () => {
    const [previous, due] = await Promise.all([latestVersion(clientId), getFollowUpDue(clientId)]);
    const plan: ServicePlan = {
      planId: randomUUID(),
      clientId,
      version: (previous?.version ?? 0) + 1,
      validFrom: body.validFrom,
      validTo: body.validTo,
      services: body.services,
      followUp: body.followUp,
      status: "current",
      createdBy: { sub: ctx.actor.sub, roles: [...ctx.actor.roles] },
      createdAt: ctx.now.toISOString(),
    };
    const stamp = changeStamp(clientId, ctx);
    const tx = transaction()
      // Read in the same transaction: HB declined or ended meanwhile refuses the plan.
      .add("client", clientInHbCheck(clientId))
      .put("slot", { ...servicePlanSlotKey(clientId, plan.version), type: "ServicePlanVersion", ...plan, ...stamp }, "attribute_not_exists(pk)")
      .put("plan", { ...keys.ServicePlan.key({ planId: plan.planId }), type: "ServicePlan", ...plan, ...stamp }, "attribute_not_exists(pk)");
    if (previous?.status === "current") {
      const set = setFields({ ...stamp });
      for (const key of [servicePlanSlotKey(clientId, previous.version), keys.ServicePlan.key({ planId: previous.planId })]) {
        tx.update(
          "previous",
          key,
          { expression: `SET #status = :superseded, ${set.clauses.join(", ")}`, names: set.names, values: { ...set.values, ":superseded": "superseded" } },
          { expression: "#status = :current", names: { "#status": "status" }, values: { ":current": "current" } },
        );
      }
    }
    // The client's next follow-up moves with the plan's agreement; a follow-up meanwhile makes this retry.
    tx.add("due", putFollowUpDue(clientId, plan, due?.lastFollowUpOn, due, stamp));
    try {
      await tx.write();
      return plan;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failed("client")) throw await clientNotInHb(clientId);
      throw error;
    }
  });
}

/** One version of a plan by its id, strongly consistent; undefined when there is none. */
export async function getServicePlan(planId: string): Promise<ServicePlan | undefined> {
  const item = await getItem<Record<string, unknown>>(keys.ServicePlan.key({ planId }));
  return item ? toServicePlan(item) : undefined;
}

/** The client's current plan (the newest version, when it is current), strongly consistent. */
export async function getCurrentServicePlan(clientId: string): Promise<ServicePlan | undefined> {
  const latest = await latestVersion(clientId);
  return latest?.status === "current" ? latest : undefined;
}

/** Every version of the client's plan, newest first, a page at a time. */
export async function listServicePlans(clientId: string, limit: number, cursor?: string): Promise<Page<ServicePlan>> {
  return pageOfPartition(keys.ServicePlanSlot.pk({ clientId }), keys.ServicePlanSlot.sk.prefix, limit, cursor, toServicePlan);
}
