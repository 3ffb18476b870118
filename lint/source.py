"""Reading files as bytes and decoding them the way an editor expects."""

from __future__ import annotations

from dataclasses import dataclass

from lint.errors import InputError

_BOM = "\ufeff"


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it came in, and a notice when it was not UTF-8."""

    text: str
    encoding: str
    notice: str | None = None


def decode(data: bytes, name: str) -> Decoded:
    """Decode file bytes: UTF-8 (BOM or not), else a detected encoding, else an error.

    A NUL byte means a binary file, which is an input error for that file only.
    """
    if b"\x00" in data[:65536] and not _is_utf16(data):
        raise InputError(f"{name}: binary file (contains NUL bytes), not linted")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(text[1:] if text.startswith(_BOM) else text, "utf-8")
    western = _as_windows_1252(data)
    if western is not None:
        return Decoded(western, "cp1252", f"{name}: decoded as Windows-1252, not UTF-8")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot decode the file (not UTF-8, no other encoding fits)")
    text = str(best)
    if text.startswith(_BOM):
        text = text[1:]
    return Decoded(text, best.encoding, f"{name}: decoded as {best.encoding}, not UTF-8")


def _as_windows_1252(data: bytes) -> str | None:
    """The text as Windows-1252, when that is plausibly what it is.

    Most non-UTF-8 news copy is Windows-1252 (browsers assume it for Western
    pages), and statistical detection guesses badly on short texts, taking
    curly quotes for Baltic letters. Accept 1252 when it decodes cleanly and
    accented letters are a small minority, as in English or French copy.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if ord(c) > 0x7F)
    return text if letters and accented / len(letters) < 0.3 else None


def _is_utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")


def read(path: str) -> Decoded:
    """Read and decode a file, or standard input when `path` is "-"."""
    import sys

    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path)
