import { afterEach, describe, expect, it } from "vitest";
import { JavaMissingError, startDynamoDbLocal } from "./dynamodb";

describe("DynamoDB Local", () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it("says plainly that Java is missing instead of failing later", async () => {
    process.env.PATH = "/nonexistent";
    const started = startDynamoDbLocal();
    await expect(started).rejects.toBeInstanceOf(JavaMissingError);
    await expect(started).rejects.toThrow(/Java 17 or newer/);
  });
});
