import { S3Client } from "@aws-sdk/client-s3";
import { awsClientConfig } from "./aws-clients";

let client: S3Client | undefined;
let clientEndpoint: string | undefined;

/** Like dynamo(): one client per container, endpoint from the SDK's configuration (AWS_ENDPOINT_URL_S3 locally). */
export function s3(): S3Client {
  if (!client || clientEndpoint !== process.env.AWS_ENDPOINT_URL_S3) {
    client?.destroy();
    // fauxqs serves buckets by path, not as virtual hosts.
    client = new S3Client({ ...awsClientConfig(), forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3) });
    clientEndpoint = process.env.AWS_ENDPOINT_URL_S3;
  }
  return client;
}
