import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from "@aws-sdk/client-kms";

/** A data key: the plaintext that encrypts values, and its wrapped form, stored beside every value sealed with it. */
export interface DataKey {
  readonly keyRef: string;
  readonly plaintext: Buffer;
  readonly wrapped: Buffer;
}

/** Where data keys come from and are unwrapped: a KMS key in AWS, a key file locally. */
export interface KeySource {
  /** Names the wrapping key; stored in every sealed value, so values stay openable after the current key changes. */
  readonly keyRef: string;
  generate(): Promise<DataKey>;
  unwrap(wrapped: Buffer, keyRef: string): Promise<Buffer>;
}

/** KMS encryption context of every data key; the functions' IAM grants are conditioned on it, so the key serves nothing else. */
export const kmsEncryptionContext = { purpose: "hb-personal-data" } as const;

/** Envelope encryption with a customer-managed KMS key: GenerateDataKey to seal, Decrypt to open. */
export function kmsKeySource(keyArn: string, kms: KMSClient = new KMSClient({})): KeySource {
  return {
    keyRef: keyArn,
    async generate() {
      const result = await kms.send(
        new GenerateDataKeyCommand({ KeyId: keyArn, KeySpec: "AES_256", EncryptionContext: kmsEncryptionContext }),
      );
      if (!result.Plaintext || !result.CiphertextBlob) throw new Error("KMS returned no data key");
      return { keyRef: keyArn, plaintext: Buffer.from(result.Plaintext), wrapped: Buffer.from(result.CiphertextBlob) };
    },
    async unwrap(wrapped, keyRef) {
      // KeyId pins the key the value names: a blob crafted under another key is refused by KMS.
      const result = await kms.send(
        new DecryptCommand({ KeyId: keyRef, CiphertextBlob: wrapped, EncryptionContext: kmsEncryptionContext }),
      );
      if (!result.Plaintext) throw new Error("KMS returned no data key");
      return Buffer.from(result.Plaintext);
    },
  };
}

/** The local runtime's stand-in for KMS: data keys wrapped with AES-256-GCM under a 256-bit key from `.hb-local/`. */
export function localKeySource(keyHex: string): KeySource {
  const master = Buffer.from(keyHex.trim(), "hex");
  if (master.length !== 32) throw new Error("the local personal-data key must be 64 hex digits (256 bits)");
  const keyRef = `local:${createHash("sha256").update(master).digest("hex").slice(0, 16)}`;
  const aad = Buffer.from(keyRef);
  return {
    keyRef,
    async generate() {
      const plaintext = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", master, iv).setAAD(aad);
      const wrapped = Buffer.concat([iv, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
      return { keyRef, plaintext, wrapped };
    },
    async unwrap(wrapped, ref) {
      if (ref !== keyRef) throw new Error(`the value was sealed under ${ref}; this runtime has ${keyRef}`);
      const decipher = createDecipheriv("aes-256-gcm", master, wrapped.subarray(0, 12)).setAAD(aad);
      decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
      return Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]);
    },
  };
}

/**
 * Bounds of data-key reuse in one container. A sealing key serves at most
 * 1 000 values or 5 minutes (random 96-bit IVs stay far below GCM's 2^32
 * limit per key, and a leaked key exposes a bounded set); an unwrapped key
 * is kept 5 minutes, at most 100 of them.
 */
export const dataKeyLimits = { maxAgeMs: 5 * 60_000, maxUses: 1_000, maxOpened: 100 } as const;

/** Data keys cached per container within `dataKeyLimits`, so sealing and opening rarely call KMS. */
export class DataKeys {
  private sealing: { key: Promise<DataKey>; createdAt: number; uses: number } | undefined;
  private readonly opened = new Map<string, { key: Promise<Buffer>; createdAt: number }>();

  constructor(
    readonly source: KeySource,
    private readonly limits: { maxAgeMs: number; maxUses: number; maxOpened: number } = dataKeyLimits,
    private readonly now: () => number = Date.now,
  ) {}

  forSealing(): Promise<DataKey> {
    const now = this.now();
    const current = this.sealing;
    if (!current || now - current.createdAt >= this.limits.maxAgeMs || current.uses >= this.limits.maxUses) {
      const fresh = { key: this.source.generate(), createdAt: now, uses: 0 };
      // A failure is not cached for the container's life: the next seal asks again.
      fresh.key.catch(() => {
        if (this.sealing === fresh) this.sealing = undefined;
      });
      this.sealing = fresh;
    }
    this.sealing!.uses += 1;
    return this.sealing!.key;
  }

  forOpening(keyRef: string, wrapped: Buffer): Promise<Buffer> {
    const id = `${keyRef}\n${wrapped.toString("base64")}`;
    const now = this.now();
    const cached = this.opened.get(id);
    if (cached && now - cached.createdAt < this.limits.maxAgeMs) return cached.key;
    const entry = { key: this.source.unwrap(wrapped, keyRef), createdAt: now };
    entry.key.catch(() => {
      if (this.opened.get(id) === entry) this.opened.delete(id);
    });
    this.opened.delete(id);
    this.opened.set(id, entry);
    for (const oldest of this.opened.keys()) {
      if (this.opened.size <= this.limits.maxOpened) break;
      this.opened.delete(oldest);
    }
    return entry.key;
  }
}
