"""A real SMTP server (aiosmtpd) for the `mail send` tests, on 127.0.0.1, run until killed.

Each message it accepts is stored as DIR/NNNN.eml (the bytes as received) with its recipients
in DIR/NNNN.rcpt. It can misbehave the way real servers do:
  --defer-nth N     answer the Nth DATA with 451 (once; later tries are taken)
  --refuse ADDRESS  answer RCPT TO ADDRESS with 550 (repeatable)
  --slow-nth N S    store the Nth message, write DIR/slow, and wait S seconds before the 250
The port it listens on is written to --port-file once it accepts connections.
"""

import argparse
import asyncio
import pathlib
import socket
import time

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, args):
        self.args = args
        self.dir = pathlib.Path(args.dir)
        self.count = 0
        self.deferred = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.args.refuse:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        n = self.count
        if self.args.defer_nth == n and not self.deferred:
            self.deferred = True
            return "451 4.3.0 try again later"
        content = envelope.original_content or envelope.content
        (self.dir / ("%04d.eml" % n)).write_bytes(content)
        (self.dir / ("%04d.rcpt" % n)).write_text("\n".join(envelope.rcpt_tos))
        if self.args.slow_nth == n:
            (self.dir / "slow").write_text(str(n))
            await asyncio.sleep(self.args.slow_seconds)
        return "250 2.0.0 queued as %04d" % n


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--defer-nth", type=int, default=0)
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--slow-nth", type=int, default=0)
    parser.add_argument("--slow-seconds", type=float, default=0)
    args = parser.parse_args()
    pathlib.Path(args.dir).mkdir(parents=True, exist_ok=True)
    port = free_port()
    controller = Controller(Handler(args), hostname="127.0.0.1", port=port)
    controller.start()
    pathlib.Path(args.port_file).write_text(str(port))
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
