/**
 * Work no request triggers, defined once: the stack runs each on an
 * EventBridge schedule, the local runtime on a timer and on demand
 * (`POST /dev/schedules/<name>`).
 */
export interface ScheduleDefinition {
  readonly name: string;
  readonly description: string;
  /** `path/to/module.export`, relative to the repository root. */
  readonly handler: string;
  readonly everyMinutes: number;
  readonly timeoutSeconds: number;
  /** A job that writes audit entries (only adds them, as every function). */
  readonly auditLog?: "append";
}

export const schedules: readonly ScheduleDefinition[] = [
  {
    name: "review-window",
    description: "Approves service events still recorded after the area's review window",
    handler: "functions/scheduled/review-window.handler",
    everyMinutes: 60,
    timeoutSeconds: 300,
  },
  {
    name: "drift-daily",
    description: "Evaluates the instruments whose drift state can change without a delivery (gaps, under-use, expiry), from the DRIFT-WATCH index",
    handler: "functions/scheduled/drift-daily.handler",
    everyMinutes: 24 * 60,
    timeoutSeconds: 900,
  },
  {
    name: "retention",
    description: "Erases the records of clients whose HB ended or was declined longer ago than the area's retention period, from the RETENTION index",
    handler: "functions/scheduled/retention.handler",
    everyMinutes: 24 * 60,
    timeoutSeconds: 900,
    auditLog: "append",
  },
  {
    name: "statistics-month-end",
    description: "Closes the month before in the statistics: representatives in use and instruments per drift status at its end, and the clients in HB carried into the new month, from the STATS-IN-HB index",
    handler: "functions/scheduled/statistics-month-end.handler",
    everyMinutes: 60,
    timeoutSeconds: 900,
  },
];
