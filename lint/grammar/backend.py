"""Which LanguageTool a run uses, from `[tool.newslint.languagetool]` and the CLI.

Modes:
- `auto` (default): a local LanguageTool when Java and an install are present,
  else none, with one notice saying how to enable it;
- a server URL (`url = ...` or `--languagetool-url`): that server, required;
- `required`: a URL if given, else the local install; never skipped;
- `off`: none, silently.

Why it matters: CI must never pass silently because grammar checks were
skipped, so whenever the user asked for LanguageTool explicitly, a server
that cannot be reached is a one-line `BackendError` (exit 2) within seconds.
Nothing here downloads anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lint.config import Config
from lint.errors import BackendError, ConfigError
from lint.grammar.client import LanguageToolError, client_for

MODES = ("auto", "required", "off")
#: Keys of `[tool.newslint.languagetool]`.
KEYS = {"mode", "url", "timeout", "workers", "cache"}

_HOW = "enable it with `newslint languagetool install` (needs Java 17+) or --languagetool-url URL; hide this with --no-languagetool"


@dataclass(frozen=True)
class Backend:
    """A resolved LanguageTool: its URL and version, or None with a notice. Picklable."""

    url: str | None
    version: str = ""
    language: str = "en-US"
    timeout: float = 20.0
    workers: int = 4
    cache: bool = True
    notice: str | None = None


def options(config: Config) -> dict[str, Any]:
    """The validated LanguageTool settings of a config."""
    table = dict(config.languagetool)
    where = f"{config.path}: languagetool" if config.path else "languagetool settings"
    unknown = set(table) - KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(KEYS))})")
    mode = table.get("mode", "auto")
    if mode not in MODES:
        raise ConfigError(f"{where}: mode must be one of {', '.join(MODES)}")
    url = table.get("url")
    if url is not None and (not isinstance(url, str) or not url.strip()):
        raise ConfigError(f"{where}: url must be a URL such as http://localhost:8010")
    timeout = table.get("timeout", 20)
    workers = table.get("workers", 4)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ConfigError(f"{where}: timeout must be a positive number of seconds")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ConfigError(f"{where}: workers must be a positive whole number")
    if not isinstance(table.get("cache", True), bool):
        raise ConfigError(f"{where}: cache must be true or false")
    if url and "://" not in url:
        url = "http://" + url
    return {"mode": mode, "url": url, "timeout": float(timeout), "workers": workers, "cache": table.get("cache", True)}


def resolve(config: Config | None) -> Backend:
    """Find, start or probe the LanguageTool this config asks for.

    Raises BackendError when LanguageTool was asked for explicitly and cannot
    be used. Without a config (a bare `compile_rule`) LanguageTool is off.
    """
    if config is None:
        return Backend(None)
    opts = options(config)
    base = {"language": config.language, "timeout": opts["timeout"], "workers": opts["workers"], "cache": opts["cache"]}
    if opts["mode"] == "off":
        return Backend(None, **base)
    explicit = opts["mode"] == "required" or opts["url"] is not None
    url = opts["url"]
    try:
        if url is None:
            from lint.grammar.local import find_install, server_url

            install, reason = find_install()
            if install is None:
                if explicit:
                    raise BackendError(f"LanguageTool is required but unavailable: {reason}; {_HOW.split(';')[0]}")
                return Backend(None, **base, notice=f"{reason}, so only newslint's own grammar rules ran; {_HOW}")
            url = server_url(install)
        version = _probe(url, config.language, opts["timeout"], opts["workers"])
    except LanguageToolError as exc:
        if explicit:
            raise BackendError(str(exc)) from None
        return Backend(None, **base, notice=f"{exc}, so only newslint's own grammar rules ran; {_HOW}")
    return Backend(url, version, **base)


def _probe(url: str, language: str, timeout: float, workers: int) -> str:
    """Check the server answers and supports `language`; return its version."""
    client = client_for(url, timeout=timeout, workers=workers)
    codes = set()
    for entry in client.languages():
        codes.add(str(entry.get("longCode", "")).lower())
        codes.add(str(entry.get("code", "")).lower())
    if language.lower() not in codes:
        raise LanguageToolError(f"LanguageTool at {client.url} does not support language {language!r}")
    return client.version(language)
