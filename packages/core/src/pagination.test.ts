import { marshall } from "@aws-sdk/util-dynamodb";
import { describe, expect, it } from "vitest";
import { keys } from "./keys";
import { decodeCursor, encodeCursor } from "./pagination";

describe("cursor", () => {
  it("round-trips a DynamoDB key", () => {
    const key = marshall(keys.Service.key({ code: "KOTIHOITO" }));
    expect(decodeCursor(encodeCursor(key), ["pk", "sk"])).toEqual(key);
  });

  it("refuses anything that is not one of our keys", () => {
    for (const bad of ["x", "bm90LWEta2V5", Buffer.from('{"pk":{"S":"A"}}').toString("base64url"), Buffer.from('{"pk":{"N":"1"},"sk":{"S":"a"}}').toString("base64url")]) {
      expect(() => decodeCursor(bad, ["pk", "sk"]), bad).toThrowError(expect.objectContaining({ code: "INVALID_CURSOR" }));
    }
  });
});
