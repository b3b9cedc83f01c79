import { createHash } from "node:crypto";
import { addDays } from "../budget/periods";
import { businessDate } from "../dates";
import type { WebhookEventKind } from "./schemas";

/**
 * What a provider is told of a change in the table (decision 78): a pure
 * reading of one stream record's old and new images. Each occurrence has an
 * id derived from what happened (not from the record), so a record delivered
 * twice, or two records of one change, give the same id, and the consumer's
 * conditional put of that id is the deduplication.
 *
 * `data` is what the provider may know: the instrument by number and service,
 * never the client, its budget or its decision (as the API strips them for
 * provider staff).
 */
export interface Occurrence {
  readonly eventId: string;
  readonly kind: WebhookEventKind;
  readonly providerId: string;
  readonly occurredAt: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** An inbox notification to the provider for it (ended and changed: chosen and switched are written with the choice). */
  readonly notify?: { kind: "instrument-ended" | "instrument-changed"; effectiveFrom: string; clientId: string };
}

type Image = Readonly<Record<string, unknown>>;

const str = (image: Image | undefined, name: string): string | undefined => (typeof image?.[name] === "string" ? (image[name] as string) : undefined);

/** A UUID-shaped id from the occurrence's identity: the same occurrence always gets the same id. */
export function occurrenceId(...parts: readonly string[]): string {
  const hex = createHash("sha256").update(parts.join("\u0000")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const instrumentData = (image: Image) => ({
  instrumentId: str(image, "instrumentId"),
  instrumentNumber: str(image, "number"),
  instrumentKind: str(image, "kind"),
  serviceCode: str(image, "serviceCode"),
  unit: str(image, "unit"),
  validFrom: str(image, "validFrom"),
  validTo: str(image, "validTo"),
  status: str(image, "status"),
});

/** The change of an instrument as the providers it names see it. */
export function instrumentOccurrences(before: Image | undefined, after: Image): Occurrence[] {
  const instrumentId = str(after, "instrumentId")!;
  const at = str(after, "updatedAt") ?? str(after, "createdAt") ?? new Date(0).toISOString();
  // One change of the instrument: its request (a retry of the same write has the same one).
  const change = str(after, "requestId") ?? at;
  const data = instrumentData(after);
  const occurrences: Occurrence[] = [];
  const was = str(before, "providerId");
  const now = str(after, "providerId");
  const status = str(after, "status");
  const wasStatus = str(before, "status");

  if (now && now !== was && status === "awaiting-acceptance") {
    const effectiveFrom = str(after, "providerFrom") ?? str(after, "validFrom");
    occurrences.push({ eventId: occurrenceId("instrument.chosen", instrumentId, now, change), kind: "instrument.chosen", providerId: now, occurredAt: at, data: { ...data, effectiveFrom } });
  }
  if (was && now !== was) {
    const effectiveFrom = str(after, "providerFrom");
    occurrences.push({ eventId: occurrenceId("instrument.switched", instrumentId, was, change), kind: "instrument.switched", providerId: was, occurredAt: at, data: { ...data, effectiveFrom } });
  }
  if (now && now === was && wasStatus === "awaiting-acceptance" && status === "active") {
    occurrences.push({ eventId: occurrenceId("instrument.accepted", instrumentId, now, change), kind: "instrument.accepted", providerId: now, occurredAt: at, data });
  }
  if (!now) return occurrences;
  const clientId = str(after, "clientId")!;

  // Clipped by a superseding decision: once per day it takes over from.
  const supersededFrom = str(after, "supersededFrom");
  if (supersededFrom && supersededFrom !== str(before, "supersededFrom")) {
    occurrences.push({
      eventId: occurrenceId("instrument.changed", instrumentId, now, supersededFrom),
      kind: "instrument.changed",
      providerId: now,
      occurredAt: at,
      data: { ...data, supersededFrom, reason: "superseded" },
      notify: { kind: "instrument-changed", effectiveFrom: supersededFrom, clientId },
    });
    return occurrences;
  }
  // Revoked, or HB ended or declined: an instrument ends once for its provider (endedOccurrence too).
  const endedOn = str(after, "endedOn");
  const closed = status === "closed" && wasStatus !== "closed";
  if (closed || (endedOn && endedOn !== str(before, "endedOn"))) {
    // `hb-ended`, `hb-declined`, `decision-revoked`; an instrument HB ended that keeps days up to endedOn has no closedReason.
    const reason = str(after, "closedReason") ?? "hb-ended";
    // Closed (revoked, or HB ended before it began): nothing more is recordable from the day it closed.
    const validTo = str(after, "validTo")!;
    const closedOn = businessDate(new Date(at));
    const lastDay = endedOn ?? (closedOn < validTo ? closedOn : validTo);
    occurrences.push(endedOccurrence(after, now, lastDay, reason, at));
  }
  return occurrences;
}

/** The instrument ended for its provider on `lastDay`: revoked, HB ended, or its validity ran out (the drift job sees that day pass). */
export function endedOccurrence(instrument: Image, providerId: string, lastDay: string, reason: string, at: string): Occurrence {
  const instrumentId = str(instrument, "instrumentId")!;
  return {
    eventId: occurrenceId("instrument.ended", instrumentId, providerId),
    kind: "instrument.ended",
    providerId,
    occurredAt: at,
    data: { ...instrumentData(instrument), lastDay, reason },
    notify: { kind: "instrument-ended", effectiveFrom: addDays(lastDay, 1), clientId: str(instrument, "clientId")! },
  };
}

/** A service event approved (by a worker or the review window): once per event. */
export function serviceEventOccurrences(before: Image | undefined, after: Image): Occurrence[] {
  if (str(after, "status") !== "approved" || str(before, "status") === "approved") return [];
  const eventId = str(after, "eventId")!;
  return [
    {
      eventId: occurrenceId("service-event.approved", eventId),
      kind: "service-event.approved",
      providerId: str(after, "providerId")!,
      occurredAt: str(after, "approvedAt") ?? str(after, "updatedAt") ?? new Date(0).toISOString(),
      data: {
        serviceEventId: eventId,
        externalId: str(after, "externalId"),
        instrumentId: str(after, "instrumentId"),
        instrumentNumber: str(after, "instrumentNumber"),
        serviceCode: str(after, "serviceCode"),
        date: str(after, "date"),
        quantity: after.quantity,
        amountCents: after.amountCents,
      },
    },
  ];
}

/** A settlement statement closed by a run, and paid: once per statement and payment. */
export function statementOccurrences(before: Image | undefined, after: Image): Occurrence[] {
  const state = str(after, "state");
  const wasState = str(before, "state");
  if (state === wasState) return [];
  const statementId = str(after, "statementId")!;
  const providerId = str(after, "providerId")!;
  const data = {
    statementId,
    month: str(after, "month"),
    runId: str(after, "runId"),
    netCents: after.netCents,
    eventCount: after.eventCount,
    creditCount: after.creditCount,
    creditorReference: str(after, "creditorReference"),
  };
  if (state === "closed" && wasState === "open") {
    return [{ eventId: occurrenceId("statement.closed", statementId), kind: "statement.closed", providerId, occurredAt: str(after, "closedAt") ?? new Date(0).toISOString(), data }];
  }
  if (state === "paid") {
    const paidAt = str(after, "paidAt") ?? new Date(0).toISOString();
    // A payment the bank returned makes the statement owed again; paying it again is a new occurrence.
    return [{ eventId: occurrenceId("payment.made", statementId, paidAt), kind: "payment.made", providerId, occurredAt: paidAt, data: { ...data, paidAt } }];
  }
  return [];
}

/** A credit given on a settled service event: once per credit. */
export function creditOccurrences(after: Image): Occurrence[] {
  const creditId = str(after, "creditId")!;
  return [
    {
      eventId: occurrenceId("credit.created", creditId),
      kind: "credit.created",
      providerId: str(after, "providerId")!,
      occurredAt: str(after, "createdAt") ?? new Date(0).toISOString(),
      data: {
        creditId,
        serviceEventId: str(after, "eventId"),
        instrumentId: str(after, "instrumentId"),
        instrumentNumber: str(after, "instrumentNumber"),
        serviceCode: str(after, "serviceCode"),
        amountCents: after.amountCents,
        reasonCode: str(after, "reasonCode"),
        date: str(after, "date"),
      },
    },
  ];
}

/** Every occurrence one stream record tells of; types it does not know tell nothing. */
export function occurrencesOf(before: Image | undefined, after: Image | undefined): Occurrence[] {
  if (!after) return [];
  switch (after.type) {
    case "Instrument":
      return instrumentOccurrences(before, after);
    case "ServiceEvent":
      return serviceEventOccurrences(before, after);
    case "SettlementStatement":
      return statementOccurrences(before, after);
    case "Credit":
      return before ? [] : creditOccurrences(after);
    default:
      return [];
  }
}
