"""The engine: selects and compiles rules, runs them, and turns hits into findings.

It maps every hit back to the source, drops what inline comments suppress,
reports each problem once, and sorts by position. A rule that crashes
becomes an error for that file; the other rules still run.
"""

from __future__ import annotations

import fnmatch
import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from lint.config import Config
from lint.document import Document
from lint.errors import InputError, NewslintError, RuleError, RuleErrors
from lint.findings import Finding, Hit, Severity
from lint.markup import format_for, parse
from lint.readability import Figures
from lint.rules.loader import builtin_rules_dir, compile_rule, load_rules
from lint.rules.model import LoadedRule, Rule

#: Files larger than this are refused: no story is this long, and it is usually a mistake.
MAX_FILE_BYTES = 10 * 1024 * 1024
#: Files are linted in batches of at most this many files or characters (see Linter.lint_documents): enough
#: for the processor's caches to pay, few enough that a batch's parsed documents take little memory.
BATCH_FILES = 32
BATCH_CHARS = 2_000_000


@dataclass
class FileResult:
    """What linting one file produced: findings, or an error, and notices."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    source: str = ""
    #: The markup the source was parsed as: text, markdown or html.
    format: str = "text"
    #: Readability figures, when the linter was asked for them.
    figures: Figures | None = None


def matches(rule: Rule, patterns: Iterable[str]) -> bool:
    """True when a rule id glob or category in `patterns` names this rule."""
    return any(p == rule.category or fnmatch.fnmatchcase(rule.id, p) for p in patterns)


def select_rules(rules: Sequence[Rule], config: Config) -> list[Rule]:
    """The rules a run uses: defaults, or `select`, minus `ignore`.

    A rule that is off by default runs only when selected by its exact id.
    """
    chosen = []
    for rule in rules:
        if config.select:
            on = rule.id in config.select or (rule.enabled and matches(rule, config.select))
        else:
            on = rule.enabled
        if on and not matches(rule, config.ignore):
            chosen.append(rule)
    return chosen


def all_rules(config: Config) -> list[Rule]:
    """Every rule known to this configuration: built-in plus extra folders."""
    return load_rules([builtin_rules_dir(), *config.rules])


class Linter:
    """A compiled rule set for one configuration; lint many files with it."""

    def __init__(self, config: Config | None = None, rules: Sequence[Rule] | None = None, *, figures: bool = False) -> None:
        self.config = config or Config()
        self.figures = figures
        known = list(rules) if rules is not None else all_rules(self.config)
        self.known = {r.id: r for r in known}
        self.rules: list[LoadedRule] = []
        errors: list[RuleError] = []
        for rule in select_rules(known, self.config):
            settings = dict(self.config.overrides.get(rule.id, {}))
            severity = settings.pop("severity", None)
            if self.config.vocab and _takes_vocab(rule):
                settings["vocab"] = [*self.config.vocab, *settings.get("vocab", [])]
            try:
                loaded = compile_rule(rule, settings, self.config)
            except RuleError as exc:
                errors.append(exc)
                continue
            if severity:
                loaded.severity = Severity.parse(severity)
                loaded.severity_fixed = True
            self.rules.append(loaded)
        if errors:
            raise RuleErrors(errors)

    @property
    def notices(self) -> list[str]:
        """Run-level remarks from matchers (e.g. LanguageTool skipped), shown once per run."""
        return [n for loaded in self.rules if (n := getattr(loaded.matcher, "notice", None))]

    # -- linting -----------------------------------------------------------

    def lint_path(self, path: str, format: str | None = None) -> FileResult:
        """Lint one file (or "-" for stdin); input problems become the result's error."""
        return next(self.lint_paths([path], format))

    def lint_paths(self, paths: Iterable[str], format: str | None = None) -> Iterator[FileResult]:
        """Lint files (or "-" for stdin) in order, a batch at a time; input problems become a result's error."""
        batch: list[FileResult] = []
        size = 0
        for path in paths:
            result = _read(path, format)
            batch.append(result)
            size += len(result.source)
            if len(batch) >= BATCH_FILES or size >= BATCH_CHARS:
                yield from self._lint_results(batch)
                batch, size = [], 0
        yield from self._lint_results(batch)

    def lint_text(self, source: str, format: str = "text", path: str = "<text>") -> FileResult:
        """Lint decoded source text."""
        return self._lint_results([FileResult(path, source=source, format=format)])[0]

    def lint_texts(self, sources: Iterable[tuple[str, str, str]]) -> list[FileResult]:
        """Lint decoded sources, given as (source, format, path), together: the results of one by one, sooner."""
        return self._lint_results([FileResult(path, source=source, format=format) for source, format, path in sources])

    def _lint_results(self, results: list[FileResult]) -> list[FileResult]:
        """Fill in the findings of results that hold their source (those with an error are left as they are)."""
        with _no_collection():
            self._fill(results)
        return results

    def _fill(self, results: list[FileResult]) -> None:
        """`_lint_results` with the cycle collector paused: the batch's documents, and the millions of
        objects rules made while reading them, are gone by the time it resumes."""
        todo: list[tuple[FileResult, Document]] = []
        for result in results:
            if result.error is not None:
                continue
            if not result.source.strip():
                result.notices.append(f"{result.path}: empty file, nothing to lint")
                continue
            todo.append((result, parse(result.source, result.format, result.path)))
        for (result, doc), (findings, errors) in zip(todo, self.lint_documents([doc for _, doc in todo])):
            result.findings = findings
            if errors:
                result.error = errors[0]
            if self.figures:
                from lint.readability import figures

                result.figures = figures(doc.text, len(doc.sentences))

    def lint_documents(self, docs: Sequence[Document]) -> list[tuple[list[Finding], list[str]]]:
        """Run every rule on parsed documents; returns each one's findings and per-rule errors.

        Rule by rule, not document by document: a rule's code, patterns and
        tables stay in the processor's caches while it reads the whole batch,
        which lints news about 1.5 times as fast as one story at a time.
        """
        candidates: list[list[tuple[Finding, LoadedRule]]] = [[] for _ in docs]
        errors: list[list[str]] = [[] for _ in docs]
        for loaded in self.rules:
            for doc, found, failed in zip(docs, candidates, errors):
                try:
                    for hit in loaded.matcher.find(doc):
                        finding = self._finding(doc, loaded, hit)
                        if finding is not None:
                            found.append((finding, loaded))
                except NewslintError as exc:  # a backend (LanguageTool) failing: the user's to fix, not a bug
                    failed.append(f"{doc.path}: {loaded.rule.id}: {exc}")
                except Exception as exc:  # a broken detector must not stop the others
                    failed.append(f"{doc.path}: internal error in rule {loaded.rule.id}: {type(exc).__name__}: {exc}")
        return [(self._rank(doc, found), failed) for doc, found, failed in zip(docs, candidates, errors)]

    def _rank(self, doc: Document, candidates: list[tuple[Finding, LoadedRule]]) -> list[Finding]:
        """One finding per problem, none that is suppressed, in the order of the source."""
        if not candidates:  # most stories: nothing to rank
            return []
        for loaded in self.rules:  # a rule may keep others out of part of the story (style.foreign-language)
            if (masked := getattr(loaded.matcher, "masked", None)) is not None:
                candidates = [c for c in candidates if not masked(doc, c[0])]
        findings = _dedupe(candidates, self.rules)
        findings = [f for f in findings if not _suppressed(doc, f)]
        findings.sort(key=lambda f: (f.offset, f.end_offset, f.rule))
        return findings

    def _finding(self, doc: Document, loaded: LoadedRule, hit: Hit) -> Finding | None:
        rule = loaded.rule
        if rule.skip_blocks:
            block = doc.block_at(hit.start)
            if block is not None and block.kind in rule.skip_blocks:
                return None
        if not rule.in_quotes and doc.in_quote(hit.start, hit.end):
            return None
        start, end = doc.source_map.span(hit.start, hit.end)
        match = doc.source[start:end]
        category = hit.category or rule.category
        fix = hit.fix
        # Quoted speech is the source's words: only encoding repairs may touch it.
        if fix is not None and category != "encoding" and doc.in_quote(hit.start, hit.end):
            fix = None
        # A span that covers markup or entities in the source cannot be replaced blindly.
        if fix is not None and match != doc.text[hit.start:hit.end]:
            fix = None
        values = {"match": quoted(doc.text[hit.start:hit.end]), **hit.values}
        message = hit.message if hit.message is not None else _format(rule.message, values)
        line, column = doc.line_col(start)
        end_line, end_column = doc.line_col(end)
        return Finding(
            rule=hit.rule or rule.id,
            category=category,
            # A detector may grade its own hits, but the user's override has the last word.
            severity=loaded.severity if loaded.severity_fixed else hit.severity or loaded.severity,
            message=message,
            match=match,
            offset=start,
            end_offset=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            suggestions=hit.replacements,
            fix=fix,
            extra=dict(hit.extra),
        )


