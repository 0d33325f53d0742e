// world root:component/root
import type * as WasiRandomRandom from './interfaces/wasi-random-random.js'; // wasi:random/random@0.2.0
import type * as NextcloudTalkBotTypes from './interfaces/nextcloud-talk-bot-types.js'; // nextcloud:talk-bot/types@0.3.0
import type * as NextcloudTalkBotWebhook from './interfaces/nextcloud-talk-bot-webhook.js'; // nextcloud:talk-bot/webhook@0.3.0
import type * as NextcloudTalkBotRender from './interfaces/nextcloud-talk-bot-render.js'; // nextcloud:talk-bot/render@0.3.0
import type * as NextcloudTalkBotBotApi from './interfaces/nextcloud-talk-bot-bot-api.js'; // nextcloud:talk-bot/bot-api@0.3.0
import type * as NextcloudTalkBotEngine from './interfaces/nextcloud-talk-bot-engine.js'; // nextcloud:talk-bot/engine@0.3.0
import type * as NextcloudTalkBotJob from './interfaces/nextcloud-talk-bot-job.js'; // nextcloud:talk-bot/job@0.3.0
export interface ImportObject {
  'wasi:random/random@0.2.0': typeof WasiRandomRandom,
}
export interface Root {
  'nextcloud:talk-bot/types@0.3.0': typeof NextcloudTalkBotTypes,
  types: typeof NextcloudTalkBotTypes,
  'nextcloud:talk-bot/webhook@0.3.0': typeof NextcloudTalkBotWebhook,
  webhook: typeof NextcloudTalkBotWebhook,
  'nextcloud:talk-bot/render@0.3.0': typeof NextcloudTalkBotRender,
  render: typeof NextcloudTalkBotRender,
  'nextcloud:talk-bot/bot-api@0.3.0': typeof NextcloudTalkBotBotApi,
  botApi: typeof NextcloudTalkBotBotApi,
  'nextcloud:talk-bot/engine@0.3.0': typeof NextcloudTalkBotEngine,
  engine: typeof NextcloudTalkBotEngine,
  'nextcloud:talk-bot/job@0.3.0': typeof NextcloudTalkBotJob,
  job: typeof NextcloudTalkBotJob,
}

/**
* Instantiates this component with the provided imports and
* returns a map of all the exports of the component.
*
* This function is intended to be similar to the
* `WebAssembly.Instantiate` constructor. The second `imports`
* argument is the "import object" for wasm, except here it
* uses component-model-layer types instead of core wasm
* integers/numbers/etc.
*
* The first argument to this function, `getCoreModule`, is
* used to compile core wasm modules within the component.
* Components are composed of core wasm modules and this callback
* will be invoked per core wasm module. The caller of this
* function is responsible for reading the core wasm module
* identified by `path` and returning its compiled
* `WebAssembly.Module` object. This would use the
* `WebAssembly.Module` constructor on the web, for example.
*/
export function instantiate(
getCoreModule: (path: string) => WebAssembly.Module,
imports: ImportObject,
instantiateCore?: (module: WebAssembly.Module, imports: Record<string, any>) => WebAssembly.Instance
): Root;
export function instantiate(
getCoreModule: (path: string) => WebAssembly.Module | Promise<WebAssembly.Module>,
imports: ImportObject,
instantiateCore?: (module: WebAssembly.Module, imports: Record<string, any>) => WebAssembly.Instance | Promise<WebAssembly.Instance>
): Root | Promise<Root>;

