#!/usr/bin/env python3
"""Writes N uniquely numbered Create webhooks, signed as Talk signs them, one per line:
`<signature>\t<body>`. Bodies are PHP json_encode style (\\/ and \\uXXXX escapes), spread over
64 conversations. Usage: make-webhooks.py SECRET RANDOM N OUT [FIRST_ID]"""
import datetime, hashlib, hmac, json, sys

secret, random, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
first = int(sys.argv[5]) if len(sys.argv) > 5 else 1_000_000

def php(value):
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")

# Now, as Talk fills `published` (talkbot refuses webhooks older than max_webhook_age_secs).
published = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")

with open(out, "w") as f:
    for i in range(n):
        content = php({"message": f"Load test message {i} with a link https://example.com/{i} and üñíçødé 🚀", "parameters": []})
        body = php({
            "type": "Create",
            "actor": {"type": "Person", "id": f"users/user{i % 97}", "name": f"User {i % 97}", "talkParticipantType": "3"},
            "object": {"type": "Note", "id": str(first + i), "name": "message", "content": content, "mediaType": "text/markdown"},
            "target": {"type": "Collection", "id": f"room{i % 64:04d}", "name": "Load room"},
            "published": published,
        })
        signature = hmac.new(secret.encode(), (random + body).encode(), hashlib.sha256).hexdigest()
        f.write(f"{signature}\t{body}\n")
