"""The user's cache folder, for data that is slow to build and safe to lose."""

from __future__ import annotations

import os
import sys
from pathlib import Path


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
