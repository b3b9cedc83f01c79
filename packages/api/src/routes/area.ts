import { areaSettingsViewSchema, putAreaSettingsBodySchema } from "@hb/core/area/schemas";
import { defineRoute } from "../route";

export const getAreaSettings = defineRoute({
  id: "area.settings.get",
  method: "GET",
  path: "/v1/area/settings",
  roles: ["worker", "finance", "admin"],
  subject: { from: "none" },
  summary: "The area's rules in force today, the versions to come and every version with who changed it",
  tags: ["area"],
  handler: "functions/api/area.getSettings",
  response: { status: 200, description: "The area's settings", schema: areaSettingsViewSchema },
  problems: [],
});

export const putAreaSettings = defineRoute({
  id: "area.settings.put",
  method: "PUT",
  path: "/v1/area/settings",
  roles: ["admin"],
  subject: { from: "none" },
  summary:
    "New rules from a day on (today or later): pricing, the recording deadline and the review window follow the version in force on each event's date, drift and the rest the version of the day they run. A PUT for the day of a coming version replaces it",
  tags: ["area"],
  handler: "functions/api/area.putSettings",
  body: putAreaSettingsBodySchema,
  response: { status: 201, description: "The version was added", also: [{ status: 200, description: "The coming version of that day was replaced" }], schema: areaSettingsViewSchema },
  problems: ["VALIDATION_FAILED", "MALFORMED_REQUEST", "SETTINGS_IN_THE_PAST", "SETTINGS_VERSION_IN_FORCE"],
});
