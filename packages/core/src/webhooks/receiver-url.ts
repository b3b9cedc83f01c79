import { isIP } from "node:net";

/**
 * Which receiver URLs a provider may register (docs/security.md "Provider
 * webhooks"): https, no credentials in the URL, and no host that names this
 * machine or a private network literally. A name that resolves to such an
 * address is the deployment's egress control to stop (DNS can change after
 * any check here); HB refuses what it can see in the URL itself.
 */
export type ReceiverUrlProblem = "WEBHOOK_URL_INVALID" | "WEBHOOK_URL_NOT_HTTPS" | "WEBHOOK_URL_CREDENTIALS" | "WEBHOOK_URL_PRIVATE_HOST";

/** Set by the local runtime only (never by a deployed function): lets `npm start` and tests deliver to a receiver on this machine over http. */
let localReceivers = false;
export const allowLocalReceivers = (allowed: boolean): void => {
  localReceivers = allowed;
};
export const localReceiversAllowed = (): boolean => localReceivers;

function ipv4Private(address: string): boolean {
  const [a, b] = address.split(".").map(Number) as [number, number];
  return (
    a === 0 || // "this" network
    a === 10 ||
    a === 127 || // loopback
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast, reserved, broadcast
  );
}

function ipv6Private(address: string): boolean {
  const lower = address.toLowerCase();
  if (lower === "::" || lower === "::1") return true;
  // IPv4-mapped (the URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1): the IPv4 address decides.
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return ipv4Private(dotted[1]!);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
    return ipv4Private(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast.
  return /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || lower.startsWith("ff");
}

/** Whether the host is `localhost` or a literal loopback, private, link-local or otherwise non-public address. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const version = isIP(host);
  if (version === 4) return ipv4Private(host);
  if (version === 6) return ipv6Private(host);
  return false;
}

/** `localhost`, 127.0.0.0/8 or ::1: this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || (isIP(host) === 4 && host.startsWith("127."));
}

/** The problem with a receiver URL, or undefined when it may be registered. */
export function receiverUrlProblem(value: string, allowLocal = localReceiversAllowed()): ReceiverUrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "WEBHOOK_URL_INVALID";
  }
  if (url.username || url.password) return "WEBHOOK_URL_CREDENTIALS";
  // The local exception: http or https to this machine, and nothing else.
  if (allowLocal && isLoopbackHost(url.hostname) && (url.protocol === "http:" || url.protocol === "https:")) return undefined;
  if (url.protocol !== "https:") return "WEBHOOK_URL_NOT_HTTPS";
  if (isPrivateHost(url.hostname)) return "WEBHOOK_URL_PRIVATE_HOST";
  return undefined;
}
