"""Expanding command-line paths: files as given, folders walked for stories."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable
from pathlib import Path

from lint.errors import InputError
from lint.markup import KNOWN_EXTENSIONS


def excluded(path: str, patterns: Iterable[str]) -> bool:
    """True when `path` or any of its parts matches an exclude glob."""
    posix = Path(path).as_posix()
    parts = Path(path).parts
    return any(fnmatch.fnmatch(posix, p) or any(fnmatch.fnmatch(part, p) for part in parts) for p in patterns)


def expand_paths(paths: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Files to lint, in command-line order; folders are walked, sorted.

    A folder holding nothing to lint raises InputError; a missing file is kept
    so that it is reported as that file's error while the others are linted.
    """
    exclude = tuple(exclude)
    out: list[str] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not excluded(os.path.join(root, d), exclude))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if Path(name).suffix.lower() in KNOWN_EXTENSIONS and not excluded(full, exclude):
                        found.append(full)
            if not found:
                raise InputError(f"{path}: no files to lint here ({', '.join(KNOWN_EXTENSIONS)})")
            out.extend(found)
        elif not excluded(path, exclude) or path == "-":
            out.append(path)
    return out
