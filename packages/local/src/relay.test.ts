import { describe, expect, it } from "vitest";
import { pipeMessage } from "./relay";

describe("pipeMessage", () => {
  const record = { eventID: "e1", eventName: "INSERT" as const, dynamodb: { ApproximateCreationDateTime: new Date("2026-11-29T12:00:00Z"), Keys: { pk: { S: "A" } } } };

  it("delivers the record in the shape Pipes gives an SQS target, stamped in epoch seconds", () => {
    expect(pipeMessage(record, "arn:stream")).toEqual({
      eventID: "e1",
      eventName: "INSERT",
      eventVersion: "1.1",
      eventSource: "aws:dynamodb",
      awsRegion: "eu-north-1",
      dynamodb: { ApproximateCreationDateTime: Date.parse("2026-11-29T12:00:00Z") / 1000, Keys: { pk: { S: "A" } } },
      eventSourceARN: "arn:stream",
    });
  });

  it("stamps the business clock's time when it runs apart from the machine's", () => {
    const fourDaysBack = -4 * 86_400_000;
    expect(pipeMessage(record, "arn:stream", fourDaysBack)).toMatchObject({ dynamodb: { ApproximateCreationDateTime: Date.parse("2026-11-25T12:00:00Z") / 1000 } });
  });
});
