/** @module Interface nextcloud:talk-bot/bot-api@0.1.0 **/
export function apiErrorMessage(error: ApiError): string;
export function defaultMaxLength(): number;
export function sendMessage(baseUrl: string, secret: string, token: string, message: string, options: SendOptions): Array<BotRequest>;
export function react(baseUrl: string, secret: string, token: string, messageId: bigint, reaction: string): BotRequest;
export function removeReaction(baseUrl: string, secret: string, token: string, messageId: bigint, reaction: string): BotRequest;
export function splitMessage(message: string, maxLength: number): Array<string>;
export function askFeatures(baseUrl: string, secret: string, token: string): BotRequest;
export function sign(secret: string, random: string, value: string): string;
export function referenceId(backend: string, token: string, messageId: string, chunk: number): string;
export function deriveReferenceId(referenceId: string, chunk: number): string;
export interface BotRequest {
  method: string,
  url: string,
  headers: Array<[string, string]>,
  body: string,
}
export interface SendOptions {
  replyTo?: bigint,
  referenceId?: string,
  silent: boolean,
  threadId?: bigint,
  threadTitle?: string,
  maxLength?: number,
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
