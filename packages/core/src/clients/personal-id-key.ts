import { createHmac } from "node:crypto";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { assertGranted } from "../grants";
import { awsClientConfig } from "../aws-clients";

let key: Promise<string> | undefined;

/**
 * The personal identity code is never a key in clear: lookups go through an
 * HMAC with an area secret, so the table and its backups cannot be searched
 * by hetu without the key. In AWS the key is a Secrets Manager secret created
 * by the stack; locally it comes from HB_PERSONAL_ID_KEY.
 */
function loadSecret(): Promise<string> {
  const secretArn = process.env.HB_PERSONAL_ID_KEY_SECRET_ARN;
  if (!secretArn) throw new Error("neither HB_PERSONAL_ID_KEY nor HB_PERSONAL_ID_KEY_SECRET_ARN is set");
  return new SecretsManagerClient(awsClientConfig())
    .send(new GetSecretValueCommand({ SecretId: secretArn }))
    .then((secret) => {
      if (!secret.SecretString) throw new Error("the personal ID key secret is empty");
      return secret.SecretString;
    });
}

export async function personalIdLookupKey(normalizedPersonalId: string): Promise<string> {
  assertGranted((grants) => grants.personalIds.lookup, "personalIds.lookup");
  const direct = process.env.HB_PERSONAL_ID_KEY;
  if (direct) return createHmac("sha256", direct).update(normalizedPersonalId).digest("hex");
  key ??= loadSecret();
  const secret = await key.catch((error: unknown) => {
    key = undefined; // retry on the next call instead of caching a failure for the container's life
    throw error;
  });
  return createHmac("sha256", secret).update(normalizedPersonalId).digest("hex");
}
