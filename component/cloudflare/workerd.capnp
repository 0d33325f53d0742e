# talkbot's Worker under workerd (Cloudflare's runtime, from npm), for running it locally or
# on your own server: `npm start` here, after `node build.mjs`. The variables come from the
# environment (the names of the README's table, upper-cased: BOT_SECRET, NEXTCLOUD_URL, …);
# the Durable Objects' SQLite lives in ./data. The tests run this file as it is, with
# --socket-addr and --directory-path pointing elsewhere.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "talkbot", worker = .talkbot),
    (name = "storage", disk = (path = "data", writable = true)),
    # Talk and the model server may be on this machine or the LAN (on Cloudflare they are not).
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "talkbot")],
);

const talkbot :Workerd.Worker = (
  modules = [
    (name = "src/worker.js", esModule = embed "src/worker.js"),
    (name = "src/engine.js", esModule = embed "src/engine.js"),
    (name = "src/io.js", esModule = embed "src/io.js"),
    (name = "src/conversation.js", esModule = embed "src/conversation.js"),
    (name = "src/breaker.js", esModule = embed "src/breaker.js"),
    (name = "src/schedules.js", esModule = embed "src/schedules.js"),
    (name = "dist/talkbot.js", esModule = embed "dist/talkbot.js"),
    (name = "dist/talkbot.core.wasm", wasm = embed "dist/talkbot.core.wasm"),
    (name = "dist/talkbot.core2.wasm", wasm = embed "dist/talkbot.core2.wasm"),
    (name = "dist/talkbot.core3.wasm", wasm = embed "dist/talkbot.core3.wasm"),
  ],
  compatibilityDate = "2026-11-17",
  bindings = [
    (name = "CONVERSATIONS", durableObjectNamespace = "Conversation"),
    (name = "BREAKERS", durableObjectNamespace = "Breaker"),
    (name = "SCHEDULES", durableObjectNamespace = "Schedules"),
    (name = "bot_secret", fromEnvironment = "BOT_SECRET"),
    (name = "bot_secret_previous", fromEnvironment = "BOT_SECRET_PREVIOUS"),
    (name = "nextcloud_url", fromEnvironment = "NEXTCLOUD_URL"),
    (name = "agent_name", fromEnvironment = "AGENT_NAME"),
    (name = "mode", fromEnvironment = "MODE"),
    (name = "responder", fromEnvironment = "RESPONDER"),
    (name = "openai_origin", fromEnvironment = "OPENAI_ORIGIN"),
    (name = "openai_api_path", fromEnvironment = "OPENAI_API_PATH"),
    (name = "openai_model", fromEnvironment = "OPENAI_MODEL"),
    (name = "openai_api_key", fromEnvironment = "OPENAI_API_KEY"),
    (name = "system_prompt", fromEnvironment = "SYSTEM_PROMPT"),
    (name = "personas", fromEnvironment = "PERSONAS"),
    (name = "rooms", fromEnvironment = "ROOMS"),
    (name = "users", fromEnvironment = "USERS"),
    (name = "allowed_rooms", fromEnvironment = "ALLOWED_ROOMS"),
    (name = "allowed_users", fromEnvironment = "ALLOWED_USERS"),
    (name = "greeting", fromEnvironment = "GREETING"),
    (name = "failure_reply", fromEnvironment = "FAILURE_REPLY"),
    (name = "status_reactions", fromEnvironment = "STATUS_REACTIONS"),
    (name = "retry_initial_backoff_ms", fromEnvironment = "RETRY_INITIAL_BACKOFF_MS"),
    (name = "retry_max_backoff_ms", fromEnvironment = "RETRY_MAX_BACKOFF_MS"),
    (name = "retry_for_ms", fromEnvironment = "RETRY_FOR_MS"),
    (name = "max_answer_chars", fromEnvironment = "MAX_ANSWER_CHARS"),
    (name = "schedules", fromEnvironment = "SCHEDULES"),
    (name = "tool_servers", fromEnvironment = "TOOL_SERVERS"),
    (name = "tools", fromEnvironment = "TOOLS"),
    (name = "max_tool_rounds", fromEnvironment = "MAX_TOOL_ROUNDS"),
  ],
  durableObjectNamespaces = [
    (className = "Conversation", uniqueKey = "talkbot-conversation", enableSql = true),
    (className = "Breaker", uniqueKey = "talkbot-breaker", enableSql = true),
    (className = "Schedules", uniqueKey = "talkbot-schedules", enableSql = true),
  ],
  durableObjectStorage = (localDisk = "storage"),
  globalOutbound = "internet",
);
