import { describe, expect, it } from "vitest";
import { redact } from "./logger";

describe("log redaction", () => {
  it("masks personal fields and anything shaped like a personal identity code", () => {
    const line = JSON.stringify(
      { personalId: "131052-308T", firstName: "Aino", route: "clients.find", error: { name: "ValidationException", message: "bad key 010594Y9021 here" } },
      redact,
    );
    expect(line).not.toContain("131052-308T");
    expect(line).not.toContain("Aino");
    expect(line).not.toContain("010594Y9021");
    expect(line).toContain("clients.find");
    expect(line).toContain("ValidationException");
  });
});
