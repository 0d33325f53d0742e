/** @module Interface nextcloud:talk-bot/engine@0.3.0 **/
export function admit(received: Received, signature: string, rules: IngressRules, now: TimestampMs): Admission;
export function ingest(options: ReceiveOptions, rules: IngressRules, headers: Array<[string, string]>, body: Uint8Array, now: TimestampMs): Ingested;
export function parsePublished(text: string): TimestampMs | undefined;
export function defaultSystemPrompt(agentName: string): string;
export function defaults(): BotDefaults;
export function decide(policy: Policy, settings: RoomSettings, backend: string, event: Event, key: string): Decision;
export function modelRequest(model: ChatModel, plan: AnswerPlan, history: Array<Turn>): HttpRequest;
export function retryable(kind: FailureKind): boolean;
export function modelAnswer(url: string, status: number, body: Uint8Array): string;
export function finishAnswer(text: string, maxChars: number | undefined, fromModel: boolean): string | undefined;
export function remember(plan: AnswerPlan, posted: string, botName: string): Array<Turn>;
export function fallbackAfter(failures: Array<[string, Failure]>, attempts: number, maxAttempts: number, failureReply: string | undefined, retry: RetryPolicy, now: TimestampMs): Fallback;
export function defaultRetryPolicy(): RetryPolicy;
export function classify(answer: TalkAnswer, maxLength: number, job: JobClock, retry: RetryPolicy, now: TimestampMs): Outcome;
export function expired(job: JobClock, retry: RetryPolicy, now: TimestampMs): string | undefined;
export function explainStatus(status: number): string;
export function unauthorizedBudget(): number;
export function breakerStep(state: Breaker, event: BreakerEvent, now: TimestampMs): [Breaker, BreakerVerdict];
export function featuresFromBits(bits: bigint): BotFeatures;
export function parseCapabilities(body: Uint8Array): TalkCapabilities;
export function parseFeaturesAnswer(body: Uint8Array): bigint;
export function checkSecret(secret: string): void;
export function checkToken(token: string): void;
export function checkMaxLength(maxLength: number): void;
export type Event = import('./nextcloud-talk-bot-types.js').Event;
export type MessageId = import('./nextcloud-talk-bot-types.js').MessageId;
export type WebhookError = import('./nextcloud-talk-bot-types.js').WebhookError;
export type Received = import('./nextcloud-talk-bot-webhook.js').Received;
export type ReceiveOptions = import('./nextcloud-talk-bot-webhook.js').ReceiveOptions;
export type BotIdentity = import('./nextcloud-talk-bot-render.js').BotIdentity;
export type HttpMethod = import('./nextcloud-talk-bot-bot-api.js').HttpMethod;
export type TimestampMs = bigint;
export interface IngressRules {
  answerActivity: boolean,
  maxAgeMs?: bigint,
}
export interface Ticket {
  dedupKey: string,
  token: string,
  overtakes: boolean,
}
export type Admission = AdmissionQueue | AdmissionIgnore | AdmissionStale;
export interface AdmissionQueue {
  tag: 'queue',
  val: Ticket,
}
export interface AdmissionIgnore {
  tag: 'ignore',
  val: string,
}
export interface AdmissionStale {
  tag: 'stale',
  val: string,
}
export interface Ingested {
  backendIndex: number,
  backend: string,
  admission: Admission,
}
/**
 * # Variants
 * 
 * ## `"all"`
 * 
 * ## `"mention"`
 * 
 * ## `"off"`
 */
export type Mode = 'all' | 'mention' | 'off';
export interface Persona {
  name: string,
  systemPrompt?: string,
  responders: Array<string>,
  tools: Array<string>,
}
export interface RoomPolicy {
  token: string,
  mode?: Mode,
  persona?: string,
  greeting?: string,
  allowedUsers?: Array<string>,
}
export interface UserPolicy {
  actor: string,
  persona: string,
}
export interface Policy {
  agentName: string,
  bot: BotIdentity,
  mode: Mode,
  answerActivity: boolean,
  allowedRooms: Array<string>,
  allowedUsers: Array<string>,
  rooms: Array<RoomPolicy>,
  users: Array<UserPolicy>,
  personas: Array<Persona>,
  greeting?: string,
  memoryTurns: number,
}
export interface RoomSettings {
  mode?: Mode,
  persona?: string,
  schedules?: string,
  approvals?: string,
}
export interface Resumption {
  settings: RoomSettings,
  job: string,
  allowed: boolean,
  by: string,
}
export type SettingsChange = SettingsChangeSet | SettingsChangeForget | SettingsChangeResume;
export interface SettingsChangeSet {
  tag: 'set',
  val: RoomSettings,
}
export interface SettingsChangeForget {
  tag: 'forget',
  val: string | undefined,
}
export interface SettingsChangeResume {
  tag: 'resume',
  val: Resumption,
}
export interface Post {
  text: string,
  referenceId: string,
  replyTo?: MessageId,
}
export interface CommandOutcome {
  reply: Post,
  change?: SettingsChange,
}
export interface Quoted {
  id: MessageId,
  author: string,
  text: string,
  byBot: boolean,
}
export interface AnswerPlan {
  text: string,
  author: string,
  persona: string,
  systemPrompt: string,
  responders: Array<string>,
  messageId: MessageId,
  replyTo?: MessageId,
  referenceId: string,
  quoted?: Quoted,
  memoryTurns: number,
}
export type Decision = DecisionIgnore | DecisionCommand | DecisionGreet | DecisionLeave | DecisionAnswer;
export interface DecisionIgnore {
  tag: 'ignore',
  val: string,
}
export interface DecisionCommand {
  tag: 'command',
  val: CommandOutcome,
}
export interface DecisionGreet {
  tag: 'greet',
  val: Post,
}
export interface DecisionLeave {
  tag: 'leave',
}
export interface DecisionAnswer {
  tag: 'answer',
  val: AnswerPlan,
}
export interface BotDefaults {
  memoryTurns: number,
  answerAttempts: number,
  failureReply: string,
  maxModelAnswerBytes: bigint,
}
export interface ChatModel {
  baseUrl: string,
  model: string,
  apiKey?: string,
  temperature?: number,
  maxTokens?: number,
}
/**
 * # Variants
 * 
 * ## `"user"`
 * 
 * ## `"assistant"`
 */
