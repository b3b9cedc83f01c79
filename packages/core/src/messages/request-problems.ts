import type { ProblemCode } from "../errors";
import type { ProblemText } from "../messages";

/** Problems with the request itself: its form, its caller, its timing; the same on every route. */
export const requestProblems = {
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
      fi: "Pyynnön runko ei ole kelvollista JSONia tai osoitteessa on virheellinen merkki.",
      sv: "Begärans innehåll är inte giltig JSON eller adressen innehåller ett ogiltigt tecken.",
      en: "The request body is not valid JSON, or the address has an invalid character.",
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
      fi: "Lähetä pyynnön runko muodossa {accepted}.",
      sv: "Skicka begärans innehåll som {accepted}.",
      en: "Send the request body as {accepted}.",
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
  VERSION_MISMATCH: {
    title: { fi: "Tieto on muuttunut", sv: "Uppgiften har ändrats", en: "The data has changed" },
    detail: {
      fi: "Joku muu muutti tietoa sillä välin. Hae tieto uudelleen ja tee muutos uudestaan.",
      sv: "Någon annan ändrade uppgiften under tiden. Hämta den på nytt och gör ändringen igen.",
      en: "Someone else changed this in the meantime. Fetch it again and repeat your change.",
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
  SERVICE_UNAVAILABLE: {
    title: { fi: "Palvelu ei ole juuri nyt käytettävissä", sv: "Tjänsten är inte tillgänglig just nu", en: "Service unavailable" },
    detail: {
      fi: "Palvelu on tilapäisesti poissa käytöstä. Yritä hetken kuluttua uudelleen. Tunniste {requestId}.",
      sv: "Tjänsten är tillfälligt otillgänglig. Försök igen om en stund. Kod {requestId}.",
      en: "The service is temporarily unavailable. Try again in a moment. Request id {requestId}.",
    },
  },
  PAYLOAD_TOO_LARGE: {
    title: { fi: "Pyyntö on liian suuri", sv: "Begäran är för stor", en: "Payload too large" },
    detail: {
      fi: "Pyynnön runko voi olla enintään {limit}.",
      sv: "Begärans innehåll får vara högst {limit}.",
      en: "The request body can be at most {limit}.",
    },
  },
  CONCURRENT_CHANGE: {
    title: { fi: "Samanaikainen muutos", sv: "Samtidig ändring", en: "Concurrent change" },
    detail: {
      fi: "Tietoa muutettiin samaan aikaan toisaalla. Yritä hetken kuluttua uudelleen.",
      sv: "Uppgiften ändrades samtidigt någon annanstans. Försök igen om en stund.",
      en: "The data was being changed elsewhere at the same time. Try again in a moment.",
    },
  },
  IDEMPOTENCY_KEY_REUSED: {
    title: { fi: "Tunniste on jo käytetty", sv: "Nyckeln är redan använd", en: "Idempotency key already used" },
    detail: {
      fi: "Idempotency-Key-tunnisteella lähetettiin aiemmin eri pyyntö. Käytä uutta tunnistetta.",
      sv: "En annan begäran skickades tidigare med samma Idempotency-Key. Använd en ny nyckel.",
      en: "A different request was sent earlier with this Idempotency-Key. Use a new key.",
    },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    title: { fi: "Pyyntö on vielä käsittelyssä", sv: "Begäran behandlas ännu", en: "Request still in progress" },
    detail: {
      fi: "Sama pyyntö on vielä kesken. Yritä hetken kuluttua uudelleen samalla tunnisteella.",
      sv: "Samma begäran pågår ännu. Försök igen om en stund med samma nyckel.",
      en: "The same request is still being processed. Try again shortly with the same key.",
    },
  },
  MALFORMED_CSV: {
    title: { fi: "CSV-tiedostoa ei voitu lukea", sv: "CSV-filen kunde inte läsas", en: "The CSV file could not be read" },
    detail: {
      fi: "Tiedoston riviä {line} ei voitu lukea, joten yhtään riviä ei käsitelty. Korjaa rivi (errors kertoo vian) ja lähetä tiedosto uudelleen.",
      sv: "Rad {line} i filen kunde inte läsas, så ingen rad behandlades. Rätta raden (errors anger felet) och skicka filen igen.",
      en: "Line {line} of the file could not be read, so no row was processed. Correct the line (errors tells what is wrong) and send the file again.",
    },
  },
  BATCH_TOO_LARGE: {
    title: { fi: "Liian monta riviä yhdessä pyynnössä", sv: "För många rader i en begäran", en: "Too many rows in one request" },
    detail: {
      fi: "Pyynnössä on {rows} palvelukirjausta, yhdessä pyynnössä voi olla enintään {max}. Jaa tiedosto enintään {max} rivin osiin, kukin otsikkorivin kanssa, ja lähetä osat erikseen.",
      sv: "Begäran har {rows} tjänsteregistreringar, en begäran kan ha högst {max}. Dela filen i delar om högst {max} rader, var och en med rubrikraden, och skicka delarna var för sig.",
      en: "The request has {rows} service events; one request takes at most {max}. Split the file into parts of at most {max} rows, each with the header row, and send each part on its own.",
    },
  },
} satisfies Partial<Record<ProblemCode, ProblemText>>;
