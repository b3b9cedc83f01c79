import { describe, expect, it } from "vitest";
import { isPrivateHost, receiverUrlProblem } from "./receiver-url";

describe("receiverUrlProblem", () => {
  it("accepts a public https URL, with a port, path and query", () => {
    expect(receiverUrlProblem("https://hooks.example.fi/hb", false)).toBeUndefined();
    expect(receiverUrlProblem("https://203.0.113.7:8443/in?token=x", false)).toBeUndefined();
  });

  it.each([
    ["http://hooks.example.fi/hb", "WEBHOOK_URL_NOT_HTTPS"],
    ["ftp://hooks.example.fi/hb", "WEBHOOK_URL_NOT_HTTPS"],
    ["https://user:pass@hooks.example.fi/hb", "WEBHOOK_URL_CREDENTIALS"],
    ["https://token@hooks.example.fi/hb", "WEBHOOK_URL_CREDENTIALS"],
    ["https://localhost/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://127.0.0.1/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://10.1.2.3/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://172.20.0.1/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://192.168.1.1/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://169.254.169.254/latest/meta-data", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://[::1]/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://[fd00::1]/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://[fe80::1]/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://[::ffff:127.0.0.1]/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    // WHATWG URL parsing turns these spellings into 127.0.0.1 before the check sees them.
    ["https://2130706433/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["https://0x7f.1/hb", "WEBHOOK_URL_PRIVATE_HOST"],
    ["not a url", "WEBHOOK_URL_INVALID"],
  ])("%s → %s", (url, problem) => {
    expect(receiverUrlProblem(url, false)).toBe(problem);
  });

  it("lets the local runtime deliver over http to this machine only", () => {
    expect(receiverUrlProblem("http://127.0.0.1:4000/hb", true)).toBeUndefined();
    expect(receiverUrlProblem("http://localhost:4000/hb", true)).toBeUndefined();
    expect(receiverUrlProblem("http://hooks.example.fi/hb", true)).toBe("WEBHOOK_URL_NOT_HTTPS");
    expect(receiverUrlProblem("http://10.0.0.5/hb", true)).toBe("WEBHOOK_URL_NOT_HTTPS");
    expect(receiverUrlProblem("https://192.168.1.1/hb", true)).toBe("WEBHOOK_URL_PRIVATE_HOST");
    expect(receiverUrlProblem("http://user:pw@127.0.0.1/hb", true)).toBe("WEBHOOK_URL_CREDENTIALS");
  });

  it("takes public addresses next to private ranges as public", () => {
    expect(isPrivateHost("172.32.0.1")).toBe(false);
    expect(isPrivateHost("100.128.0.1")).toBe(false);
    expect(isPrivateHost("2001:db8::1")).toBe(false);
  });
});
