import { apiHandler } from "@hb/api/http";
import { getAreaSettings, putAreaSettings } from "@hb/api/routes/area";
import { areaSettingsView, changeAreaSettings } from "@hb/core/area/change-settings";
import { businessDate } from "@hb/core/dates";

export const getSettings = apiHandler(getAreaSettings, async ({ context }) => ({
  body: await areaSettingsView(businessDate(context.now)),
}));

export const putSettings = apiHandler(putAreaSettings, async ({ body, context, language }) => {
  const { replaced } = await changeAreaSettings(body, context);
  return { status: replaced ? 200 : 201, body: await areaSettingsView(businessDate(context.now)) };
});