@contextmanager
def _no_collection() -> Iterator[None]:
    """Python's cycle collector paused while a batch is linted, then resumed.

    Rules allocate millions of small objects (spans, tuples, match objects),
    which set off a collection every 700 of them, each walking the objects
    made since, though reference counting alone frees almost all of them:
    about 2% of the CPU of linting news. Garbage in cycles (rare: an
    exception caught with its traceback) waits for the end of the batch,
    whose size `BATCH_FILES` and `BATCH_CHARS` bound.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _read(path: str, format: str | None) -> FileResult:
    """A file's result holding its decoded source, or the error that kept it from being read."""
    from lint.source import read

    try:
        if path != "-" and Path(path).is_file() and Path(path).stat().st_size > MAX_FILE_BYTES:
            size = Path(path).stat().st_size / 1024 / 1024
            raise InputError(f"{path}: file too large ({size:.1f} MB; the limit is {MAX_FILE_BYTES // 1024 // 1024} MB)")
        decoded = read(path)
    except InputError as exc:
        return FileResult(path, error=str(exc))
    result = FileResult(path, source=decoded.text, format=format or format_for(path))
    if decoded.notice:
        result.notices.append(decoded.notice)
    return result


def _takes_vocab(rule: Rule) -> bool:
    """True for a detector with a `vocab` parameter: it gets the config's accepted words."""
    if rule.kind != "check":
        return False
    from lint.rules.check import resolve

    try:
        return "vocab" in resolve(rule).params
    except RuleError:
        return False  # compile_rule reports the bad rule


