"""The local-install start path with real Java and a stand-in server jar (a protocol test).

No LanguageTool can be installed on the machines this suite was written on, so
`auto` mode's local path is exercised with a jar built here from
tests/lt_standin/HTTPServer.java: a stand-in with LanguageTool's class name,
command line and JSON shape. It tests what newslint does (find the install in
language-tool-python's folder, check Java, start one server on a free port,
wait for it, map UTF-16 offsets, stop it at exit), not LanguageTool itself:
tests/test_grammar_languagetool.py runs against the real one where it exists.
Skipped without a JDK (java, javac and jar, version 17 or later).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint.config import Config
from lint.engine import Linter
from lint.errors import BackendError
from lint.grammar import local
from tests.conftest import check_positions

SOURCE = Path(__file__).parent / "lt_standin" / "HTTPServer.java"
TOOLS = {name: shutil.which(name) for name in ("java", "javac", "jar")}
HAVE_JDK = all(TOOLS.values()) and (local.java_version(str(TOOLS["java"])) or 0) >= local.MIN_JAVA

pytestmark = pytest.mark.skipif(not HAVE_JDK, reason="needs a JDK 17+ (java, javac, jar) to build the stand-in server jar")


def _build(root: Path, main_class: bool) -> Path:
    """LTP_PATH-style folder holding LanguageTool-6.6/languagetool-server.jar."""
    classes = root / "classes"
    classes.mkdir(parents=True)
    if main_class:
        subprocess.run([str(TOOLS["javac"]), "-d", str(classes), str(SOURCE)], check=True, capture_output=True)
    else:
        (classes / "README").write_text("no server class in this jar\n")
    folder = root / "LanguageTool-6.6"
    folder.mkdir()
    subprocess.run([str(TOOLS["jar"]), "--create", "--file", str(folder / "languagetool-server.jar"), "-C", str(classes), "."],
                   check=True, capture_output=True)
    return root


@pytest.fixture(scope="module")
def stand_in(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("lt"), main_class=True)


@pytest.fixture(autouse=True)
def _fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    yield
    local._stop_servers()


def test_auto_mode_finds_the_install_and_starts_one_server_for_the_run(stand_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LTP_PATH", str(stand_in))
    install, why = local.find_install()
    assert install is not None, why
    assert install.version == "6.6"
    linter = Linter(Config(select=("grammar.languagetool",)))
    texts = ["The 😀 council approved the budjet on Monday.", "Budget day 🎉🎉\n\nThe budjet passed; the budjet stands."]
    for text in texts:
        result = linter.lint_text(text, "text")
        assert result.error is None, result.error
        check_positions(result)  # offsets after the emoji: UTF-16 from Java, code points here
        found = [(f.match, f.category, f.suggestions[:1]) for f in result.findings]
        assert found == [("budjet", "spelling", ("budget",))] * text.count("budjet")
    assert len(local._servers) == 1
    ((_url, process, _owner),) = local._servers.values()
    assert process.poll() is None
    local._stop_servers()
    assert process.poll() is not None


def test_a_local_install_that_cannot_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Required: a clear error (the CLI exits 2). Auto: newslint's own rules run, with one notice."""
    monkeypatch.setenv("LTP_PATH", str(_build(tmp_path / "broken", main_class=False)))
    with pytest.raises(BackendError, match=r"^local LanguageTool exited at start \(status 1\)$"):
        Linter(Config(select=("grammar.languagetool",), languagetool={"mode": "required"}))
    linter = Linter(Config())
    assert [n for n in linter.notices if "exited at start" in n and "own grammar rules ran" in n]
    result = linter.lint_text("The council approved a increase.", "text")
    assert result.error is None
    assert [f.rule for f in result.findings] == ["grammar.a-an"]
