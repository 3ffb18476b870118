"""lint.frequency answers exactly as wordfreq does, from its cached table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from lint.frequency import zipf

WORDS = [
    "the", "harbour", "Biden", "rightsopen", "xyzzyq", "naïve", "a1", "COVID-19",
    # inner apostrophes: from the table when listed, else wordfreq (which splits "d'Or")
    "don't", "Don’t", "we're", "O'Neill", "xyzzy's", "d'Or", "O'Hare",
    # hyphenated: the parts' frequencies combined as wordfreq combines them
    "e-mail", "well-known", "two-year-old", "state-run", "youtube-dl", "xyzzyq-based", "Anglo-French",
    # accented Latin letters: from the accented table, listed or not (0), or wordfreq when it folds them otherwise
    "café", "Café", "CAFÉ", "Zürich", "megvétele", "Ærø", "straße", "Ʃ", "ﬁnance", "cafe\u0301",
]


@pytest.mark.parametrize("word", WORDS)
def test_same_as_wordfreq(word: str) -> None:
    assert zipf(word) == zipf_frequency(word, "en")


@pytest.mark.parametrize("language", ["fr", "de", "hu", "pl", "tr", "vi"])
def test_accented_words_same_as_wordfreq(language: str) -> None:
    """Accented words are answered from a table of the English list's words: one the list lacks
    scores 0 (wordfreq reads it as one token); checked on other languages' commonest words."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list(language, 3000) if not w.isascii() and w.isalpha()]
    assert len(words) > 100
    for word in words:
        for form in (word, word.capitalize(), word.upper()):
            assert zipf(form) == zipf_frequency(form, "en"), form


def test_words_and_hyphenated_words_need_no_wordfreq_import(tmp_path: Path) -> None:
    """Importing wordfreq costs over half a second: a lint of ordinary prose (accented names too) must not pay it
    (once the table is in the cache, as after a first run)."""
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path)}
    root = Path(__file__).resolve().parents[1]
    warm = "from lint.frequency import zipf; zipf('the'); zipf('café')"
    subprocess.run([sys.executable, "-c", warm], cwd=root, env=env, check=True)
    code = (
        "import sys; from lint.frequency import zipf\n"
        "values = [zipf(w) for w in ('harbour', \"we're\", 'Don’t', 'well-known', 'two-year-old', 'Zürich')]\n"
        "assert all(v > 0 for v in values) and zipf('megvétele') == 0, values\n"
        "print('wordfreq' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
