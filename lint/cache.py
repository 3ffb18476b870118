"""The user's cache folder, for data that is slow to build and safe to lose."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """`$NEWSLINT_CACHE_DIR`, else the platform's user cache folder + /newslint."""
    explicit = os.environ.get("NEWSLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "newslint"


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all; errors are ignored (it is a cache)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass


def cached(name: str, version: str, build: Callable[[], T]) -> T:
    """A table derived from package data, kept in the user's cache as marshal.

    Parsing a dictionary shipped by a dependency (CMU, codespell) takes a good
    part of a second, too slow for every run of a pre-commit hook; loading the
    derived table takes a few milliseconds. `version` names the data it came
    from (package version and our format), so an upgrade rebuilds it. A
    missing, unwritable or corrupt cache only means building it again.
    """
    import marshal

    try:
        path: Path | None = cache_dir() / f"{name}-{version}.marshal"
    except (RuntimeError, KeyError, OSError):  # no home folder
        path = None
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]
        except (OSError, ValueError, EOFError, TypeError):
            pass
    value = build()
    if path is not None:
        write_atomic(path, marshal.dumps(value))  # type: ignore[arg-type]
    return value
