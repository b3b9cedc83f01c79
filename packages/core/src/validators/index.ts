export * from "./personal-id";
export * from "./business-id";
export * from "./iban";
export * from "./creditor-reference";
export * from "./payment-name";
export * from "./sepa";
export * from "./zod";
