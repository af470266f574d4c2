"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateAgency } from "@/lib/actions/revalidate";
import {
  clearGuidelineOverride as clearOverride,
  dismissFirstRunGuide as dismissGuide,
  setGuidelineOverride as setOverride,
  updateCadence as cadence,
  updateHealthWeights as weights,
  updateProfile as profile,
  updateThresholds as thresholds,
} from "@/lib/domain/agencies/settings-mutations";
import {
  cadenceSchema,
  clearOverrideSchema,
  dismissGuideSchema,
  healthWeightsSchema,
  overrideSchema,
  profileSchema,
  thresholdsSchema,
} from "@/lib/domain/agencies/settings-schemas";

/**
 * Agency settings, one action per section of the settings page; leaders only ("agency:settings"). Each revalidates
 * the whole agency, so the dashboard, the AM pages and the signals apply the new rules on their next render.
 */
function settingsAction<S extends Parameters<typeof defineAction>[0]["schema"], T>(
  name: string,
  schema: S,
  run: Parameters<typeof defineAction<S, T>>[0]["run"],
) {
  return defineAction<S, T>({
    name,
    schema,
    permission: "agency:settings",
    run: async (ctx) => {
      const result = await run(ctx);
      revalidateAgency(ctx.member.agencySlug);
      return result;
    },
  });
}

export const updateAgencyProfile = settingsAction("settings.updateProfile", profileSchema, profile);
export const setGuidelineOverride = settingsAction("settings.setGuidelineOverride", overrideSchema, setOverride);
export const clearGuidelineOverride = settingsAction(
  "settings.clearGuidelineOverride",
  clearOverrideSchema,
  clearOverride,
);
export const updateCheckInCadence = settingsAction("settings.updateCadence", cadenceSchema, cadence);
export const updateHealthWeights = settingsAction("settings.updateHealthWeights", healthWeightsSchema, weights);
export const updateSignalThresholds = settingsAction("settings.updateThresholds", thresholdsSchema, thresholds);
export const dismissFirstRunGuide = settingsAction("settings.dismissFirstRunGuide", dismissGuideSchema, dismissGuide);
