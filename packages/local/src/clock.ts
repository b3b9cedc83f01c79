import { z } from "zod";
import type { FieldError } from "@hb/core/errors";

/**
 * The local runtime's business clock. API Gateway stamps each request with the
 * time it arrived (`requestContext.timeEpoch`) and EventBridge stamps each
 * scheduled run (`time`); handlers read only those, and queue consumers
 * read `currentTime()`. Locally all three come from here, so a demo can move
 * to another day (a public holiday, the end of a review window, a new month)
 * without touching the machine's clock or the code paths.
 */
export class LocalClock {
  private readonly homeOffsetMs: number;
  private offsetMs: number;

  /** `home`: where the clock starts and where `reset()` returns (tests start on a fixed day); the machine's time without it. */
  constructor(home?: Date) {
    this.homeOffsetMs = home ? home.getTime() - Date.now() : 0;
    this.offsetMs = this.homeOffsetMs;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the clock to `instant`; it keeps running from there. */
  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = this.homeOffsetMs;
  }

  /** Whether the clock was moved from where it started (`PUT /dev/clock`) and not reset. */
  get shifted(): boolean {
    return this.offsetMs !== this.homeOffsetMs;
  }
}

/** Reads the body of `PUT /dev/clock`: `{"now": "<ISO 8601 date-time with offset>"}`. */
export function parseClockBody(text: string): { ok: true; now: Date } | { ok: false; errors: FieldError[] } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = z.object({ now: z.iso.datetime({ offset: true }) }).strict().safeParse(body);
  if (parsed.success) return { ok: true, now: new Date(parsed.data.now) };
  return {
    ok: false,
    errors: [{ path: "/body/now", code: "invalid_value", message: "now must be an ISO 8601 date-time with offset, e.g. 2026-12-08T12:00:00+02:00" }],
  };
}
