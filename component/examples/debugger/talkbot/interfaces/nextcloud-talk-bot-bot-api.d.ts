/** @module Interface nextcloud:talk-bot/bot-api@0.3.0 **/
export function apiErrorMessage(error: ApiError): string;
export function defaultMaxLength(): number;
export function sendMessage(baseUrl: string, secret: string, token: string, message: string, options: SendOptions): Array<BotRequest>;
export function react(baseUrl: string, secret: string, token: string, messageId: MessageId, reaction: string): BotRequest;
export function removeReaction(baseUrl: string, secret: string, token: string, messageId: MessageId, reaction: string): BotRequest;
export function splitAgain(baseUrl: string, secret: string, token: string, request: BotRequest, maxLength: number): Array<BotRequest>;
export function splitMessage(message: string, maxLength: number): Array<string>;
export function askFeatures(baseUrl: string, secret: string, token: string): BotRequest;
export function sign(secret: string, random: string, value: string): string;
export function referenceId(backend: string, token: string, key: string, chunk: number): string;
export function deriveReferenceId(referenceId: string, chunk: number): string;
export type MessageId = import('./nextcloud-talk-bot-types.js').MessageId;
/**
 * # Variants
 * 
 * ## `"get"`
 * 
 * ## `"post"`
 * 
 * ## `"delete"`
 */
export type HttpMethod = 'get' | 'post' | 'delete';
export interface SendOptions {
  replyTo?: MessageId,
  referenceId?: string,
  silent: boolean,
  threadId?: bigint,
  threadTitle?: string,
  maxLength?: number,
}
export interface Chunk {
  index: number,
  text: string,
  options: SendOptions,
}
export interface BotRequest {
  method: HttpMethod,
  url: string,
  headers: Array<[string, string]>,
  body: string,
  chunk?: Chunk,
}
export type ApiError = ApiErrorInvalidBaseUrl | ApiErrorInvalidToken | ApiErrorEmptyMessage | ApiErrorInvalidReaction | ApiErrorInvalidSecret | ApiErrorInvalidRandom | ApiErrorInvalidMaxLength | ApiErrorInvalidReferenceId;
export interface ApiErrorInvalidBaseUrl {
  tag: 'invalid-base-url',
  val: string,
}
export interface ApiErrorInvalidToken {
  tag: 'invalid-token',
  val: string,
}
export interface ApiErrorEmptyMessage {
  tag: 'empty-message',
}
export interface ApiErrorInvalidReaction {
  tag: 'invalid-reaction',
  val: string,
}
export interface ApiErrorInvalidSecret {
  tag: 'invalid-secret',
  val: string,
}
export interface ApiErrorInvalidRandom {
  tag: 'invalid-random',
  val: string,
}
export interface ApiErrorInvalidMaxLength {
  tag: 'invalid-max-length',
  val: number,
}
export interface ApiErrorInvalidReferenceId {
  tag: 'invalid-reference-id',
  val: string,
}
