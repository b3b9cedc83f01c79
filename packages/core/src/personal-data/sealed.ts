/**
 * Field-level encryption of personal data (today personal identity codes of
 * clients; representatives' codes next), so table exports, backups, stream
 * records, queues and DLQs never hold a code in clear.
 *
 * API (any repository may call it):
 * - `seal(plain, context)` → the value to store. `context` names where the
 *   value lives — `{ entity: "Client", id: clientId, attribute: "personalId" }`
 *   — and is bound to it: a value copied to another item or attribute does
 *   not open. Needs the route's `personalIds.seal` grant (kms:GenerateDataKey).
 * - `open(stored, context)` → the plain value; throws if the value was
 *   tampered with, belongs to another context, or names a key this runtime
 *   cannot use. Needs `personalIds.reveal` (kms:Decrypt): only routes that
 *   show the code have it.
 * - `isSealed(value)` tells a sealed value from a plain one (migration).
 * - `sealedKeyRef(stored)` names the key a value was sealed under (rotation).
 *
 * Envelope encryption: AES-256-GCM under a data key from KMS GenerateDataKey
 * (locally: wrapped by the key in `.hb-local/personal-data-key`), cached per
 * container within `dataKeyLimits`. A stored value is self-describing:
 *
 *     pd1.A256GCM.<keyRef>.<wrapped data key>.<iv>.<ciphertext+tag>
 *
 * `pd1` is the format version, `A256GCM` the algorithm (96-bit IV, 128-bit
 * tag), `keyRef` the wrapping key (KMS key ARN or `local:<fingerprint>`),
 * the last four base64url. The GCM additional data is the header plus the
 * context, so neither can be changed without the value failing to open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { assertGranted } from "../grants";
import { DataKeys, type KeySource, kmsKeySource, localKeySource } from "./data-keys";

export interface SealContext {
  /** The item's type, e.g. `Client`. */
  readonly entity: string;
  /** The item's id, e.g. the client id. */
  readonly id: string;
  readonly attribute: string;
}

const VERSION = "pd1";
const ALGORITHM = "A256GCM";
const b64 = (bytes: Buffer) => bytes.toString("base64url");
const additionalData = (header: string, context: SealContext) =>
  Buffer.from(`${header}\n${context.entity}\n${context.id}\n${context.attribute}`);

export const isSealed = (value: unknown): value is string => typeof value === "string" && /^pd\d+\./.test(value);

interface Parsed {
  readonly header: string;
  readonly keyRef: string;
  readonly wrapped: Buffer;
  readonly iv: Buffer;
  readonly ciphertext: Buffer;
}

function parse(stored: string): Parsed {
  const parts = stored.split(".");
  if (parts[0] !== VERSION || parts[1] !== ALGORITHM || parts.length !== 6) {
    throw new Error(`not a sealed value this version can open (${parts.slice(0, 2).join(".")})`);
  }
  const [, , keyRef, wrapped, iv, ciphertext] = parts as [string, string, string, string, string, string];
  return {
    header: parts.slice(0, 4).join("."),
    keyRef: Buffer.from(keyRef, "base64url").toString("utf8"),
    wrapped: Buffer.from(wrapped, "base64url"),
    iv: Buffer.from(iv, "base64url"),
    ciphertext: Buffer.from(ciphertext, "base64url"),
  };
}

export const sealedKeyRef = (stored: string): string => parse(stored).keyRef;

/** Seals and opens with one set of cached data keys. */
export class Sealer {
  constructor(readonly keys: DataKeys) {}

  async seal(plain: string, context: SealContext): Promise<string> {
    const key = await this.keys.forSealing();
    const header = [VERSION, ALGORITHM, b64(Buffer.from(key.keyRef)), b64(key.wrapped)].join(".");
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key.plaintext, iv).setAAD(additionalData(header, context));
    const ciphertext = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return `${header}.${b64(iv)}.${b64(ciphertext)}`;
  }

  async open(stored: string, context: SealContext): Promise<string> {
    const value = parse(stored);
    const key = await this.keys.forOpening(value.keyRef, value.wrapped);
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, value.iv).setAAD(additionalData(value.header, context));
      decipher.setAuthTag(value.ciphertext.subarray(value.ciphertext.length - 16));
      return Buffer.concat([decipher.update(value.ciphertext.subarray(0, value.ciphertext.length - 16)), decipher.final()]).toString("utf8");
    } catch {
      throw new Error(`sealed ${context.entity}.${context.attribute} of ${context.id} does not open: altered, or sealed for another item`);
    }
  }
}

/** The key source this runtime is configured with: a local key (HB_PERSONAL_DATA_KEY) or a KMS key (HB_PERSONAL_DATA_KEY_ARN). */
export function keySourceFromEnvironment(): KeySource {
  const local = process.env.HB_PERSONAL_DATA_KEY;
  if (local) return localKeySource(local);
  const arn = process.env.HB_PERSONAL_DATA_KEY_ARN;
  if (arn) return kmsKeySource(arn);
  throw new Error("neither HB_PERSONAL_DATA_KEY nor HB_PERSONAL_DATA_KEY_ARN is set");
}

let shared: { config: string; sealer: Sealer } | undefined;

/** One sealer per container; a local runtime restarted in the same process with another key gets a new one. */
function sealer(): Sealer {
  const config = `${process.env.HB_PERSONAL_DATA_KEY ?? ""}|${process.env.HB_PERSONAL_DATA_KEY_ARN ?? ""}`;
  if (shared?.config !== config) shared = { config, sealer: new Sealer(new DataKeys(keySourceFromEnvironment())) };
  return shared.sealer;
}

export async function seal(plain: string, context: SealContext): Promise<string> {
  assertGranted((grants) => grants.personalIds.seal, "personalIds.seal");
  return sealer().seal(plain, context);
}

export async function open(stored: string, context: SealContext): Promise<string> {
  assertGranted((grants) => grants.personalIds.reveal, "personalIds.reveal");
  return sealer().open(stored, context);
}
