/** finnish-bank-utils ships no typings; only what the tests use as an oracle. */
declare module "finnish-bank-utils" {
  const FinnishBankUtils: {
    isValidFinnishIBAN(iban: string): boolean;
    isValidFinnishRefNumber(reference: string): boolean;
  };
  export default FinnishBankUtils;
}
