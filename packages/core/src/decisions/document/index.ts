export { decisionDocument } from "./document";
export type {
  ClientFee,
  DecisionDocument,
  DecisionDocumentInput,
  DecisionLine,
  DecisionSection,
  Language,
  PaymentMethod,
  Period,
  Unit,
} from "./document";
export { clientFeeBases, clientFeeBasisName, legalBases, legalBasisName, type ClientFeeBasis, type LegalBasis } from "./legal-basis";
export { appealInstructions, type AppealInstructions } from "./appeal";
