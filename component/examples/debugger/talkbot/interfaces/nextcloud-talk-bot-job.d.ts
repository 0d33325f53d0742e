/** @module Interface nextcloud:talk-bot/job@0.3.0 **/
export function variableNames(): Array<string>;
export type MessageId = import('./nextcloud-talk-bot-types.js').MessageId;
export type Event = import('./nextcloud-talk-bot-types.js').Event;
export type Backend = import('./nextcloud-talk-bot-webhook.js').Backend;
export type WebhookError = import('./nextcloud-talk-bot-webhook.js').WebhookError;
export type Policy = import('./nextcloud-talk-bot-engine.js').Policy;
export type RetryPolicy = import('./nextcloud-talk-bot-engine.js').RetryPolicy;
export type IngressRules = import('./nextcloud-talk-bot-engine.js').IngressRules;
export type RoomSettings = import('./nextcloud-talk-bot-engine.js').RoomSettings;
export type Turn = import('./nextcloud-talk-bot-engine.js').Turn;
export type ChatModel = import('./nextcloud-talk-bot-engine.js').ChatModel;
export type AnswerPlan = import('./nextcloud-talk-bot-engine.js').AnswerPlan;
export type Failure = import('./nextcloud-talk-bot-engine.js').Failure;
export type TalkAnswer = import('./nextcloud-talk-bot-engine.js').TalkAnswer;
export type BreakerEvent = import('./nextcloud-talk-bot-engine.js').BreakerEvent;
export type BreakerVerdict = import('./nextcloud-talk-bot-engine.js').BreakerVerdict;
export type HttpRequest = import('./nextcloud-talk-bot-engine.js').HttpRequest;
export type TimestampMs = import('./nextcloud-talk-bot-engine.js').TimestampMs;
export type BotRequest = import('./nextcloud-talk-bot-bot-api.js').BotRequest;
export type ToolTransport = ToolTransportHttp | ToolTransportStdio;
export interface ToolTransportHttp {
  tag: 'http',
  val: string,
}
export interface ToolTransportStdio {
  tag: 'stdio',
  val: Array<string>,
}
export interface ToolServer {
  name: string,
  transport: ToolTransport,
  headers: Array<[string, string]>,
  timeoutMs?: bigint,
  expose?: Array<string>,
  approval: Array<string>,
  idempotent: Array<string>,
  listTtlMs?: bigint,
}
export interface ToolCall {
  server: string,
  request: HttpRequest,
  answerId?: bigint,
  timeoutMs: bigint,
  maxBytes: bigint,
}
export interface ToolAnswer {
  status: number,
  headers: Array<[string, string]>,
  body: Uint8Array,
}
export type ScheduledPost = ScheduledPostText | ScheduledPostPrompt;
export interface ScheduledPostText {
  tag: 'text',
  val: string,
}
export interface ScheduledPostPrompt {
  tag: 'prompt',
  val: string,
}
export interface Schedule {
  name: string,
  backendIndex: number,
  room: string,
  cron: string,
  timezone: string,
  post: ScheduledPost,
  graceMs: bigint,
}
export interface BotConfig {
  policy: Policy,
  backends: Array<Backend>,
  strictBackend: boolean,
  maxBodyBytes?: bigint,
  ingress: IngressRules,
  retry: RetryPolicy,
  answerAttempts?: number,
  failureReply?: string,
  maxAnswerChars?: number,
  maxMessageLength?: number,
  statusReactionAfterMs?: bigint,
  models: Array<[string, ChatModel]>,
  schedules: Array<Schedule>,
  toolServers: Array<ToolServer>,
  maxToolRounds?: number,
}
export interface RoomSchedules {
  backendIndex: number,
  token: string,
  schedules: string,
}
export interface Queued {
  dedupKey: string,
  backendIndex: number,
  token: string,
  overtakes: boolean,
  job: Uint8Array,
}
export interface Due {
  jobs: Array<Queued>,
  missed: Array<string>,
}
export type Admitted = AdmittedQueue | AdmittedIgnore | AdmittedStale;
export interface AdmittedQueue {
  tag: 'queue',
  val: Queued,
}
export interface AdmittedIgnore {
  tag: 'ignore',
  val: string,
}
export interface AdmittedStale {
  tag: 'stale',
  val: string,
}
export type TransportFailure = TransportFailureTimeout | TransportFailureConnection | TransportFailureTooLarge;
export interface TransportFailureTimeout {
  tag: 'timeout',
}
export interface TransportFailureConnection {
  tag: 'connection',
  val: string,
}
export interface TransportFailureTooLarge {
  tag: 'too-large',
}
export interface SlowReaction {
  at: TimestampMs,
  request: BotRequest,
}
export interface ModelCall {
  responder: string,
  request: HttpRequest,
  reaction?: SlowReaction,
}
export interface ResponderCall {
  responder: string,
  backend: string,
  event: Event,
  plan: AnswerPlan,
  history: Array<Turn>,
  reaction?: SlowReaction,
}
export interface MemoryKey {
  backendIndex: number,
  token: string,
}
export interface MemoryTurn {
  thread: string,
  messageId: string,
  asker: string,
  turn: Turn,
}
export type Input = InputRun | InputSettings | InputMemory | InputModelAnswered | InputModelUnreachable | InputResponderAnswered | InputResponderFailed | InputToolAnswered | InputToolUnreachable | InputBreaker | InputTalkAnswered | InputStored | InputUnavailable;
export interface InputRun {
  tag: 'run',
}
export interface InputSettings {
  tag: 'settings',
  val: RoomSettings,
}
export interface InputMemory {
  tag: 'memory',
  val: Array<MemoryTurn>,
}
export interface InputModelAnswered {
  tag: 'model-answered',
  val: [number, Uint8Array, TalkAnswer | undefined],
}
export interface InputModelUnreachable {
  tag: 'model-unreachable',
  val: [TransportFailure, TalkAnswer | undefined],
}
export interface InputResponderAnswered {
  tag: 'responder-answered',
  val: [string | undefined, TalkAnswer | undefined],
}
export interface InputResponderFailed {
  tag: 'responder-failed',
  val: [Failure, TalkAnswer | undefined],
}
export interface InputToolAnswered {
  tag: 'tool-answered',
  val: ToolAnswer,
}
export interface InputToolUnreachable {
  tag: 'tool-unreachable',
  val: TransportFailure,
}
export interface InputBreaker {
  tag: 'breaker',
  val: BreakerVerdict,
}
export interface InputTalkAnswered {
  tag: 'talk-answered',
  val: TalkAnswer,
}
export interface InputStored {
  tag: 'stored',
}
export interface InputUnavailable {
  tag: 'unavailable',
  val: string,
}
export interface Erasure {
  key: MemoryKey,
  questions?: Array<string>,
}
export type Outcome = OutcomeDelivered | OutcomeIgnored | OutcomeSilent | OutcomeLeft | OutcomeFailed | OutcomeFailureReply;
export interface OutcomeDelivered {
  tag: 'delivered',
}
export interface OutcomeIgnored {
  tag: 'ignored',
  val: string,
}
export interface OutcomeSilent {
  tag: 'silent',
}
export interface OutcomeLeft {
  tag: 'left',
}
export interface OutcomeFailed {
  tag: 'failed',
  val: string,
}
export interface OutcomeFailureReply {
  tag: 'failure-reply',
  val: string,
}
export interface Wake {
  at: TimestampMs,
  why: string,
}
export type Action = ActionLoadSettings | ActionLoadMemory | ActionStoreSettings | ActionRemember | ActionErase | ActionForget | ActionAskModel | ActionRunResponder | ActionCallTool | ActionAskBreaker | ActionSend | ActionSleepUntil | ActionDone;
export interface ActionLoadSettings {
  tag: 'load-settings',
  val: [number, string],
}
export interface ActionLoadMemory {
  tag: 'load-memory',
  val: MemoryKey,
}
export interface ActionStoreSettings {
  tag: 'store-settings',
  val: [number, string, RoomSettings],
}
export interface ActionRemember {
  tag: 'remember',
  val: [MemoryKey, Array<MemoryTurn>, number],
}
export interface ActionErase {
  tag: 'erase',
  val: Erasure,
}
export interface ActionForget {
  tag: 'forget',
  val: [number, string],
}
export interface ActionAskModel {
  tag: 'ask-model',
  val: ModelCall,
}
export interface ActionRunResponder {
  tag: 'run-responder',
  val: ResponderCall,
}
export interface ActionCallTool {
  tag: 'call-tool',
  val: ToolCall,
}
export interface ActionAskBreaker {
  tag: 'ask-breaker',
  val: [number, BreakerEvent],
}
export interface ActionSend {
  tag: 'send',
  val: BotRequest,
}
export interface ActionSleepUntil {
  tag: 'sleep-until',
  val: Wake,
}
export interface ActionDone {
  tag: 'done',
  val: Outcome,
}
export interface Step {
  job: Uint8Array,
  action: Action,
  log?: string,
}
export type JobError = JobErrorUnreadable | JobErrorUnexpected;
export interface JobErrorUnreadable {
  tag: 'unreadable',
  val: string,
}
export interface JobErrorUnexpected {
  tag: 'unexpected',
  val: string,
}

export class Bot {
  /**
   * This type does not have a public constructor.
   */
  private constructor();
  static create(config: BotConfig): Bot;
  static fromVariables(variables: Array<[string, string]>, responders: Array<string>): Bot;
  backends(): Array<string>;
  ingest(headers: Array<[string, string]>, body: Uint8Array, now: TimestampMs): Admitted;
  adopt(backendIndex: number, dedupKey: string, body: Uint8Array, receivedAt: TimestampMs): Uint8Array;
  step(job: Uint8Array, input: Input, now: TimestampMs): Step;
  describe(job: Uint8Array): string;
  due(since: TimestampMs | undefined, now: TimestampMs, rooms: Array<RoomSchedules>): Due;
  nextDue(now: TimestampMs, rooms: Array<RoomSchedules>): TimestampMs | undefined;
}
