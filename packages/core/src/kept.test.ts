import { afterEach, describe, expect, it, vi } from "vitest";
import { keptFor } from "./kept";

afterEach(() => vi.useRealTimers());

describe("keptFor", () => {
  it("reads once within its time, again after it or when forgotten", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-25T10:00:00Z") });
    let reads = 0;
    const kept = keptFor(60_000, async () => (reads += 1));
    expect(await kept.get()).toBe(1);
    vi.setSystemTime(new Date("2026-11-25T10:01:00Z"));
    expect(await kept.get()).toBe(1);
    vi.setSystemTime(new Date("2026-11-25T10:01:01Z"));
    expect(await kept.get()).toBe(2);
    kept.forget();
    expect(await kept.get()).toBe(3);
  });

  it("does not keep a failed read", async () => {
    let reads = 0;
    const kept = keptFor(60_000, async () => {
      reads += 1;
      if (reads === 1) throw new Error("throttled");
      return reads;
    });
    await expect(kept.get()).rejects.toThrow("throttled");
    expect(await kept.get()).toBe(2);
  });
});
