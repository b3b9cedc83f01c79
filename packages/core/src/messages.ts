import type { ProblemCode } from "./errors";
import type { Localized } from "./language";
import { deliveryProblems } from "./messages/delivery-problems";
import { domainFields } from "./messages/domain-fields";
import { planAndDecisionProblems } from "./messages/plan-and-decision-problems";
import { providerProblems } from "./messages/provider-problems";
import { requestFields } from "./messages/request-fields";
import { requestProblems } from "./messages/request-problems";
import { settlementProblems } from "./messages/settlement-problems";

export interface ProblemText {
  readonly title: Localized;
  readonly detail: Localized;
}

/** Plain-language texts for every problem code, kept by domain in messages/; a test checks every code has all three languages. */
export const problemTexts: Record<ProblemCode, ProblemText> = {
  ...requestProblems,
  ...planAndDecisionProblems,
  ...deliveryProblems,
  ...providerProblems,
  ...settlementProblems,
};

/** Field-level messages for our own validation codes (zod's own issues use its fi/sv/en locales). */
export const fieldTexts = { ...requestFields, ...domainFields };

export type FieldCode = keyof typeof fieldTexts;
