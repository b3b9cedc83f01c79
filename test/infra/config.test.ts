import { describe, expect, it } from "vitest";
import { isProductionLike, loadDeployConfig } from "../../stacks/config";

const jwt = { HB_JWT_ISSUER: "https://login.example.fi/realms/hb", HB_JWT_AUDIENCE: "hb-desk,hb-portal" };

describe("isProductionLike", () => {
  it("is false for dev, test, dev-/test- personal stages and pr-<n> previews", () => {
    for (const stage of ["dev", "test", "dev-maija", "test-ci", "pr-42"]) expect(isProductionLike(stage), stage).toBe(false);
  });

  it("is true for area names and anything else, so an unknown name keeps its data", () => {
    for (const stage of ["lappi", "pirha", "keski-suomi", "prod", "developer", "testing", "pr-x"]) {
      expect(isProductionLike(stage), stage).toBe(true);
    }
  });
});

describe("loadDeployConfig", () => {
  it("a production-like stage needs the JWT settings and its own area file, all reported at once", () => {
    expect(() => loadDeployConfig("lappi", {})).toThrow(
      /HB_JWT_ISSUER.*required[\s\S]*HB_JWT_AUDIENCE.*required[\s\S]*areas\/lappi\.json is missing/,
    );
    expect(() => loadDeployConfig("lappi", jwt)).toThrow(/areas\/lappi\.json is missing/);
  });

  it("the test and dev stages fall back to a placeholder issuer no token can match, and to the demo area", () => {
    const config = loadDeployConfig("test", {});
    expect(config.productionLike).toBe(false);
    expect(new URL(config.jwt.issuer).hostname).toMatch(/\.invalid$/);
    expect(config.jwt.audience).toEqual(["hb-test"]);
    expect(config.areaFile).toBe("areas/demo.json");
    expect(config.logRetentionDays).toBe(14);
  });

  it("parses the audience list and CORS origins", () => {
    const config = loadDeployConfig("dev", {
      ...jwt,
      HB_JWT_AUDIENCE: " hb-desk , hb-portal,,",
      HB_CORS_ORIGINS: "https://desk.example.fi, http://localhost:5173",
      HB_ALARM_EMAIL: "ops@example.fi",
    });
    expect(config.jwt).toEqual({ issuer: jwt.HB_JWT_ISSUER, audience: ["hb-desk", "hb-portal"] });
    expect(config.corsOrigins).toEqual(["https://desk.example.fi", "http://localhost:5173"]);
    expect(config.alarmEmail).toBe("ops@example.fi");
  });

  it("rejects an http issuer, a bad e-mail, and origins with paths or without TLS", () => {
    expect(() => loadDeployConfig("dev", { ...jwt, HB_JWT_ISSUER: "http://login.example.fi" })).toThrow(/must be an https URL/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_ALARM_EMAIL: "ops" })).toThrow(/HB_ALARM_EMAIL/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_CORS_ORIGINS: "https://desk.example.fi/" })).toThrow(/not an origin/);
    expect(() => loadDeployConfig("dev", { ...jwt, HB_CORS_ORIGINS: "http://desk.example.fi" })).toThrow(/must be https/);
  });

  it("allows the CORS wildcard only on non-production stages", () => {
    expect(loadDeployConfig("dev", { ...jwt, HB_CORS_ORIGINS: "*" }).corsOrigins).toEqual(["*"]);
    expect(() => loadDeployConfig("lappi", { ...jwt, HB_CORS_ORIGINS: "*" })).toThrow(/not "\*"/);
  });

  it("rejects stage names that cannot name AWS resources", () => {
    expect(() => loadDeployConfig("Lappi_1", jwt)).toThrow(/stage name/);
  });
});
