"""A client for LanguageTool's HTTP API (`/v2/languages`, `/v2/check`).

Why it matters: one HTTP session per process serves every file of a run;
paragraphs go in batches of a few thousand characters, several requests at a
time, so a story costs a handful of round trips rather than one per sentence.
Rate limits (HTTP 426/429/503) are waited out with backoff; a server that is
down, failing (HTTP 500) or too slow becomes one `LanguageToolError`, never a
traceback or a silent pass.

The client calls the API itself rather than through language-tool-python's
wrapper, which drops `shortMessage` and rule URLs and cannot batch.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lint.errors import BackendError
from lint.grammar.offsets import Utf16Map, utf16_length

if TYPE_CHECKING:  # requests is imported when a request is made: most runs make none
    import requests

#: Statuses that mean "slow down" rather than "broken".
_RATE_LIMITED = {426, 429, 503}
#: Longest single wait a Retry-After header may impose.
_MAX_WAIT = 10.0
#: How the client waits between retries (tests replace it to run instantly).
_pause: Callable[[float], None] = time.sleep


class LanguageToolError(BackendError):
    """LanguageTool could not be reached or answered with an error."""


@dataclass(frozen=True)
class Settings:
    """What a check request asks for, beside the text; part of the cache key."""

    language: str = "en-US"
    enabled_rules: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    enabled_categories: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    level: str = "default"

    def params(self) -> dict[str, str]:
        """The form fields of `/v2/check` for these settings."""
        params = {"language": self.language}
        for key, values in (
            ("enabledRules", self.enabled_rules),
            ("disabledRules", self.disabled_rules),
            ("enabledCategories", self.enabled_categories),
            ("disabledCategories", self.disabled_categories),
        ):
            if values:
                params[key] = ",".join(values)
        if self.level != "default":
            params["level"] = self.level
        return params


@dataclass(frozen=True)
class Match:
    """One LanguageTool match, with offsets in code points of the checked paragraph."""

    offset: int
    length: int
    message: str
    rule_id: str
    category_id: str = ""
    short_message: str = ""
    replacements: tuple[str, ...] = ()
    issue_type: str = ""
    url: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "offset": self.offset, "length": self.length, "message": self.message,
            "rule_id": self.rule_id, "category_id": self.category_id,
            "short_message": self.short_message, "replacements": list(self.replacements),
            "issue_type": self.issue_type, "url": self.url,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Match:
        """Rebuild a cached match; raises KeyError/TypeError/ValueError when malformed."""
        match = cls(
            offset=int(data["offset"]), length=int(data["length"]), message=str(data["message"]),
            rule_id=str(data["rule_id"]), category_id=str(data["category_id"]),
            short_message=str(data["short_message"]), replacements=tuple(str(r) for r in data["replacements"]),
            issue_type=str(data["issue_type"]), url=str(data["url"]),
        )
        if match.offset < 0 or match.length < 0:
            raise ValueError("negative offset")
        return match


def parse_match(raw: Mapping[str, Any], text_map: Utf16Map, shift: int = 0) -> Match:
    """A match from `/v2/check` JSON; offsets converted from UTF-16 and moved back by `shift` code points."""
    start16 = int(raw["offset"])
    end16 = start16 + int(raw["length"])
    start = text_map.to_codepoint(start16) - shift
    end = text_map.to_codepoint(end16) - shift
    rule = raw.get("rule") or {}
    category = rule.get("category") or {}
    urls = rule.get("urls") or []
    return Match(
        offset=start,
        length=max(0, end - start),
        message=str(raw.get("message") or rule.get("description") or ""),
        rule_id=str(rule.get("id") or "UNKNOWN"),
        category_id=str(category.get("id") or ""),
        short_message=str(raw.get("shortMessage") or ""),
        replacements=tuple(str(r.get("value", "")) for r in raw.get("replacements") or [] if r.get("value")),
        issue_type=str(rule.get("issueType") or ""),
        url=str(urls[0].get("value", "")) if urls and isinstance(urls[0], Mapping) else "",
    )


@dataclass
class Client:
    """An HTTP session with one LanguageTool server, for one process.

    `url` is the server's root (`http://localhost:8010`); `/v2/...` is added.
    Not picklable by design: each process makes its own with `client_for()`.
    """

    url: str
    timeout: float = 20.0
    connect_timeout: float = 3.0
    workers: int = 4
    retries: int = 4
    _session: requests.Session | None = field(default=None, init=False, repr=False)
    _pool: ThreadPoolExecutor | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/")
        if self.url.endswith("/v2"):
            self.url = self.url[: -len("/v2")]

    @property
    def session(self) -> requests.Session:
        import requests

        with self._lock:
            if self._session is None:
                session = requests.Session()
                adapter = requests.adapters.HTTPAdapter(pool_maxsize=max(1, self.workers))
                session.mount("http://", adapter)
                session.mount("https://", adapter)
                session.headers["User-Agent"] = "newslint"
                self._session = session
            return self._session

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)
        if self._session is not None:
            self._session.close()

    # -- requests ----------------------------------------------------------

    def _request(self, method: str, path: str, data: Mapping[str, str] | None = None, *, timeout: float | None = None) -> Any:
        """One API call with retries on rate limits; returns the decoded JSON."""
        import requests

        where = f"LanguageTool at {self.url}"
        read_timeout = timeout or self.timeout
        failures = 0
        for attempt in range(self.retries + 1):
            try:
                response = self.session.request(
                    method, f"{self.url}/v2/{path}", data=data, timeout=(self.connect_timeout, read_timeout)
                )
            except requests.exceptions.ConnectionError as exc:
                raise LanguageToolError(f"{where} is unreachable ({_reason(exc)})") from None
            except requests.exceptions.Timeout:
                failures += 1
                if failures > 1:
                    raise LanguageToolError(f"{where} did not answer within {read_timeout:g} s") from None
                continue
            except requests.exceptions.RequestException as exc:
                raise LanguageToolError(f"{where}: {_reason(exc)}") from None
            if response.status_code in _RATE_LIMITED and attempt < self.retries:
                _pause(_retry_after(response, attempt))
                continue
            if response.status_code >= 500 and response.status_code not in _RATE_LIMITED:
                failures += 1
                if failures <= 1 and attempt < self.retries:
                    _pause(0.5)
                    continue
            if response.status_code != 200:
                detail = " ".join(response.text.split())[:160]
                kind = "rate limit" if response.status_code in _RATE_LIMITED else "error"
                raise LanguageToolError(f"{where}: HTTP {response.status_code} {kind}" + (f": {detail}" if detail else ""))
            try:
                return response.json()
            except ValueError:
                raise LanguageToolError(f"{where}: answer is not JSON") from None
        raise LanguageToolError(f"{where}: gave up after {self.retries + 1} attempts")

    def languages(self) -> list[dict[str, str]]:
        """`/v2/languages`: the languages the server supports."""
        data = self._request("GET", "languages", timeout=self.connect_timeout + 2)
        if not isinstance(data, list):
            raise LanguageToolError(f"LanguageTool at {self.url}: unexpected answer to /v2/languages")
        return [d for d in data if isinstance(d, dict)]

    def version(self, language: str) -> str:
        """The server's LanguageTool version, from a one-word check (it is in every answer)."""
        data = self._request("POST", "check", {"text": "OK.", "language": language}, timeout=self.connect_timeout + 5)
        software = data.get("software") if isinstance(data, dict) else None
        return str((software or {}).get("version") or "unknown")

    def check(self, text: str, settings: Settings) -> list[Match]:
        """Check one text; matches have code-point offsets into `text`."""
        data = self._request("POST", "check", {"text": text, **settings.params()})
        if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
            raise LanguageToolError(f"LanguageTool at {self.url}: unexpected answer to /v2/check")
        text_map = Utf16Map(text)
        return [parse_match(m, text_map) for m in data["matches"] if isinstance(m, dict)]

    def check_paragraphs(self, paragraphs: Sequence[str], settings: Settings, batch_chars: int = 4000) -> list[list[Match]]:
        """Check paragraphs in batches (joined by blank lines), several at a time.

        Returns one list of matches per paragraph, offsets relative to it. A
        match that would straddle two paragraphs of a batch is dropped.
        """
        batches = _batches(paragraphs, batch_chars)
        if len(batches) > 1 and self.workers > 1:
            with self._lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="newslint-lt")
            answers = list(self._pool.map(lambda b: self._check_batch(paragraphs, b, settings), batches))
        else:
            answers = [self._check_batch(paragraphs, b, settings) for b in batches]
        results: list[list[Match]] = [[] for _ in paragraphs]
        for answer in answers:
            for index, matches in answer.items():
                results[index] = matches
        return results

    def _check_batch(self, paragraphs: Sequence[str], batch: list[int], settings: Settings) -> dict[int, list[Match]]:
        text = "\n\n".join(paragraphs[i] for i in batch)
        matches = self.check(text, settings)
        out: dict[int, list[Match]] = {i: [] for i in batch}
        start = 0
        bounds = []
        for i in batch:
            bounds.append((i, start, start + len(paragraphs[i])))
            start += len(paragraphs[i]) + 2
        for m in matches:
            for i, lo, hi in bounds:
                if lo <= m.offset and m.offset + m.length <= hi:
                    out[i].append(Match(**{**m.__dict__, "offset": m.offset - lo}))
                    break
        return out


