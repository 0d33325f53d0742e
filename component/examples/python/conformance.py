"""Run the conformance scenario over the inputs written by tests/tests/embedding.rs and print
the canonical JSON of every result (compared byte for byte with the Rust and Node hosts).

Usage: python conformance.py <inputs.json>
"""

import json
import sys

from talkbot_component import TalkBot, canon, record, result
from wasmtime.component import Variant


def main(path):
    inputs = json.load(open(path, encoding="utf-8"))
    # A fixed random, so signed requests are identical across hosts.
    bot = TalkBot(random_bytes=lambda n: bytes([42]) * n)
    out = {}
    for c in inputs["cases"]:
        body = bytes.fromhex(c["body_hex"])
        options = record(
            backends=[record(url=c["backend"], secrets=[inputs["secret"]])],
            max_body_bytes=inputs["max_body_bytes"],
            strict_backend=False,
        )
        entry = {
            "wrong-secret": result(
                bot.call("webhook", "verify", inputs["wrong_secret"], c["random"], c["signature"], body)
            )
        }
        headers = [tuple(h) for h in c["headers"]]
        received = bot.call("webhook", "receive", options, headers, body)
        entry["receive"] = result(received)
        if isinstance(received, Variant):
            entry["status"] = bot.call("webhook", "webhook-error-status", received)
            entry["explanation"] = bot.call("webhook", "webhook-error-message", received)
            received = None
        message = received.event.message if received is not None else None
        if message is not None:
            token = received.event.conversation.token
            entry["rendered"] = bot.call("render", "render-message", message)
            addressed = bot.call(
                "render", "address", message,
                record(aliases=["talkbot"], actor_id=inputs["bot_actor_id"]),
            )
            entry["addressed"] = canon(addressed)
            text = addressed.text or entry["rendered"] or "(empty)"
            entry["defanged"] = bot.call("render", "defang-mentions", f"@all {text}")
            reference = bot.call("bot-api", "reference-id", received.backend, token, str(message.id), 0)
            options = record(
                reply_to=None, reference_id=reference, silent=False,
                thread_id=None, thread_title=None, max_length=200,
            )
            entry["reply"] = result(
                bot.call("bot-api", "send-message", received.backend, inputs["secret"], token, text, options)
            )
            entry["react"] = result(
                bot.call("bot-api", "react", received.backend, inputs["secret"], token, message.id, "👍")
            )
        out[c["name"]] = entry
    sys.stdout.write(json.dumps(out, sort_keys=True, separators=(",", ":"), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
