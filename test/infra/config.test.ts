import { describe, expect, it } from "vitest";
import { apiAuthorization } from "../../stacks/authorization";
import { isProductionLike, loadDeployConfig } from "../../stacks/config";

const jwt = { HB_IDENTITY_FILE: "test/infra/fixtures/identity.two-issuers.json" };
const certificate = "arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012";

describe("isProductionLike", () => {
  it("is false for dev, test, demo, dev-/test- personal stages and pr-<n> previews", () => {
    for (const stage of ["dev", "test", "demo", "dev-maija", "test-ci", "pr-42"]) expect(isProductionLike(stage), stage).toBe(false);
  });

  it("is true for area names and anything else, so an unknown name keeps its data", () => {
    for (const stage of ["lappi", "pirha", "keski-suomi", "prod", "developer", "testing", "demo-x", "pr-x"]) {
      expect(isProductionLike(stage), stage).toBe(true);
    }
  });
});

describe("loadDeployConfig", () => {
  it("a production-like stage needs its identity settings and its own area file, all reported at once", () => {
    expect(() => loadDeployConfig("lappi", {})).toThrow(/identity settings areas\/lappi\.identity\.json are missing[\s\S]*areas\/lappi\.json is missing/);
    expect(() => loadDeployConfig("lappi", jwt)).toThrow(/areas\/lappi\.json is missing/);
  });

  it("the test and dev stages fall back to the demo's placeholder issuers, which trust nobody, and to the demo area", () => {
    const config = loadDeployConfig("test", {});
    expect(config.productionLike).toBe(false);
    expect(config.identityFile).toBe("areas/demo.identity.json");
    for (const issuer of config.identity.issuers) expect(new URL(issuer.issuer).hostname).toMatch(/\.invalid$/);
    expect(config.areaFile).toBe("areas/demo.json");
    expect(config.logRetentionDays).toBe(14);
  });

  it("reads the trusted issuers with their claim mappings; refuses the old single-issuer variables, http issuers and bad mappings", () => {
    expect(loadDeployConfig("dev", jwt).identity.issuers.map((issuer) => `${issuer.name}:${issuer.kind}`)).toEqual(["suomifi:person", "entra:staff"]);
    expect(() => loadDeployConfig("dev", { HB_JWT_ISSUER: "https://login.example.fi", HB_JWT_AUDIENCE: "hb" })).toThrow(/replaced by the trusted issuers/);
    expect(() => loadDeployConfig("dev", { HB_IDENTITY_FILE: "test/infra/fixtures/identity.http-issuer.json" })).toThrow(/issuer broker .* must be an https URL/);
    expect(() => loadDeployConfig("dev", { HB_IDENTITY_FILE: "test/infra/fixtures/missing.json" })).toThrow(/does not exist/);
    expect(() => loadDeployConfig("dev", { HB_IDENTITY_FILE: "areas/demo.json" })).toThrow(/areas\/demo\.json is not valid identity settings/);
  });

  it("takes a restored table by its stream's ARN, which names the table, and refuses anything else", () => {
    const streamArn = "arn:aws:dynamodb:eu-north-1:123456789012:table/lappi-hb-Storage-TableCD117FA1-restored-20261128/stream/2026-11-28T10:15:00.123";
    expect(loadDeployConfig("dev", { HB_RESTORED_TABLE_STREAM_ARN: streamArn }).restoredTable).toEqual({
      tableName: "lappi-hb-Storage-TableCD117FA1-restored-20261128",
      streamArn,
    });
    expect(loadDeployConfig("dev", {}).restoredTable).toBeUndefined();
    expect(() => loadDeployConfig("dev", { HB_RESTORED_TABLE_STREAM_ARN: "lappi-hb-Storage-TableCD117FA1-restored" })).toThrow(/is not a DynamoDB stream ARN/);
  });

  it("takes a CloudFront-scope WAF web ACL for the site and refuses a regional one", () => {
    const acl = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/hb-lappi/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    expect(loadDeployConfig("dev", { HB_WEB_ACL_ARN: acl }).web.webAclArn).toBe(acl);
    expect(loadDeployConfig("dev", {}).web.webAclArn).toBeUndefined();
    expect(() => loadDeployConfig("dev", { HB_WEB_ACL_ARN: acl.replace("us-east-1", "eu-north-1").replace("global", "regional") })).toThrow(/not a WAF web ACL of scope CLOUDFRONT/);
  });

  it("parses the CORS origins", () => {
    const config = loadDeployConfig("dev", {
      ...jwt,
      HB_CORS_ORIGINS: "https://desk.example.fi, http://localhost:5173",
      HB_ALARM_EMAIL: "ops@example.fi",
    });
    expect(config.corsOrigins).toEqual(["https://desk.example.fi", "http://localhost:5173"]);
    expect(config.alarmEmail).toBe("ops@example.fi");
  });

  it("rejects a bad e-mail, and origins with paths or without TLS", () => {
    expect(() => loadDeployConfig("dev", { ...jwt, HB_ALARM_EMAIL: "ops" })).toThrow(/HB_ALARM_EMAIL/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_CORS_ORIGINS: "https://desk.example.fi/" })).toThrow(/not an origin/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_CORS_ORIGINS: "http://desk.example.fi" })).toThrow(/must be https/);
  });

  it("allows the CORS wildcard only on non-production stages", () => {
    expect(loadDeployConfig("dev", { ...jwt, HB_CORS_ORIGINS: "*" }).corsOrigins).toEqual(["*"]);
    expect(() => loadDeployConfig("lappi", { ...jwt, HB_CORS_ORIGINS: "*" })).toThrow(/not "\*"/);
  });

  it("web app: on non-production stages signs in through the first trusted issuer unless told otherwise", () => {
    expect(loadDeployConfig("dev", jwt).web).toEqual({
      oidc: { issuer: "https://tunnistus.example.fi/realms/citizens", clientId: "hb-web", audience: "hb-portal", scope: "openid" },
    });
  });

  it("web app: a production-like stage needs the site's host name, certificate and OIDC client, all reported at once", () => {
    const error = () => loadDeployConfig("lappi", jwt);
    expect(error).toThrow(/HB_WEB_DOMAIN must name[\s\S]*HB_WEB_OIDC_ISSUER must be set[\s\S]*HB_WEB_OIDC_CLIENT_ID must be set/);
    expect(() => loadDeployConfig("lappi", { ...jwt, HB_WEB_DOMAIN: "hb.lappi.fi" })).toThrow(/HB_WEB_CERTIFICATE_ARN must name/);
  });

  it("web app: refuses a bad host name or certificate, an issuer or audience the API does not trust, and a scope without openid", () => {
    const web = (settings: Record<string, string>) => () => loadDeployConfig("dev", { ...jwt, ...settings });
    expect(web({ HB_WEB_DOMAIN: "https://hb.example.fi", HB_WEB_CERTIFICATE_ARN: certificate })).toThrow(/is not a host name/);
    expect(web({ HB_WEB_DOMAIN: "hb.example.fi", HB_WEB_CERTIFICATE_ARN: certificate.replace("us-east-1", "eu-north-1") })).toThrow(/in us-east-1/);
    expect(web({ HB_WEB_CERTIFICATE_ARN: certificate })).toThrow(/without HB_WEB_DOMAIN/);
    expect(web({ HB_WEB_OIDC_ISSUER: "https://login.example.fi" })).toThrow(/not one of the trusted issuers/);
    expect(web({ HB_WEB_OIDC_AUDIENCE: "api://other" })).toThrow(/not an audience of the trusted issuer suomifi/);
    expect(web({ HB_WEB_OIDC_SCOPE: "profile email" })).toThrow(/including openid/);
  });

  it("web app: the site's origin joins the CORS origins once", () => {
    const site = { HB_WEB_DOMAIN: "hb.example.fi", HB_WEB_CERTIFICATE_ARN: certificate };
    expect(loadDeployConfig("dev", { ...jwt, ...site }).corsOrigins).toEqual(["https://hb.example.fi"]);
    expect(loadDeployConfig("dev", { ...jwt, ...site, HB_CORS_ORIGINS: "https://hb.example.fi,https://desk.example.fi" }).corsOrigins).toEqual([
      "https://hb.example.fi",
      "https://desk.example.fi",
    ]);
    expect(loadDeployConfig("dev", { ...jwt, ...site, HB_CORS_ORIGINS: "*" }).corsOrigins).toEqual(["*"]);
  });

  it("rejects stage names that cannot name AWS resources", () => {
    expect(() => loadDeployConfig("Lappi_1", jwt)).toThrow(/stage name/);
  });
});

