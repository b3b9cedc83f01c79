import { describe, expect, it } from "vitest";
import { joinList } from "./format";

describe("joinList", () => {
  it("joins with the language's 'and'", () => {
    expect(joinList(["a"], "fi")).toBe("a");
    expect(joinList(["a", "b"], "sv")).toBe("a och b");
    expect(joinList(["a", "b", "c"], "fi")).toBe("a, b ja c");
    expect(joinList(["a", "b", "c"], "en")).toBe("a, b and c");
  });
});
