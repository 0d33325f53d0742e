"""Verify and parse a Talk webhook, render it, and build the signed reply, all through the
talkbot component, with no protocol code in Python.

Usage: python example.py [webhook-body.json random signature secret]
Without arguments it uses the first webhook of talkbot's conformance corpus.
"""

import json
import sys
from pathlib import Path

from talkbot_component import TalkBot, record
from wasmtime.component import Variant

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "corpus"


def main(args):
    if args:
        body_path, random, signature, secret = args
        body = Path(body_path).read_bytes()
    else:
        manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
        first = manifest["cases"][0]
        body = (CORPUS / first["file"]).read_bytes()
        random, signature, secret = first["random"], first["signature"], manifest["secret"]
    bot = TalkBot()
    # 1. Verify exactly the bytes Talk sent (never a re-serialised body).
    error = bot.call("webhook", "verify", secret, random, signature, body)
    if isinstance(error, Variant):
        status = bot.call("webhook", "webhook-error-status", error)
        print(f"rejected ({status}): {bot.call('webhook', 'webhook-error-message', error)}", file=sys.stderr)
        return 1
    # 2. Parse and render.
    event = bot.call("webhook", "parse", body)
    print(f'{event.kind.tag} by {event.actor.name} in "{event.conversation.name}"')
    if event.message is not None:
        text = bot.call("render", "render-message", event.message)
        print(f"text: {text}")
        # 3. The signed reply: headers and body ready for any HTTP client.
        options = record(
            reply_to=event.message.id, reference_id=None, silent=False,
            thread_id=None, thread_title=None, max_length=None,
        )
        [request] = bot.call(
            "bot-api", "send-message", "https://cloud.example.com", secret,
            event.conversation.token, f"You said: {text}", options,
        )
        print(f"{str(request.method).upper()} {request.url}")
        for name, value in request.headers:
            print(f"{name}: {value}")
        print(request.body)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
