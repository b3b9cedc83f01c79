import type { ProblemCode } from "../errors";
import type { ProblemText } from "../messages";

/** Problems with credits, settlement runs and bank messages. */
export const settlementProblems = {
  EVENT_NOT_SETTLED: {
    title: { fi: "Tapahtumaa ei ole vielä tilitetty", sv: "Händelsen är inte redovisad ännu", en: "The event is not settled yet" },
    detail: {
      fi: "Hyvityksen voi antaa vain tilitetystä tai maksetusta tapahtumasta. Sitä ennen palveluntuottaja korjaa tai poistaa tapahtuman itse. Tila on nyt {status}.",
      sv: "En kreditering kan bara ges för en redovisad eller betald händelse. Innan dess rättar eller raderar serviceproducenten händelsen själv. Status är nu {status}.",
      en: "A credit can only be given for a settled or paid event; before that the provider corrects or deletes the event itself. It is now {status}.",
    },
  },
  CREDIT_EXCEEDS_EVENT: {
    title: { fi: "Hyvitys on liian suuri", sv: "Krediteringen är för stor", en: "The credit is too large" },
    detail: {
      fi: "Tapahtumasta voi hyvittää enää {remainingCents} senttiä.",
      sv: "Av händelsen kan ännu högst {remainingCents} cent krediteras.",
      en: "At most {remainingCents} cents of this event can still be credited.",
    },
  },
  MONTH_NOT_ENDED: {
    title: { fi: "Kuukausi ei ole päättynyt", sv: "Månaden har inte tagit slut", en: "The month has not ended" },
    detail: {
      fi: "Kuukauden {month} tilityksen voi tehdä vasta kuukauden päätyttyä.",
      sv: "Redovisningen för månaden {month} kan göras först när månaden har tagit slut.",
      en: "The settlement of {month} can be run once the month has ended.",
    },
  },
  RUN_NOT_CLOSED: {
    title: { fi: "Tilitysajo on kesken", sv: "Redovisningen pågår", en: "The settlement run is not closed" },
    detail: {
      fi: "Tilitysajon voi merkitä maksetuksi tai täsmäyttää vasta, kun se on suljettu ja maksuaineisto on muodostettu. Tila on nyt {state}: seuraa etenemistä ajon tiedoista.",
      sv: "Redovisningen kan markeras som betald eller stämmas av först när den är stängd och betalningsfilen finns. Status är nu {state}: följ förloppet i körningens uppgifter.",
      en: "The run can be marked paid or reconciled once it is closed and its payment file exists. It is now {state}: follow its progress on the run.",
    },
  },
  BANK_MESSAGE_INVALID: {
    title: { fi: "Pankin sanomaa ei voitu lukea", sv: "Bankens meddelande kunde inte läsas", en: "The bank's message could not be read" },
    detail: {
      fi: "Lähetä pankin camt.054-, camt.053- tai pain.002-sanoma XML-muodossa sellaisenaan. ({reason})",
      sv: "Skicka bankens camt.054-, camt.053- eller pain.002-meddelande som XML, oförändrat. ({reason})",
      en: "Send the bank's camt.054, camt.053 or pain.002 message as XML, unchanged. ({reason})",
    },
  },
  BANK_MESSAGE_OTHER_FILE: {
    title: { fi: "Sanoma koskee toista maksuaineistoa", sv: "Meddelandet gäller en annan betalningsfil", en: "The message is about another payment file" },
    detail: {
      fi: "Pankin tilaraportti koskee maksuaineistoa {messageId}, ei tämän tilitysajon aineistoa.",
      sv: "Bankens statusrapport gäller betalningsfilen {messageId}, inte den här körningens fil.",
      en: "The bank's status report is about payment file {messageId}, not this run's file.",
    },
  },
} satisfies Partial<Record<ProblemCode, ProblemText>>;