def _batches(paragraphs: Sequence[str], batch_chars: int) -> list[list[int]]:
    """Indexes of paragraphs grouped so each group stays under `batch_chars` (UTF-16 units)."""
    batches: list[list[int]] = []
    size = 0
    for i, text in enumerate(paragraphs):
        length = utf16_length(text) + 2
        if batches and size + length <= batch_chars:
            batches[-1].append(i)
            size += length
        else:
            batches.append([i])
            size = length
    return batches


def _retry_after(response: requests.Response, attempt: int) -> float:
    header = str(response.headers.get("Retry-After", ""))
    try:
        return min(_MAX_WAIT, max(0.0, float(header)))
    except ValueError:
        return min(_MAX_WAIT, 0.5 * 2.0**attempt)


def _reason(exc: Exception) -> str:
    text = str(exc)
    if "Connection refused" in text:
        return "connection refused"
    if "Name or service not known" in text or "getaddrinfo" in text or "NameResolution" in text:
        return "unknown host"
    if "timed out" in text or "ConnectTimeout" in text:
        return "connection timed out"
    return text.splitlines()[0][:120] if text else type(exc).__name__


_clients: dict[tuple[Any, ...], Client] = {}
_clients_pid = os.getpid()


def client_for(url: str, *, timeout: float, workers: int) -> Client:
    """The process's shared client for `url` (a forked or spawned process makes its own)."""
    global _clients_pid
    if os.getpid() != _clients_pid:
        _clients.clear()
        _clients_pid = os.getpid()
    key = (url, timeout, workers)
    if key not in _clients:
        _clients[key] = Client(url, timeout=timeout, workers=workers)
    return _clients[key]
