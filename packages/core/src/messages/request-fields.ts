import type { Localized } from "../language";

/** Field texts for the request's form: identifiers, text, headers, filters, CSV files, months. */
export const requestFields = {
  MONTH: {
    fi: "Anna kuukausi muodossa VVVV-KK, esimerkiksi 2027-01.",
    sv: "Ange månaden som ÅÅÅÅ-MM, till exempel 2027-01.",
    en: "Give the month as YYYY-MM, for example 2027-01.",
  },
  SETTLEMENT_RUN_ID: {
    fi: "Maksuajon tunnus on muotoa SR-VVVV-KK, esimerkiksi SR-2027-01.",
    sv: "Utbetalningskörningens id har formen SR-ÅÅÅÅ-MM, till exempel SR-2027-01.",
    en: "A settlement run id has the form SR-YYYY-MM, for example SR-2027-01.",
  },
  STATISTICS_RANGE_REVERSED: {
    fi: "Loppukuukausi (to) ei voi olla ennen alkukuukautta (from).",
    sv: "Slutmånaden (to) kan inte ligga före startmånaden (from).",
    en: "The last month (to) cannot be before the first month (from).",
  },
  STATISTICS_RANGE_TOO_LONG: {
    fi: "Yhdellä haulla saa enintään 36 kuukautta. Hae pidempi jakso osissa.",
    sv: "En hämtning får omfatta högst 36 månader. Hämta en längre period i delar.",
    en: "One request covers at most 36 months. Fetch a longer period in parts.",
  },
  WEBHOOK_URL_INVALID: { fi: "Tämä ei ole URL-osoite.", sv: "Detta är inte en URL.", en: "This is not a URL." },
  WEBHOOK_URL_NOT_HTTPS: { fi: "Osoitteen on alettava https://.", sv: "Adressen ska börja med https://.", en: "The URL must start with https://." },
  WEBHOOK_URL_CREDENTIALS: {
    fi: "Osoitteessa ei saa olla käyttäjätunnusta eikä salasanaa; vastaanottaja tunnistaa HB:n allekirjoituksesta.",
    sv: "Adressen får inte innehålla användarnamn eller lösenord; mottagaren känner igen HB på signaturen.",
    en: "The URL may not carry a user name or password; the receiver recognises HB by the signature.",
  },
  WEBHOOK_URL_PRIVATE_HOST: {
    fi: "Osoite ei saa olla localhost eikä yksityisen, paikallisen tai link-local-verkon IP-osoite.",
    sv: "Adressen får inte vara localhost eller en IP-adress i ett privat, lokalt eller link-local-nät.",
    en: "The URL may not be localhost or an IP address of a private, loopback or link-local network.",
  },
  REQUIRED: { fi: "Tieto puuttuu.", sv: "Uppgiften saknas.", en: "This is required." },
  ONE_CLIENT_FILTER: { fi: "Anna joko personalId tai assignedTo.", sv: "Ange antingen personalId eller assignedTo.", en: "Give either personalId or assignedTo." },
  ONE_FILTER: { fi: "Anna joko instrumentId tai providerId.", sv: "Ange antingen instrumentId eller providerId.", en: "Give either instrumentId or providerId." },
  TOO_LONG: { fi: "Yksi kirjaus voi kestää enintään 24 tuntia.", sv: "En registrering kan vara högst 24 timmar.", en: "One entry can last at most 24 hours." },
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
  IBAN_NOT_SEPA: {
    fi: "Tili ei ole SEPA-maassa. Alue maksaa vain SEPA-maiden tileille.",
    sv: "Kontot finns inte i ett SEPA-land. Området betalar bara till konton i SEPA-länder.",
    en: "The account is not in a SEPA country. The area pays only to accounts in SEPA countries.",
  },
  BIC_REQUIRED: {
    fi: "Anna pankin BIC-tunnus: tili on EU- ja ETA-alueen ulkopuolisessa SEPA-maassa.",
    sv: "Ange bankens BIC-kod: kontot finns i ett SEPA-land utanför EU och EES.",
    en: "Give the bank's BIC: the account is in a SEPA country outside the EU and EEA.",
  },
  BIC_COUNTRY_MISMATCH: {
    fi: "BIC-tunnus on eri maasta kuin IBAN-tilinumero.",
    sv: "BIC-koden är från ett annat land än IBAN-kontonumret.",
    en: "The BIC is of another country than the IBAN.",
  },
  NAME_NOT_LATIN: {
    fi: "Kirjoita nimi latinalaisin kirjaimin, kuten se on kaupparekisterissä.",
    sv: "Skriv namnet med latinska bokstäver, så som det står i handelsregistret.",
    en: "Write the name in Latin letters, as it is in the trade register.",
  },
  NAME_NOT_WRITABLE: {
    fi: "Nimessä ei ole kirjaimia tai numeroita, joita maksu voi välittää.",
    sv: "Namnet har inga bokstäver eller siffror som en betalning kan förmedla.",
    en: "The name has no letters or digits that a payment can carry.",
  },
  CONTROL_CHARACTER: {
    fi: "Tekstissä on ohjausmerkki (esimerkiksi NUL, BEL tai ESC). Poista se; sarkain ja rivinvaihto käyvät.",
    sv: "Texten innehåller ett styrtecken (till exempel NUL, BEL eller ESC). Ta bort det; tabb och radbrytning går bra.",
    en: "The text contains a control character (such as NUL, BEL or ESC). Remove it; tab and line feed are fine.",
  },
  INVALID_UNICODE: {
    fi: "Tekstissä on rikkinäinen merkki (yksinäinen UTF-16-puolisko tai merkki, jota ei käytetä tekstissä). Kirjoita tai liitä teksti uudelleen.",
    sv: "Texten innehåller ett trasigt tecken (ett ensamt UTF-16-surrogat eller ett tecken som inte används i text). Skriv eller klistra in texten på nytt.",
    en: "The text contains a broken character (a lone UTF-16 surrogate or a noncharacter). Type or paste the text again.",
  },
  INVALID_CREDITOR_REFERENCE: {
    fi: "RF-viite ei ole oikein.",
    sv: "RF-referensen är felaktig.",
    en: "This is not a valid ISO 11649 creditor reference.",
  },
  CSV_NO_HEADER: {
    fi: "Tiedosto on tyhjä. Ensimmäisellä rivillä on sarakkeiden nimet, esimerkiksi instrumentId;externalId;date;quantity.",
    sv: "Filen är tom. Första raden anger kolumnernas namn, till exempel instrumentId;externalId;date;quantity.",
    en: "The file is empty. Its first line names the columns, e.g. instrumentId;externalId;date;quantity.",
  },
  CSV_NO_ROWS: {
    fi: "Tiedostossa on otsikkorivi mutta ei yhtään palvelukirjausta.",
    sv: "Filen har en rubrikrad men inga tjänsteregistreringar.",
    en: "The file has a header row but no service events.",
  },
  CSV_MISSING_COLUMN: {
    fi: "Otsikkorivillä ei ole saraketta {column}. Ensimmäisellä rivillä on sarakkeiden nimet: {columns}.",
    sv: "Rubrikraden saknar kolumnen {column}. Första raden anger kolumnernas namn: {columns}.",
    en: "The header row has no column {column}. The first line names the columns: {columns}.",
  },
  CSV_UNKNOWN_COLUMN: {
    fi: "Tuntematon sarake {column}. Sarakkeet voivat olla: {columns}.",
    sv: "Okänd kolumn {column}. Kolumnerna kan vara: {columns}.",
    en: "Unknown column {column}. The columns can be: {columns}.",
  },
  CSV_DUPLICATE_COLUMN: {
    fi: "Sarake {column} on otsikkorivillä kahdesti.",
    sv: "Kolumnen {column} finns två gånger på rubrikraden.",
    en: "The column {column} is twice in the header row.",
  },
  CSV_FIELD_COUNT: {
    fi: "Rivillä on {found} kenttää, otsikkorivillä {expected}.",
    sv: "Raden har {found} fält, rubrikraden {expected}.",
    en: "The line has {found} fields; the header row has {expected}.",
  },
  CSV_QUOTE_NOT_CLOSED: {
    fi: "Lainausmerkillä alkava kenttä ei pääty lainausmerkkiin ennen tiedoston loppua.",
    sv: "Ett fält som börjar med citattecken avslutas inte med citattecken före filens slut.",
    en: "A field that opens with a quote is not closed by a quote before the file ends.",
  },
  CSV_INVALID_QUOTE: {
    fi: "Kentässä on lainausmerkki väärässä kohdassa. Lainausmerkin sisältävä kenttä kirjoitetaan lainausmerkkeihin ja sen lainausmerkit kahdennetaan (\"\").",
    sv: "Ett fält har ett citattecken på fel ställe. Ett fält med citattecken skrivs inom citattecken och dess citattecken dubbleras (\"\").",
    en: "A field has a quote in the wrong place. A field with a quote in it is written in quotes, its quotes doubled (\"\").",
  },
  CSV_NOT_UTF8: {
    fi: "Tiedosto ei ole UTF-8-muodossa. Tallenna se muodossa CSV UTF-8.",
    sv: "Filen är inte i UTF-8-format. Spara den som CSV UTF-8.",
    en: "The file is not UTF-8. Save it as CSV UTF-8.",
  },
  CSV_UNREADABLE: {
    fi: "Riviä ei voitu lukea CSV-muodossa.",
    sv: "Raden kunde inte läsas som CSV.",
    en: "The line could not be read as CSV.",
  },
  NOTIFICATIONS_CLIENT_REQUIRED: {
    fi: "Kerro, kenen asiakkaan ilmoitukset haetaan (clientId).",
    sv: "Ange vilken klients meddelanden som ska hämtas (clientId).",
    en: "Name the client whose notifications to read (clientId).",
  },
  IDEMPOTENCY_KEY_FORMAT: {
    fi: "Idempotency-Key on 1–200 merkkiä: kirjaimia, numeroita, '-', '_', '.' tai ':'.",
    sv: "Idempotency-Key är 1–200 tecken: bokstäver, siffror, '-', '_', '.' eller ':'.",
    en: "Idempotency-Key is 1–200 letters, digits, '-', '_', '.' or ':'.",
  },
  IF_MATCH_FORMAT: {
    fi: "Anna If-Match-otsakkeessa asiakastiedon ETag, esimerkiksi \"3\".",
    sv: "Ange klientuppgifternas ETag i If-Match, till exempel \"3\".",
    en: "Give the client's ETag in If-Match, for example \"3\".",
  },
} satisfies Record<string, Localized>;
