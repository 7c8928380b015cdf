"""Reads .eml files as a mail client would (Python's email package) and prints one JSON line
each: headers, the plain and HTML bodies, and each attachment's name, type and SHA-256."""

import email
import email.policy
import hashlib
import json
import sys

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    attachments = []
    for part in message.iter_attachments():
        data = part.get_content()
        attachments.append(
            {
                "name": part.get_filename(),
                "type": part.get_content_type(),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    print(
        json.dumps(
            {
                "path": path,
                "headers": {k: str(v) for k, v in message.items()},
                "defects": [str(d) for d in message.defects],
                "text": message.get_body(("plain",)).get_content(),
                "html": message.get_body(("html",)).get_content(),
                "attachments": attachments,
            }
        )
    )
