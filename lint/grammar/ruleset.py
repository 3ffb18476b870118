"""`kind: languagetool` — LanguageTool's rules as one YAML rule that stands for many.

Why it matters: LanguageTool knows thousands of grammar patterns newslint
could never write, but its defaults are tuned for letters and essays, not
news: names flood its spelling rule, and its typography rules fight house
style. The YAML rule decides what is on (rules and categories sent as
enabled/disabled), what each LanguageTool category becomes in newslint's
categories, and which severity each category or rule id gets. Findings carry
the id `languagetool.<RULE_ID>`, LanguageTool's message and suggestions, and
keep its short message and rule URL in `extra`.

Spelling matches are dropped for words in the config's `vocab`, for
capitalised words (names: LanguageTool does not know "Okonkwo") and for
words with digits. Paragraphs already checked are read from the disk cache.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator, Mapping
from typing import Any

from lint.config import Config
from lint.document import Document
from lint.errors import RuleError
from lint.findings import CATEGORIES, Hit, Severity
from lint.grammar.backend import Backend, resolve
from lint.grammar.cache import ResultCache
from lint.grammar.client import Match, Settings, client_for
from lint.rules.model import Rule

FIELDS = {
    "enabled_rules", "disabled_rules", "enabled_categories", "disabled_categories",
    "categories", "severities", "level", "skip_capitalized", "batch_chars",
}
DEFAULT_SCOPE = "paragraph"

#: Spelling rules: their matches go through the vocab and name filters.
_SPELLING_PREFIXES = ("MORFOLOGIK_RULE", "HUNSPELL_RULE", "SPELLING_RULE")
_MAX_REPLACEMENTS = 5


def _ids(rule: Rule, options: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = options.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RuleError(rule.path, f"{key}: must be a list of LanguageTool ids", rule.line_of(key))
    return tuple(value)


def _mapping(rule: Rule, options: Mapping[str, Any], key: str, allowed: Any) -> dict[str, str]:
    value = options.get(key, {})
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and v in allowed for k, v in value.items()):
        raise RuleError(rule.path, f"{key}: must map LanguageTool ids to one of {', '.join(allowed)}", rule.line_of(key))
    return dict(value)


class LanguageToolRules:
    """The matcher: sends a document's paragraphs to LanguageTool and maps the answers."""

    def __init__(self, rule: Rule, options: Mapping[str, Any], backend: Backend, config: Config | None) -> None:
        self.rule = rule
        self.backend = backend
        self.settings = Settings(
            language=config.language if config else "en-US",
            enabled_rules=_ids(rule, options, "enabled_rules"),
            disabled_rules=_ids(rule, options, "disabled_rules"),
            enabled_categories=_ids(rule, options, "enabled_categories"),
            disabled_categories=_ids(rule, options, "disabled_categories"),
            level=str(options.get("level", "default")),
        )
        if self.settings.level not in ("default", "picky"):
            raise RuleError(rule.path, "level: must be default or picky", rule.line_of("level"))
        self.categories = _mapping(rule, options, "categories", CATEGORIES)
        self.severities = {k: Severity.parse(v) for k, v in _mapping(rule, options, "severities", ("error", "warning", "info")).items()}
        self.skip_capitalized = bool(options.get("skip_capitalized", True))
        batch = options.get("batch_chars", 4000)
        if not isinstance(batch, int) or isinstance(batch, bool) or batch < 100:
            raise RuleError(rule.path, "batch_chars: must be a whole number of at least 100", rule.line_of("batch_chars"))
        self.batch_chars = batch
        self.vocab = frozenset(w.casefold() for w in (config.vocab if config else ()))
        self.ignore = tuple(config.ignore) if config else ()

    @property
    def notice(self) -> str | None:
        """Why LanguageTool is not running, for the one notice line of a run."""
        return self.backend.notice

    def find(self, doc: Document) -> Iterator[Hit]:
        if self.backend.url is None:
            return
        units = [u for u in doc.units(self.rule.scope) if doc.text[u.start:u.end].strip()]
        texts = [doc.text[u.start:u.end] for u in units]
        for unit, text, matches in zip(units, texts, self._check(texts)):
            for match in matches:
                hit = self._hit(unit.start, text, match)
                if hit is not None:
                    yield hit

    def _check(self, texts: list[str]) -> list[list[Match]]:
        """Matches per text: from the cache, else from the server (then cached)."""
        backend = self.backend
        assert backend.url is not None
        cache = ResultCache(backend.version, self.settings, enabled=backend.cache)
        results: list[list[Match] | None] = [cache.get(t) for t in texts]
        todo = list(dict.fromkeys(t for t, r in zip(texts, results) if r is None))
        if todo:
            client = client_for(backend.url, timeout=backend.timeout, workers=backend.workers)
            answers = dict(zip(todo, client.check_paragraphs(todo, self.settings, self.batch_chars)))
            for text, matches in answers.items():
                cache.put(text, matches)
            results = [r if r is not None else answers[t] for t, r in zip(texts, results)]
        return [r or [] for r in results]

    def _hit(self, base: int, text: str, match: Match) -> Hit | None:
        start, end = match.offset, match.offset + match.length
        if not (0 <= start < end <= len(text)):
            return None
        if match.rule_id in self.settings.disabled_rules or match.category_id in self.settings.disabled_categories:
            return None
        word = text[start:end]
        if match.rule_id.startswith(_SPELLING_PREFIXES) and self._accepted(word):
            return None
        rule_id = f"languagetool.{match.rule_id}"
        category = self.categories.get(match.category_id, self.rule.category)
        if any(p == category or fnmatch.fnmatchcase(rule_id, p) for p in self.ignore):
            return None
        severity = self.severities.get(match.rule_id) or self.severities.get(match.category_id)
        extra = {k: v for k, v in (("short_message", match.short_message), ("url", match.url)) if v}
        return Hit(
            base + start,
            base + end,
            replacements=match.replacements[:_MAX_REPLACEMENTS],
            values={"message": match.message, "short_message": match.short_message or match.message},
            rule=rule_id,
            category=category,
            severity=severity,
            extra=extra,
        )

    def _accepted(self, word: str) -> bool:
        """A word the spelling rule must not flag: house vocab, a name, a code."""
        if word.casefold() in self.vocab:
            return True
        if any(ch.isdigit() for ch in word):
            return True
        return self.skip_capitalized and word[:1].isupper()


def build(rule: Rule, params: Mapping[str, Any], config: Config | None = None) -> LanguageToolRules:
    """The matcher of a `kind: languagetool` rule; `config` says which LanguageTool to use."""
    options = {**rule.options, **params}
    unknown = set(params) - FIELDS
    if unknown:
        raise RuleError(rule.path, f"unknown setting {sorted(unknown)[0]!r} for a languagetool rule", rule.line_of("kind"))
    matcher = LanguageToolRules(rule, options, Backend(None), config)  # validate before any network
    matcher.backend = resolve(config)
    return matcher
