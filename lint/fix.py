"""Safe autofix: apply the fixes rules mark as safe, show them as a diff, write atomically.

Only findings with `fix` set are applied; the engine has already dropped safe
fixes inside quoted speech (except encoding repairs), because quoted speech
is the source's words. Fixes replace exact source offsets, so they work on
Markdown and HTML as well as plain text.

Overlapping fixes are resolved deterministically: in order of position (then
end, then rule id) the first wins and any later fix that overlaps it waits.
Because one fix can uncover another (deleting a doubled word next to a
stray comma), fixing repeats, re-linting the fixed text, until nothing is
left to fix or `MAX_PASSES` is reached; a second `--fix` run then has nothing
to do.
"""

from __future__ import annotations

import difflib
import html
import itertools
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lint.findings import Finding

if TYPE_CHECKING:
    from lint.engine import FileResult, Linter

MAX_PASSES = 10


@dataclass(frozen=True)
class Edit:
    """Replace source[start:end] with `text`."""

    start: int
    end: int
    text: str
    rule: str


def _clash(last: Edit, edit: Edit) -> bool:
    """True when `edit` (later in position order) touches what `last` changes.

    Two insertions at one point clash too: their order would be arbitrary.
    """
    if edit.start < last.end:
        return True
    return edit.start == edit.end == last.start == last.end


def plan(findings: Sequence[Finding], source: str, format: str = "text") -> list[Edit]:
    """The edits to make for `findings`: safe fixes only, first by position wins on overlap.

    Deletions take the space they leave behind with them, and a line that
    deletions leave empty goes too, with the blank line after it, so deleting
    a line of page furniture does not leave a hole in the story.
    """
    candidates = sorted(
        (_tidy(source, Edit(f.offset, f.end_offset, html.escape(f.fix, quote=False) if format == "html" else f.fix, f.rule)) for f in findings if f.fix is not None),
        key=lambda e: (e.start, e.end, e.rule),
    )
    chosen: list[Edit] = []
    for edit in candidates:
        if chosen and _clash(chosen[-1], edit):
            continue
        chosen.append(edit)
    return _drop_emptied_lines(source, chosen)


_BLANKS = " \t"
_CLOSERS = ".,;:!?)]}”’\"'"
_STOPS = ".!?"


def _line_bounds(source: str, start: int, end: int) -> tuple[int, int]:
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    return line_start, len(source) if line_end == -1 else line_end


def _tidy(source: str, edit: Edit) -> Edit:
    """Widen a deletion over what it would leave dangling: a sentence's full stop, doubled spacing."""
    if edit.text or edit.start == edit.end:
        return edit
    line_start, line_end = _line_bounds(source, edit.start, edit.end)
    start, end = edit.start, edit.end
    before, after = source[line_start:start], source[end:line_end]
    sentence_start = not before.strip() or (before.endswith(tuple(_BLANKS)) and before.rstrip(_BLANKS).endswith(tuple(_STOPS)))
    if sentence_start and after[:1] and after[0] in _STOPS:
        # A whole sentence goes: its full stop and the space after it go too.
        end += 1 + len(after[1:]) - len(after[1:].lstrip(_BLANKS))
        after = source[end:line_end]
    if not before.strip() and not after.strip():
        pass  # the whole line goes: _drop_emptied_lines
    elif not after.strip() or (before.endswith(tuple(_BLANKS)) and (after[0] in _BLANKS or after[0] in _CLOSERS)):
        start -= len(before) - len(before.rstrip(_BLANKS))
    elif not before.strip() and after[0] in _BLANKS:
        end += len(after) - len(after.lstrip(_BLANKS))
    return Edit(start, end, "", edit.rule)


def _drop_emptied_lines(source: str, edits: list[Edit]) -> list[Edit]:
    """Replace the deletions that empty a line with one edit removing the line."""
    out: list[Edit] = []
    i = 0
    while i < len(edits):
        line_start, line_end = _line_bounds(source, edits[i].start, edits[i].start)
        j = i
        while j < len(edits) and edits[j].end <= line_end and not edits[j].text:
            j += 1
        group = edits[i:j]
        left = "".join(source[a.end:b.start] for a, b in itertools.pairwise(group))
        emptied = (
            group
            and not source[line_start:group[0].start].strip()
            and not source[group[-1].end:line_end].strip()
            and not left.strip()
        )
        removal = _line_removal(source, line_start, line_end) if emptied else None
        prev_end = out[-1].end if out else 0
        next_start = edits[j].start if j < len(edits) else len(source)
        if removal is not None and removal.start >= prev_end and removal.end <= next_start:
            out.append(Edit(removal.start, removal.end, "", group[0].rule))
            i = j
        else:
            out.append(edits[i])
            i += 1
    return out


def _line_removal(source: str, line_start: int, line_end: int) -> Edit:
    """The edit deleting a line, with one blank line beside it when it was a paragraph of its own."""
    if not source[line_end:].strip() and source[:line_start].strip():
        # The last line: blank lines around it go too, leaving one final newline.
        return Edit(len(source[:line_start].rstrip()) + 1, len(source), "", "")
    blank_before = source[max(0, line_start - 2):line_start] == "\n\n"
    if source.startswith("\n\n", line_end) and (line_start == 0 or blank_before):
        return Edit(line_start, line_end + 2, "", "")
    return Edit(line_start, min(line_end + 1, len(source)), "", "")


def apply(source: str, edits: Sequence[Edit]) -> str:
    """`source` with non-overlapping, position-sorted `edits` made."""
    parts: list[str] = []
    pos = 0
    for edit in edits:
        parts.append(source[pos:edit.start])
        parts.append(edit.text)
        pos = edit.end
    parts.append(source[pos:])
    return "".join(parts)


@dataclass
class Fixed:
    """A file's lint result after fixing, with the text it started from."""

    result: FileResult
    original: str
    applied: int

    @property
    def changed(self) -> bool:
        return self.result.source != self.original


def fix_result(linter: Linter, result: FileResult, format: str) -> Fixed:
    """Fix what `result` found, re-linting until no safe fix is left.

    The returned result describes the fixed text: its findings are what is
    left for a person to do.
    """
    original = result.source
    applied = 0
    for _ in range(MAX_PASSES):
        edits = plan(result.findings, result.source, format)
        if not edits or result.error:
            break
        fixed = apply(result.source, edits)
        if fixed == result.source:
            break
        applied += len(edits)
        relinted = linter.lint_text(fixed, format, result.path)
        relinted.notices[:0] = [n for n in result.notices if n not in relinted.notices]
        result = relinted
    return Fixed(result, original, applied)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file's fix, with a/ and b/ prefixes like git."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def write_atomic(path: str, text: str, expected: str) -> None:
    """Replace the file at `path` with `text`, or leave it exactly as it was.

    The new content goes to a temporary file in the same folder, which then
    replaces the original with one rename, keeping its permissions. The file's
    encoding and UTF-8 BOM are kept. `expected` is the text the fix was made
    from: when the file changed on disk since it was read, nothing is written.
    Raises OSError (or InputError from decoding) on failure.
    """
    from lint.errors import InputError
    from lint.source import decode

    target = os.path.realpath(path)  # write through a symlink, not over it
    with open(target, "rb") as fh:
        data = fh.read()
    decoded = decode(data, path)
    if decoded.text != expected:
        raise InputError(f"{path}: changed on disk while newslint was fixing it; not written")
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    payload = bom + text.encode(decoded.encoding)
    mode = stat.S_IMODE(os.stat(target).st_mode)
    folder = os.path.dirname(target) or "."
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".newslint-tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
