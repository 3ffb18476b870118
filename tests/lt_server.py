"""A stand-in LanguageTool server for protocol tests: real HTTP on localhost.

It answers `GET /v2/languages` and `POST /v2/check` in LanguageTool's
documented JSON shape, so the whole client path runs: form encoding,
batching, UTF-16 offsets (computed here the way Java counts them), status
codes, timeouts. Its "grammar" is a small table of words, each with the rule
id and category a real LanguageTool would report; tests can queue HTTP
statuses, slow it down, or watch every request it received.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

VERSION = "6.6"
LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]


@dataclass(frozen=True)
class Canned:
    """What the fake reports for a word."""

    rule: str
    category: str
    message: str
    replacements: tuple[str, ...] = ()
    short: str = ""
    issue: str = "grammar"


#: The fake's rules: a word (matched whole, case-sensitive) and its match.
RULES = {
    "budjet": Canned("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible spelling mistake found.", ("budget",), "Spelling mistake", "misspelling"),
    "Okonkwo": Canned("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible spelling mistake found.", ("Okay",), "Spelling mistake", "misspelling"),
    "teh": Canned("MORFOLOGIK_RULE_EN_US", "TYPOS", "Possible spelling mistake found.", ("the",), "Spelling mistake", "misspelling"),
    "alright": Canned("ALRIGHT", "CASUAL", "Possibly a casual form.", ("all right",)),
    "irregardless": Canned("IRREGARDLESS", "NONSTANDARD_PHRASES", "Use 'regardless'.", ("regardless",)),
    "an university": Canned("EN_A_VS_AN", "MISC", "Use 'a' instead of 'an'.", ("a university",), "Wrong article"),
    "should of": Canned("MODAL_OF", "GRAMMAR", "Did you mean 'should have'?", ("should have",)),
    "in order to": Canned("IN_ORDER_TO_PREMIUM", "REDUNDANCY", "Consider shortening.", ("to",), "Wordiness", "style"),
    "Hello ,": Canned("COMMA_WHITESPACE", "PUNCTUATION", "Put no space before the comma.", ("Hello,",), "", "whitespace"),
    "fewer then": Canned("THAN_THEN", "CONFUSED_WORDS", "Did you mean 'than'?", ("fewer than",)),
}


def utf16_offset(text: str, index: int) -> int:
    """Java's offset of code point `index` in `text`."""
    return len(text[:index].encode("utf-16-le")) // 2


def matches_for(text: str, language: str, disabled: set[str]) -> list[dict[str, Any]]:
    """LanguageTool-shaped matches for `text`, in UTF-16 offsets."""
    out = []
    for phrase, canned in RULES.items():
        if canned.rule in disabled or canned.category in disabled:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text):
            start, end = utf16_offset(text, m.start()), utf16_offset(text, m.end())
            out.append({
                "message": canned.message,
                "shortMessage": canned.short,
                "replacements": [{"value": r} for r in canned.replacements],
                "offset": start,
                "length": end - start,
                "context": {"text": text[max(0, m.start() - 20):m.end() + 20], "offset": 0, "length": end - start},
                "sentence": text,
                "type": {"typeName": "Other"},
                "rule": {
                    "id": canned.rule,
                    "description": canned.message,
                    "issueType": canned.issue,
                    "urls": [{"value": f"https://example.org/rules/{canned.rule}"}],
                    "category": {"id": canned.category, "name": canned.category.title()},
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            })
    out.sort(key=lambda m: m["offset"])
    return out


@dataclass
class FakeLanguageTool:
    """The server's state: what it received and how it should misbehave."""

    url: str = ""
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    #: Statuses to answer with, one per check request, before behaving normally.
    statuses: list[int] = field(default_factory=list)
    #: Always answer /v2/check with this status (None: normally).
    always: int | None = None
    #: Seconds to wait before answering a check of real text.
    delay: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def checked_texts(self) -> list[str]:
        """Texts sent to /v2/check, leaving out the client's one-word version probe."""
        return [p["text"] for path, p in self.requests if path == "/v2/check" and p.get("text") != "OK."]


def _handler(state: FakeLanguageTool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
            data = (json.dumps(body) if not isinstance(body, str) else body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if not isinstance(body, str) else "text/plain")
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            with state.lock:
                state.requests.append((path, {}))
            if path == "/v2/languages":
                self._send(200, LANGUAGES)
            else:
                self._send(404, "Not found")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True).items()}
            path = self.path.split("?")[0]
            with state.lock:
                state.requests.append((path, form))
                status = state.statuses.pop(0) if state.statuses and form.get("text") != "OK." else state.always
            if path != "/v2/check":
                self._send(404, "Not found")
                return
            if status is not None and form.get("text") != "OK.":
                if status in (426, 429):
                    self._send(status, "Too many requests", {"Retry-After": "0"})
                else:
                    self._send(status, "Error: Internal server error")
                return
            if state.delay and form.get("text") != "OK.":
                time.sleep(state.delay)
            language = form.get("language", "")
            if language not in {entry["longCode"] for entry in LANGUAGES}:
                self._send(400, f"Error: '{language}' is not a language code known to LanguageTool.")
                return
            disabled = set(filter(None, form.get("disabledRules", "").split(","))) | set(
                filter(None, form.get("disabledCategories", "").split(","))
            )
            text = form.get("text", "")
            self._send(200, {
                "software": {"name": "LanguageTool", "version": VERSION, "buildDate": "2025-01-01", "apiVersion": 1, "status": ""},
                "warnings": {"incompleteResults": False},
                "language": {"name": "English (US)", "code": language, "detectedLanguage": {"name": "English (US)", "code": language}},
                "matches": matches_for(text, language, disabled),
            })

    return Handler


@contextmanager
def serve() -> Iterator[FakeLanguageTool]:
    """Run the fake on a free localhost port for the `with` block."""
    state = FakeLanguageTool()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
