import type { ProblemCode } from "./errors";
import type { Localized } from "./language";

interface ProblemText {
  readonly title: Localized;
  readonly detail: Localized;
}

/** Plain-language texts for every problem code; a test checks every code has all three languages. */
export const problemTexts: Record<ProblemCode, ProblemText> = {
  VALIDATION_FAILED: {
    title: { fi: "Tiedoissa on virheitä", sv: "Uppgifterna innehåller fel", en: "The request has errors" },
    detail: {
      fi: "Korjaa merkityt kentät ja lähetä tiedot uudelleen.",
      sv: "Rätta de markerade fälten och skicka uppgifterna igen.",
      en: "Correct the fields listed in errors and send the request again.",
    },
  },
  MALFORMED_REQUEST: {
    title: { fi: "Pyyntöä ei voitu lukea", sv: "Begäran kunde inte läsas", en: "The request could not be read" },
    detail: {
      fi: "Pyynnön runko ei ole kelvollista JSONia.",
      sv: "Begärans innehåll är inte giltig JSON.",
      en: "The request body is not valid JSON.",
    },
  },
  INVALID_CURSOR: {
    title: { fi: "Virheellinen sivutustunniste", sv: "Ogiltig sidmarkör", en: "Invalid cursor" },
    detail: {
      fi: "Sivutustunniste ei kelpaa. Hae lista alusta uudelleen.",
      sv: "Sidmarkören är ogiltig. Hämta listan på nytt från början.",
      en: "The cursor is not valid. Fetch the list again from the start.",
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: { fi: "Väärä sisältötyyppi", sv: "Fel innehållstyp", en: "Unsupported media type" },
    detail: {
      fi: "Lähetä pyynnön runko muodossa application/json.",
      sv: "Skicka begärans innehåll som application/json.",
      en: "Send the request body as application/json.",
    },
  },
  UNAUTHENTICATED: {
    title: { fi: "Kirjautuminen puuttuu", sv: "Inloggning saknas", en: "Not signed in" },
    detail: {
      fi: "Pyynnöstä puuttuu voimassa oleva tunniste. Kirjaudu sisään uudelleen.",
      sv: "Begäran saknar en giltig token. Logga in på nytt.",
      en: "The request has no valid token. Sign in again.",
    },
  },
  FORBIDDEN: {
    title: { fi: "Ei käyttöoikeutta", sv: "Ingen behörighet", en: "Forbidden" },
    detail: {
      fi: "Sinulla ei ole oikeutta tähän tietoon tai toimintoon.",
      sv: "Du har inte behörighet till denna uppgift eller funktion.",
      en: "You are not allowed to see or do this.",
    },
  },
  NOT_FOUND: {
    title: { fi: "Ei löytynyt", sv: "Hittades inte", en: "Not found" },
    detail: {
      fi: "Haettua tietoa ({resource}) ei löytynyt.",
      sv: "Den sökta uppgiften ({resource}) hittades inte.",
      en: "The {resource} was not found.",
    },
  },
  ROUTE_NOT_FOUND: {
    title: { fi: "Osoitetta ei ole", sv: "Adressen finns inte", en: "No such route" },
    detail: {
      fi: "Rajapinnassa ei ole osoitetta {method} {path}.",
      sv: "Gränssnittet har ingen adress {method} {path}.",
      en: "The API has no route {method} {path}.",
    },
  },
  DUPLICATE_CLIENT: {
    title: { fi: "Asiakas on jo olemassa", sv: "Klienten finns redan", en: "Client already exists" },
    detail: {
      fi: "Samalla henkilötunnuksella on jo asiakas. Hae asiakas henkilötunnuksella.",
      sv: "Det finns redan en klient med samma personbeteckning. Sök klienten med personbeteckningen.",
      en: "A client with this personal identity code already exists. Look the client up by the code.",
    },
  },
  VERSION_MISMATCH: {
    title: { fi: "Tieto on muuttunut", sv: "Uppgiften har ändrats", en: "The data has changed" },
    detail: {
      fi: "Joku muu muutti tietoa sillä välin. Hae tieto uudelleen ja tee muutos uudestaan.",
      sv: "Någon annan ändrade uppgiften under tiden. Hämta den på nytt och gör ändringen igen.",
      en: "Someone else changed this in the meantime. Fetch it again and repeat your change.",
    },
  },
  UNKNOWN_BUNDLE: {
    title: { fi: "Tuntematon palvelukokonaisuus", sv: "Okänd tjänstehelhet", en: "Unknown service bundle" },
    detail: {
      fi: "Palvelukokonaisuutta {bundle} ei ole alueen luettelossa.",
      sv: "Tjänstehelheten {bundle} finns inte i områdets förteckning.",
      en: "The service bundle {bundle} is not in the area's list.",
    },
  },
  INTERNAL_ERROR: {
    title: { fi: "Odottamaton virhe", sv: "Oväntat fel", en: "Unexpected error" },
    detail: {
      fi: "Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen ja kerro tukeen tunniste {requestId}.",
      sv: "Ett fel inträffade i tjänsten. Försök senare och ge supporten koden {requestId}.",
      en: "Something went wrong on our side. Try again later and give support the id {requestId}.",
    },
  },
};

/** Field-level messages for our own validation codes (zod's own issues use its fi/sv/en locales). */
export const fieldTexts: Record<string, Localized> = {
  NO_CHANGES: {
    fi: "Anna vähintään yksi muutettava tieto.",
    sv: "Ange minst en uppgift som ska ändras.",
    en: "Give at least one field to change.",
  },
  INVALID_PERSONAL_ID: {
    fi: "Henkilötunnus ei ole oikein. Tarkista numerot ja tarkistusmerkki.",
    sv: "Personbeteckningen är felaktig. Kontrollera siffrorna och kontrolltecknet.",
    en: "This is not a valid Finnish personal identity code. Check the digits and the check character.",
  },
  INVALID_BUSINESS_ID: {
    fi: "Y-tunnus ei ole oikein.",
    sv: "FO-numret är felaktigt.",
    en: "This is not a valid Finnish business ID (Y-tunnus).",
  },
  INVALID_IBAN: { fi: "IBAN-tilinumero ei ole oikein.", sv: "IBAN-kontonumret är felaktigt.", en: "This is not a valid IBAN." },
  INVALID_BIC: { fi: "BIC-tunnus ei ole oikein.", sv: "BIC-koden är felaktig.", en: "This is not a valid BIC." },
  INVALID_CREDITOR_REFERENCE: {
    fi: "RF-viite ei ole oikein.",
    sv: "RF-referensen är felaktig.",
    en: "This is not a valid ISO 11649 creditor reference.",
  },
};
