"""lint.frequency answers exactly as wordfreq does, from its cached table."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from lint.frequency import zipf


@pytest.mark.parametrize("word", ["the", "harbour", "Biden", "rightsopen", "xyzzyq", "don't", "COVID-19", "e-mail", "naïve", "a1"])
def test_same_as_wordfreq(word: str) -> None:
    assert zipf(word) == zipf_frequency(word, "en")
