/** @module Interface nextcloud:talk-bot/webhook@0.3.0 **/
export function defaultMaxBodyBytes(): bigint;
export function verify(secret: string, random: string, signature: string, body: Uint8Array): void;
export function parse(body: Uint8Array): Event;
export function receive(options: ReceiveOptions, headers: Array<[string, string]>, body: Uint8Array): Received;
export function webhookErrorStatus(error: WebhookError): number;
export function webhookErrorMessage(error: WebhookError): string;
export function normalizeBackend(url: string): string;
export type Event = import('./nextcloud-talk-bot-types.js').Event;
export type WebhookError = import('./nextcloud-talk-bot-types.js').WebhookError;
export interface Backend {
  url: string,
  secrets: Array<string>,
}
export interface ReceiveOptions {
  backends: Array<Backend>,
  maxBodyBytes: bigint,
  strictBackend: boolean,
}
export interface Received {
  backend: string,
  backendIndex: number,
  backendHeader?: string,
  event: Event,
}
