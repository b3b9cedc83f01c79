/**
 * Finnish personal identity code (henkilötunnus): DDMMYY, century sign, individual
 * number NNN, check character. Written here rather than with `finnish-ssn`, which
 * only accepts 1850–1899 with `+` and 2000–2029 with `A`–`F`, and accepts the
 * reserved individual numbers 000 and 001 (see docs/decisions/validators.md).
 */

const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

// Every sign names exactly one century; U–Y and B–F have been in use since 1.1.2023.
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  "+": 1800,
  "-": 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

const PERSONAL_ID_PATTERN = /^\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]$/;

export interface ParsedPersonalId {
  /** The normalized code. The century sign is kept as given: `-` and `Y` codes are different codes. */
  code: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** Individual number 900–999: a temporary code, valid in format but not a permanent identity. */
  temporary: boolean;
}

export function normalizePersonalId(input: string): string {
  return input.trim().toUpperCase();
}

/** Check character for DDMMYYNNN; exported so tests and fixtures can build valid codes. */
export function personalIdCheckCharacter(nineDigits: string): string {
  if (!/^\d{9}$/.test(nineDigits)) {
    throw new RangeError("personalIdCheckCharacter expects exactly 9 digits (DDMMYYNNN)");
  }
  // 9 digits < 2^53, so plain number arithmetic is exact.
  return CHECK_CHARACTERS.charAt(Number(nineDigits) % 31);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function parsePersonalId(input: string): ParsedPersonalId | null {
  const code = normalizePersonalId(input);
  if (!PERSONAL_ID_PATTERN.test(code)) return null;

  const century = CENTURY_BY_SIGN[code.charAt(6)];
  if (century === undefined) return null;
  const day = Number(code.slice(0, 2));
  const month = Number(code.slice(2, 4));
  const year = century + Number(code.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;

  // 000 and 001 are never issued.
  const individual = Number(code.slice(7, 10));
  if (individual < 2) return null;

  if (personalIdCheckCharacter(code.slice(0, 6) + code.slice(7, 10)) !== code.charAt(10)) return null;

  return {
    code,
    birthDate: `${year}-${code.slice(2, 4)}-${code.slice(0, 2)}`,
    temporary: individual >= 900,
  };
}

export function isValidPersonalId(input: string): boolean {
  return parsePersonalId(input) !== null;
}
