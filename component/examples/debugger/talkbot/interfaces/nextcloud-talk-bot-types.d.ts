/** @module Interface nextcloud:talk-bot/types@0.3.0 **/
export type MessageId = bigint;
export type ActorKind = ActorKindUsers | ActorKindGuests | ActorKindEmails | ActorKindFederatedUsers | ActorKindBots | ActorKindBridged | ActorKindDeletedUsers | ActorKindOther;
export interface ActorKindUsers {
  tag: 'users',
}
export interface ActorKindGuests {
  tag: 'guests',
}
export interface ActorKindEmails {
  tag: 'emails',
}
export interface ActorKindFederatedUsers {
  tag: 'federated-users',
}
export interface ActorKindBots {
  tag: 'bots',
}
export interface ActorKindBridged {
  tag: 'bridged',
}
export interface ActorKindDeletedUsers {
  tag: 'deleted-users',
}
export interface ActorKindOther {
  tag: 'other',
  val: string,
}
export interface Actor {
  kind: ActorKind,
  id: string,
  rawId: string,
  name: string,
  participantType?: number,
}
export interface Conversation {
  token: string,
  name: string,
}
export interface RichField {
  name: string,
  value: string,
  isJson: boolean,
}
export interface RichObject {
  key: string,
  objectType: string,
  id: string,
  name: string,
  fields: Array<RichField>,
}
export interface Message {
  id: MessageId,
  name: string,
  template: string,
  parameters: Array<RichObject>,
  mediaType: string,
  contentJson: string,
}
export interface QuotedMessage {
  author: Actor,
  message: Message,
}
export interface UndoneReaction {
  reaction: string,
  messageAuthor: Actor,
}
export type EventKind = EventKindCreate | EventKindActivity | EventKindLike | EventKindUndo | EventKindJoin | EventKindLeave;
export interface EventKindCreate {
  tag: 'create',
  val: QuotedMessage | undefined,
}
export interface EventKindActivity {
  tag: 'activity',
}
export interface EventKindLike {
  tag: 'like',
  val: string,
}
export interface EventKindUndo {
  tag: 'undo',
  val: UndoneReaction,
}
export interface EventKindJoin {
  tag: 'join',
}
export interface EventKindLeave {
  tag: 'leave',
}
export interface Event {
  kind: EventKind,
  actor: Actor,
  conversation: Conversation,
  message?: Message,
  published?: string,
}
export type WebhookError = WebhookErrorBodyTooLarge | WebhookErrorMissingHeader | WebhookErrorMalformedRandom | WebhookErrorMalformedSignature | WebhookErrorSignatureMismatch | WebhookErrorNoSecrets | WebhookErrorNotUtf8 | WebhookErrorInvalidJson | WebhookErrorInvalidField | WebhookErrorInvalidContent | WebhookErrorUnknownEventType;
export interface WebhookErrorBodyTooLarge {
  tag: 'body-too-large',
  val: bigint,
}
export interface WebhookErrorMissingHeader {
  tag: 'missing-header',
  val: string,
}
export interface WebhookErrorMalformedRandom {
  tag: 'malformed-random',
  val: string,
}
export interface WebhookErrorMalformedSignature {
  tag: 'malformed-signature',
  val: string,
}
export interface WebhookErrorSignatureMismatch {
  tag: 'signature-mismatch',
  val: string,
}
export interface WebhookErrorNoSecrets {
  tag: 'no-secrets',
}
export interface WebhookErrorNotUtf8 {
  tag: 'not-utf8',
  val: bigint,
}
export interface WebhookErrorInvalidJson {
  tag: 'invalid-json',
  val: string,
}
export interface WebhookErrorInvalidField {
  tag: 'invalid-field',
  val: string,
}
export interface WebhookErrorInvalidContent {
  tag: 'invalid-content',
  val: string,
}
export interface WebhookErrorUnknownEventType {
  tag: 'unknown-event-type',
  val: string,
}
