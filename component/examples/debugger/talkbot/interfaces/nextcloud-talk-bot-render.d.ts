/** @module Interface nextcloud:talk-bot/render@0.3.0 **/
export function renderText(template: string, parameters: Array<RichObject>): string;
export function renderMessage(message: Message): string;
export function address(message: Message, bot: BotIdentity): AddressedText;
export function defangMentions(text: string): string;
export type Message = import('./nextcloud-talk-bot-types.js').Message;
export type RichObject = import('./nextcloud-talk-bot-types.js').RichObject;
export interface BotIdentity {
  aliases: Array<string>,
  actorId?: string,
}
export interface AddressedText {
  mentioned: boolean,
  text: string,
}
