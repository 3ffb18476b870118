"""Reading bytes: UTF-8 with and without BOM, Windows-1252, detection, binary files."""

from __future__ import annotations

import pytest

from lint.errors import InputError
from lint.source import decode


def test_utf8_and_bom() -> None:
    assert decode("Café “quoted”".encode(), "a.txt").text == "Café “quoted”"
    decoded = decode(b"\xef\xbb\xbfHello", "a.txt")
    assert decoded.text == "Hello" and decoded.notice is None


def test_windows_1252_keeps_curly_quotes() -> None:
    decoded = decode("He said: “The café is shut.” — ok".encode("cp1252"), "a.txt")
    assert decoded.text == "He said: “The café is shut.” — ok"
    assert decoded.notice and "a.txt" in decoded.notice


def test_cyrillic_is_detected() -> None:
    text = "Правительство объявило о новых мерах поддержки экономики и граждан страны."
    decoded = decode(text.encode("cp1251"), "ru.txt")
    assert decoded.text == text


def test_binary_is_an_input_error() -> None:
    with pytest.raises(InputError, match="bin.txt: binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "bin.txt")
