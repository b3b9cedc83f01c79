import { Alarm, type ComparisonOperator, type IMetric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Construct } from "constructs";
import type { StackContext } from "sst/constructs";
import { loadDeployConfig } from "./config";

/**
 * The alarm topic every other stack's alarms notify (ALARM and OK). An
 * operator e-mail from HB_ALARM_EMAIL is subscribed when set; other
 * subscribers (chat, on-call tool) can be added to the topic by the area.
 */
export function Monitoring({ stack, app }: StackContext) {
  const config = loadDeployConfig(app.stage);
  const alarmTopic = new Topic(stack, "Alarms", {
    displayName: `HB ${app.stage} alarms`,
    enforceSSL: true,
  });
  if (config.alarmEmail) alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
  stack.addOutputs({ AlarmTopicArn: alarmTopic.topicArn });
  return { alarmTopic };
}

interface AlarmSpec {
  readonly metric: IMetric;
  readonly threshold: number;
  readonly comparison: ComparisonOperator;
  readonly description: string;
}

/** An alarm that notifies `topic` when it fires and when it clears; missing data (no traffic) is fine. */
export function notifyingAlarm(scope: Construct, id: string, topic: Topic, spec: AlarmSpec): Alarm {
  const alarm = new Alarm(scope, id, {
    metric: spec.metric,
    threshold: spec.threshold,
    comparisonOperator: spec.comparison,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
    alarmDescription: spec.description,
  });
  alarm.addAlarmAction(new SnsAction(topic));
  alarm.addOkAction(new SnsAction(topic));
  return alarm;
}
