import { describe, expect, it } from "vitest";
import { LocalClock } from "./clock";

const near = (actual: Date, expected: Date) => expect(Math.abs(actual.getTime() - expected.getTime())).toBeLessThan(1_000);

describe("LocalClock", () => {
  it("runs with the machine's time unless given a home", () => {
    const clock = new LocalClock();
    near(clock.now(), new Date());
    expect(clock.shifted).toBe(false);
  });

  it("starts at its home, moves, and returns home on reset", () => {
    const home = new Date("2026-11-25T10:00:00Z");
    const clock = new LocalClock(home);
    near(clock.now(), home);
    expect(clock.shifted).toBe(false);
    clock.set(new Date("2027-02-01T00:30:00+02:00"));
    near(clock.now(), new Date("2027-01-31T22:30:00Z"));
    expect(clock.shifted).toBe(true);
    clock.reset();
    near(clock.now(), home);
    expect(clock.shifted).toBe(false);
  });
});