class _Values(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


#: A match quoted in a message is cut to about this many characters (the report shows it whole, in context).
QUOTE_CHARS = 60
_SPACE_RUN = re.compile(r"\s+")


def quoted(match: str) -> str:
    """A match as a message quotes it: on one line (runs of space, line breaks too, made one space),
    and a long one cut at a word's end, with an ellipsis: "Copyright © 2015 BBC. The BBC is not…"."""
    match = _SPACE_RUN.sub(" ", match) if not match.isspace() else match
    if len(match) <= QUOTE_CHARS:
        return match
    cut = match.rfind(" ", 0, QUOTE_CHARS)
    return match[:cut if cut > QUOTE_CHARS // 2 else QUOTE_CHARS].rstrip(" ,;:") + "…"


def _format(template: str, values: dict[str, object]) -> str:
    try:
        return template.format_map(_Values(values))
    except (ValueError, IndexError, AttributeError):
        return template


def _dedupe(candidates: list[tuple[Finding, LoadedRule]], rules: Sequence[LoadedRule]) -> list[Finding]:
    """Report each problem once.

    Two findings are the same problem when their spans overlap and they share a
    category, or when one comes from a rule that defers to the others (a
    grammar backend) and overlaps a finding of newslint's own. The more severe,
    then the longer, then the earlier-loaded rule's finding wins.
    """
    order = {id(loaded): i for i, loaded in enumerate(rules)}
    ranked = sorted(
        candidates,
        key=lambda c: (c[1].rule.kind == "languagetool", -c[0].severity, -(c[0].end_offset - c[0].offset), order[id(c[1])]),
    )
    kept: list[tuple[Finding, LoadedRule]] = []
    for finding, loaded in ranked:
        secondary = loaded.rule.kind == "languagetool"
        clash = False
        for other, other_loaded in kept:
            if not _overlap(finding, other):
                continue
            if other.category == finding.category or secondary or other_loaded.rule.kind == "languagetool":
                clash = True
                break
        if not clash:
            kept.append((finding, loaded))
    return [f for f, _ in kept]


def _overlap(a: Finding, b: Finding) -> bool:
    if a.offset == a.end_offset or b.offset == b.end_offset:
        return a.offset == b.offset and a.end_offset == b.end_offset
    return a.offset < b.end_offset and b.offset < a.end_offset


def _suppressed(doc: Document, finding: Finding) -> bool:
    for s in doc.suppressions:
        if s.start <= finding.offset < s.end:
            if not s.rules or any(r == finding.category or fnmatch.fnmatchcase(finding.rule, r) for r in s.rules):
                return True
    return False