describe("apiAuthorization", () => {
  const read = { table: "read", auditLog: "append", personalIds: { lookup: false, seal: false, reveal: false } } as const;

  it("one issuer keeps API Gateway's JWT authorizer; every route then looks its caller up itself", () => {
    const one = apiAuthorization(loadDeployConfig("dev", { HB_IDENTITY_FILE: "test/infra/fixtures/identity.one-issuer.json" }).identity);
    expect(one.name).toBe("jwt");
    expect(one.jwt).toEqual({
      issuer: "https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0",
      audience: ["api://hb-desk", "api://hb-portal"],
    });
    expect(one.lambda).toBeUndefined();
    expect(one.routeGrants(read).personalIds.lookup).toBe(true);
    expect(JSON.parse(one.routeEnvironment.HB_IDENTITY!).issuers).toHaveLength(1);
  });

  it("several issuers use HB's Lambda authorizer, which alone looks callers up", () => {
    const two = apiAuthorization(loadDeployConfig("dev", { HB_IDENTITY_FILE: "test/infra/fixtures/identity.two-issuers.json" }).identity);
    expect(two.name).toBe("hb");
    expect(two.jwt).toBeUndefined();
    expect(two.lambda).toEqual({ grants: { table: "read", auditLog: "none", personalIds: { lookup: true, seal: false, reveal: false } }, cacheTtl: "60 seconds" });
    expect(two.routeGrants(read)).toEqual(read);
    expect(two.routeEnvironment).toEqual({});
  });
});
