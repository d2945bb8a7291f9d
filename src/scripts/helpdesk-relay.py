#!/usr/bin/env python3
"""Helpdesk webhook relay: a Zendesk trigger or a Freshdesk automation calls it with a ticket id,
it reads the ticket from the helpdesk's API, asks service-signals for the label of the ticket's
subject and description, and writes the label back to the ticket as a tag (signals_poor,
signals_good, signals_exceptional, and signals_review when a person should check it).

A webhook cannot take a label back from its answer, hence the relay; it sends only the ticket id,
so no ticket text has to be escaped into a webhook body. Python's standard library only.

Environment:
  RELAY_SECRET         bearer token the helpdesk's webhook sends (required)
  RELAY_HOST, RELAY_PORT   where the relay listens (127.0.0.1, 8090)
  SIGNALS_URL          service-signals (http://127.0.0.1:8080); SIGNALS_TOKEN its bearer token, if any
  ZENDESK_URL          https://SUBDOMAIN.zendesk.com, with ZENDESK_EMAIL and ZENDESK_API_TOKEN
  FRESHDESK_URL        https://DOMAIN.freshdesk.com, with FRESHDESK_API_KEY

Routes: POST /zendesk and POST /freshdesk, body {"ticket_id": "123"}; answer {"ticket_id",
"label", "tags"} or {"error": "..."}.
"""

import base64
import hmac
import json
import os
import sys
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TIMEOUT = 20
MAX_BODY = 64 * 1024


def call(method, url, headers, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        return json.loads(response.read().decode("utf-8") or "null")


def basic(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")


def classify(text, ticket_id):
    headers = {}
    if os.environ.get("SIGNALS_TOKEN"):
        headers["Authorization"] = "Bearer " + os.environ["SIGNALS_TOKEN"]
    url = os.environ.get("SIGNALS_URL", "http://127.0.0.1:8080").rstrip("/") + "/v1/classify"
    return call("POST", url, headers, {"id": str(ticket_id), "text": text})


def tags(result):
    if result.get("label") is None:
        return ["signals_error"]
    out = ["signals_" + result["label"]]
    if result.get("needs_review"):
        out.append("signals_review")
    return out


class Zendesk:
    def __init__(self):
        self.base = os.environ["ZENDESK_URL"].rstrip("/")
        self.auth = {"Authorization": basic(os.environ["ZENDESK_EMAIL"] + "/token", os.environ["ZENDESK_API_TOKEN"])}

    def text(self, ticket_id):
        ticket = call("GET", f"{self.base}/api/v2/tickets/{ticket_id}.json", self.auth)["ticket"]
        return "\n\n".join(part for part in (ticket.get("subject"), ticket.get("description")) if part)

    def tag(self, ticket_id, new):
        # additional_tags adds to the ticket's tags without replacing them
        call("PUT", f"{self.base}/api/v2/tickets/{ticket_id}.json", self.auth, {"ticket": {"additional_tags": new}})


class Freshdesk:
    def __init__(self):
        self.base = os.environ["FRESHDESK_URL"].rstrip("/")
        self.auth = {"Authorization": basic(os.environ["FRESHDESK_API_KEY"], "X")}

    def text(self, ticket_id):
        ticket = call("GET", f"{self.base}/api/v2/tickets/{ticket_id}", self.auth)
        return "\n\n".join(part for part in (ticket.get("subject"), ticket.get("description_text")) if part)

    def tag(self, ticket_id, new):
        # Freshdesk replaces the tag list: keep the ticket's own tags, drop earlier signals_ tags
        ticket = call("GET", f"{self.base}/api/v2/tickets/{ticket_id}", self.auth)
        kept = [t for t in ticket.get("tags") or [] if not t.startswith("signals_")]
        call("PUT", f"{self.base}/api/v2/tickets/{ticket_id}", self.auth, {"tags": kept + new})


class Relay(BaseHTTPRequestHandler):
    server_version = "helpdesk-relay"
    sys_version = ""

    def answer(self, status, body):
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        # one request a connection (HTTP/1.0): said, so that no client sends another on this socket
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        helpdesks = {"/zendesk": Zendesk, "/freshdesk": Freshdesk}
        if self.path not in helpdesks:
            return self.answer(404, {"error": "POST /zendesk or /freshdesk"})
        given = self.headers.get("Authorization", "")
        if not hmac.compare_digest(given.encode("utf-8"), ("Bearer " + os.environ["RELAY_SECRET"]).encode("utf-8")):
            return self.answer(401, {"error": "missing or wrong bearer token"})
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self.answer(413, {"error": "body too large"})
        try:
            ticket_id = json.loads(self.rfile.read(length).decode("utf-8"))["ticket_id"]
            if not str(ticket_id).isdigit():
                raise ValueError("ticket_id must be a number")
        except (ValueError, KeyError, TypeError) as e:
            return self.answer(400, {"error": f"expected {{\"ticket_id\": \"123\"}}: {e}"})
        try:
            helpdesk = helpdesks[self.path]()
            result = classify(helpdesk.text(ticket_id), ticket_id)
            new = tags(result)
            helpdesk.tag(ticket_id, new)
        except KeyError as e:
            return self.answer(500, {"error": f"relay not configured: {e} is not set"})
        except (urllib.error.URLError, OSError, ValueError) as e:
            return self.answer(502, {"error": f"ticket {ticket_id}: {e}"})
        self.answer(200, {"ticket_id": str(ticket_id), "label": result.get("label"), "tags": new})

    def log_message(self, fmt, *args):
        sys.stderr.write("relay: " + (fmt % args) + "\n")


def main():
    if not os.environ.get("RELAY_SECRET"):
        sys.exit("helpdesk-relay: set RELAY_SECRET to the bearer token the helpdesk's webhook sends")
    host = os.environ.get("RELAY_HOST", "127.0.0.1")
    port = int(os.environ.get("RELAY_PORT", "8090"))
    server = ThreadingHTTPServer((host, port), Relay)
    print(f"relay listening on http://{host}:{server.server_address[1]}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
