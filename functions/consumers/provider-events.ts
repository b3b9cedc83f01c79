import { unmarshall } from "@aws-sdk/util-dynamodb";
import { queueConsumer } from "@hb/api/consumer";
import { logger } from "@hb/api/logger";
import type { TableChangeRecord } from "@hb/core/audit/trail";
import { currentTime } from "@hb/core/dates";
import { occurrencesOf } from "@hb/core/webhooks/occurrences";
import { recordOccurrence, validityEndedOccurrence } from "@hb/core/webhooks/provider-events";

/**
 * The provider-events queue: what a change in the table tells a provider (an instrument chosen,
 * accepted, switched away, changed or ended; an event approved; a statement closed or paid; a
 * credit) is recorded once per occurrence, with the provider's inbox notification where it has one.
 * Occurrence ids come from what happened, so duplicated and reordered records record nothing twice.
 */
export const handler = queueConsumer("provider-events", async (record) => {
  const change = JSON.parse(record.body) as TableChangeRecord;
  const after = change.dynamodb?.NewImage ? unmarshall(change.dynamodb.NewImage) : undefined;
  const before = change.dynamodb?.OldImage ? unmarshall(change.dynamodb.OldImage) : undefined;
  const now = currentTime();
  const occurrences =
    after?.type === "DriftState"
      ? // The drift job found the validity passed: the instrument ended for its provider.
        [await validityEndedOccurrence(String(after.instrumentId), now)].flatMap((occurrence) => (occurrence ? [occurrence] : []))
      : occurrencesOf(before, after);
  for (const occurrence of occurrences) {
    if (await recordOccurrence(occurrence, now)) logger.info("provider event recorded", { eventId: occurrence.eventId, kind: occurrence.kind, providerId: occurrence.providerId });
  }
});
