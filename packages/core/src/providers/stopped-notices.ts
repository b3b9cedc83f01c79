import { queryAll } from "../db";
import { responsibleWorker } from "../clients/responsible-worker";
import { getInstruments, type StoredInstrument } from "../instruments/repository";
import { keys } from "../keys";
import { inboxOf, type NewNotification, notificationWrites } from "../notifications/repository";
import { transaction } from "../transaction";
import { occurrenceId } from "../webhooks/occurrences";
import type { ProviderStatus } from "./schemas";

type Image = Readonly<Record<string, unknown>>;
type StatusEntry = { status: ProviderStatus; effectiveFrom: string; decidedAt: string };

/** Instruments told of at once: each is a small transaction of its own. */
const PARALLEL = 8;

/** The instruments the provider still holds on or after `from`: awaiting its acceptance or active, and valid then. */
export const heldFrom = (instruments: readonly StoredInstrument[], providerId: string, from: string) =>
  instruments.filter(
    (instrument) =>
      instrument.providerId === providerId && (instrument.status === "awaiting-acceptance" || instrument.status === "active") && instrument.validTo >= from,
  );

/**
 * A provider the area suspended or terminated (decision 79): every client whose voucher or
 * commitment the provider holds from the stop's first day, and the client's worker, hear of it in
 * their inboxes, so that another provider is chosen. Fed by the provider-status pipe from the
 * provider's stream record; each notification's id comes from the provider, the status change
 * (its `decidedAt`), the instrument and the inbox, and the two of one instrument are written in one
 * transaction whose puts must be new: a redelivered or duplicated record writes nothing twice.
 * Returns how many instruments were told of now.
 */
export async function noticeStoppedProvider(before: Image | undefined, after: Image, now: Date): Promise<number> {
  const status = after.status as ProviderStatus;
  if (status !== "suspended" && status !== "terminated") return 0;
  if (before?.status === status) return 0;
  const history = (after.statusHistory ?? []) as StatusEntry[];
  const entry = history.at(-1);
  if (!entry || entry.status !== status) return 0;
  const providerId = String(after.providerId);
  const from = typeof after.blockedFrom === "string" ? after.blockedFrom : entry.effectiveFrom;
  const listed = await queryAll({
    IndexName: "gsi2",
    KeyConditionExpression: "gsi2pk = :pk AND begins_with(gsi2sk, :prefix)",
    ExpressionAttributeValues: { ":pk": { S: keys.Instrument.gsi2.pk({ providerId }) }, ":prefix": { S: keys.Instrument.gsi2.sk.prefix } },
  });
  // The index may lag: the instruments themselves decide.
  const held = heldFrom(await getInstruments(listed.map((item) => String(item.instrumentId))), providerId, from);
  const kind = status === "suspended" ? "provider-suspended" : "provider-terminated";
  let told = 0;
  for (let start = 0; start < held.length; start += PARALLEL) {
    const results = await Promise.all(held.slice(start, start + PARALLEL).map((instrument) => tell(instrument, kind, from, entry.decidedAt, now)));
    told += results.filter(Boolean).length;
  }
  return told;
}

async function tell(instrument: StoredInstrument, kind: "provider-suspended" | "provider-terminated", from: string, decidedAt: string, now: Date): Promise<boolean> {
  const worker = await responsibleWorker(instrument.clientId, instrument.decisionId);
  const inboxes = [inboxOf.client(instrument.clientId), ...(worker ? [inboxOf.worker(worker)] : [])];
  const notifications: NewNotification[] = inboxes.map((inbox) => ({
    notificationId: occurrenceId("provider-stopped", String(instrument.providerId), decidedAt, instrument.instrumentId, inbox),
    inbox,
    kind,
    createdAt: now.toISOString(),
    clientId: instrument.clientId,
    instrumentId: instrument.instrumentId,
    instrumentNumber: instrument.number,
    serviceCode: instrument.serviceCode,
    effectiveFrom: from,
  }));
  // Told before: a redelivered record.
  return transaction().add("notifications", ...notificationWrites(notifications)).writeUnlessFailed("notifications");
}
