"""LanguageTool results on disk, one small file per paragraph.

Why it matters: a re-run in CI or a pre-commit hook should only send the
paragraphs that changed. The key is the LanguageTool version, the settings
sent (language, rules, categories, level) and the paragraph's text hash, so
an upgrade or a settings change never serves stale results. Files are written
atomically; an unreadable or corrupt one counts as a miss and is rewritten.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from lint.cache import cache_dir, write_atomic
from lint.grammar.client import Match, Settings

#: Bump when the stored shape changes; old entries are then simply never read.
FORMAT = 1


class ResultCache:
    """Per-paragraph results for one LanguageTool version and settings."""

    def __init__(self, version: str, settings: Settings, *, enabled: bool = True, root: Path | None = None) -> None:
        self.enabled = enabled
        key = json.dumps({"format": FORMAT, "version": version, "settings": asdict(settings)}, sort_keys=True)
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
        self.folder = (root or cache_dir()) / "languagetool" / digest

    def _path(self, text: str) -> Path:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.json"

    def get(self, text: str) -> list[Match] | None:
        """The cached matches for `text`, or None on a miss (or a damaged file)."""
        if not self.enabled:
            return None
        try:
            data = json.loads(self._path(text).read_bytes())
            if data.get("text_length") != len(text):
                return None
            return [Match.from_json(m) for m in data["matches"]]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, text: str, matches: list[Match]) -> None:
        if not self.enabled:
            return
        data = {"text_length": len(text), "matches": [m.to_json() for m in matches]}
        write_atomic(self._path(text), json.dumps(data, ensure_ascii=False).encode("utf-8"))
