export { decisionDocument } from "./document";
export type {
  DecisionDocument,
  DecisionDocumentInput,
  DecisionLine,
  DecisionSection,
  Language,
  PaymentMethod,
  Period,
  Unit,
} from "./document";
export { legalBases, legalBasisName, type LegalBasis } from "./legal-basis";
export { appealInstructions, type AppealInstructions } from "./appeal";
