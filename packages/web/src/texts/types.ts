export type Language = "fi" | "sv" | "en";
export const languages: readonly Language[] = ["fi", "sv", "en"];

export type Unit = "hour" | "day" | "visit" | "euro";
export type DriftStatus = "not-started" | "on-track" | "overuse" | "underuse" | "gap" | "exhausted" | "ended";
export type InstrumentStatus = "awaiting-provider" | "awaiting-acceptance" | "active" | "closed";
export type EventStatus = "recorded" | "approved" | "settled" | "paid";
export type DecisionStatus = "draft" | "issued" | "appealed" | "revoked" | "ended" | "superseded";

/**
 * Every text of the app. Each language file is typed with this shape, so a text missing from one
 * language is a type error. The client's pages use plain language (selkokieli): short sentences,
 * everyday words, one thing per sentence.
 */
export interface Texts {
  languageName: string;
  appName: string;
  skipLink: string;
  languageLabel: string;
  signOut: string;
  loading: string;
  mainNav: string;
  errorTitle: string;
  networkError: string;
  nav: { budget: string; decisions: string; vouchers: string; events: string; notifications: string; supportPlan: string };
  unreadBadge: (count: number) => string;
  signIn: {
    title: string;
    intro: string;
    localIntro: string;
    signInAs: (name: string) => string;
    signInButton: string;
    callbackFailed: string;
  };
  staff: { title: string; text: string };
  whose: { label: string; showing: (firstName: string) => string };
  units: { quantity: (amount: number, unit: Unit) => string; per: (unit: Unit) => string };
  budget: {
    title: string;
    intro: string;
    none: string;
    validity: (from: string, to: string) => string;
    left: (quantity: string | undefined, money: string) => string;
    until: (date: string) => string;
    usedAndElapsed: (usedPercent: number, elapsedPercent: number) => string;
    periodNote: (from: string, to: string) => string;
    pace: Record<DriftStatus, string>;
    notUsable: string;
    clientFee: (money: string) => string;
  };
  decisions: {
    title: string;
    intro: string;
    none: string;
    heading: (number: string) => string;
    decidedOn: (date: string) => string;
    status: Record<DecisionStatus, string>;
    appealHint: string;
  };
  vouchers: {
    title: string;
    intro: string;
    none: string;
    heading: (serviceName: string, number: string) => string;
    value: (money: string, unit: Unit) => string;
    status: Record<InstrumentStatus, string>;
    chooseTitle: string;
    chooseIntro: string;
    price: (money: string, unit: Unit) => string;
    ownShare: (money: string, unit: Unit) => string;
    noOwnShare: string;
    coming: (date: string, price: string, unit: Unit) => string;
    comingOwnShare: (money: string, unit: Unit) => string;
    contact: (name: string, phone: string, email: string) => string;
    choose: (providerName: string) => string;
    chosen: (providerName: string) => string;
    noProviders: string;
    chosenNow: string;
    changeIntro: string;
    ownShareMonth: (money: string) => string;
  };
  events: {
    title: string;
    intro: string;
    none: string;
    instrumentHeading: (serviceName: string, number: string) => string;
    date: string;
    amount: string;
    quantity: string;
    state: string;
    payment: string;
    status: Record<EventStatus, string>;
    kind: { delivered: string; "late-cancellation": string; "no-show": string };
    paymentOn: (date: string) => string;
    ownShare: (money: string) => string;
  };
  notifications: {
    title: string;
    intro: string;
    none: string;
    unread: (count: number) => string;
    newLabel: string;
    markRead: string;
    markedRead: string;
    readOn: (date: string) => string;
  };
  supportPlan: {
    title: string;
    intro: string;
    latest: string;
    none: string;
    writtenOn: (date: string) => string;
    wishes: string;
    wishesHint: string;
    goals: string;
    goalsHint: string;
    writtenWith: string;
    writtenWithHint: string;
    save: string;
    saved: string;
    newPlan: string;
    yourGoals: string;
  };
}