export type Role = 'user' | 'assistant';
export interface Turn {
  role: Role,
  author: string,
  text: string,
}
export interface HttpRequest {
  method: HttpMethod,
  url: string,
  headers: Array<[string, string]>,
  body: string,
}
/**
 * # Variants
 * 
 * ## `"timeout"`
 * 
 * ## `"rate-limited"`
 * 
 * ## `"server-error"`
 * 
 * ## `"connection"`
 * 
 * ## `"refused"`
 * 
 * ## `"failed"`
 */
export type FailureKind = 'timeout' | 'rate-limited' | 'server-error' | 'connection' | 'refused' | 'failed';
export interface Failure {
  kind: FailureKind,
  reason: string,
}
export type Fallback = FallbackRetryAt | FallbackNotify | FallbackGiveUp;
export interface FallbackRetryAt {
  tag: 'retry-at',
  val: TimestampMs,
}
export interface FallbackNotify {
  tag: 'notify',
  val: [string, string],
}
export interface FallbackGiveUp {
  tag: 'give-up',
  val: string,
}
export interface RetryPolicy {
  initialBackoffMs: bigint,
  maxBackoffMs: bigint,
  retryForMs: bigint,
  maxAttempts?: number,
}
export interface JobClock {
  attempts: number,
  receivedAt: TimestampMs,
}
export type TalkAnswer = TalkAnswerStatus | TalkAnswerUnreachable;
export interface TalkAnswerStatus {
  tag: 'status',
  val: [number, Array<[string, string]>],
}
export interface TalkAnswerUnreachable {
  tag: 'unreachable',
  val: string,
}
export interface Retry {
  at: TimestampMs,
  reason: string,
}
export type Outcome = OutcomeDelivered | OutcomeRetry | OutcomeSplitAgain | OutcomeUnauthorized | OutcomeRejected;
export interface OutcomeDelivered {
  tag: 'delivered',
}
export interface OutcomeRetry {
  tag: 'retry',
  val: Retry,
}
export interface OutcomeSplitAgain {
  tag: 'split-again',
  val: number,
}
export interface OutcomeUnauthorized {
  tag: 'unauthorized',
  val: Retry,
}
export interface OutcomeRejected {
  tag: 'rejected',
  val: string,
}
export interface Breaker {
  refusing: Array<string>,
  held: boolean,
  probing: boolean,
  everAccepted: boolean,
  unauthorizedAt: BigUint64Array,
  doubted: Array<string>,
  disabled: Array<string>,
  pausedUntil?: TimestampMs,
  pausedBecause?: string,
}
export type Refusal = RefusalRoom | RefusalRoomDisabled | RefusalBackend;
export interface RefusalRoom {
  tag: 'room',
  val: number,
}
export interface RefusalRoomDisabled {
  tag: 'room-disabled',
}
export interface RefusalBackend {
  tag: 'backend',
  val: boolean,
}
export type Clearance = ClearanceSend | ClearanceWaitUntil | ClearanceHold;
export interface ClearanceSend {
  tag: 'send',
}
export interface ClearanceWaitUntil {
  tag: 'wait-until',
  val: TimestampMs,
}
export interface ClearanceHold {
  tag: 'hold',
  val: string,
}
export type BreakerEvent = BreakerEventAsk | BreakerEventRefused | BreakerEventCounted | BreakerEventAnswered | BreakerEventAccepted | BreakerEventRoomAlive | BreakerEventLeft;
export interface BreakerEventAsk {
  tag: 'ask',
  val: [string, number],
}
export interface BreakerEventRefused {
  tag: 'refused',
  val: [string, number],
}
export interface BreakerEventCounted {
  tag: 'counted',
  val: TimestampMs,
}
export interface BreakerEventAnswered {
  tag: 'answered',
  val: TalkAnswer,
}
export interface BreakerEventAccepted {
  tag: 'accepted',
  val: string,
}
export interface BreakerEventRoomAlive {
  tag: 'room-alive',
  val: string,
}
export interface BreakerEventLeft {
  tag: 'left',
  val: string,
}
export type BreakerVerdict = BreakerVerdictClearance | BreakerVerdictRefusal | BreakerVerdictLocked | BreakerVerdictReleased | BreakerVerdictNothing;
export interface BreakerVerdictClearance {
  tag: 'clearance',
  val: Clearance,
}
export interface BreakerVerdictRefusal {
  tag: 'refusal',
  val: Refusal,
}
export interface BreakerVerdictLocked {
  tag: 'locked',
  val: boolean,
}
export interface BreakerVerdictReleased {
  tag: 'released',
  val: boolean,
}
export interface BreakerVerdictNothing {
  tag: 'nothing',
}
export interface BotFeatures {
  webhook?: boolean,
  response?: boolean,
  event?: boolean,
  reaction?: boolean,
}
export interface TalkCapabilities {
  features: Array<string>,
  bots: boolean,
  threads: boolean,
  askFeatures: boolean,
  maxLength?: number,
}
