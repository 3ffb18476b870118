"""The pre-commit hook, for real: pre-commit installs newslint from this checkout and runs it.

pre-commit clones a hook repository at a commit, so the test commits a
snapshot of the working tree (tracked and new, unignored files) to a
repository under pytest's cache folder and points a copy repository's .pre-commit-config.yaml
at it. Installing the hook environment needs PyPI (pip installs newslint's
dependencies); only when that fails for want of a network is the test skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

DIRTY = (
    "Harbour reopens after storm\n"
    "\n"
    "The harbour reopened on Monday and the the first ferries left at noon.\n"
    "\n"
    "Leave a Reply\n"
)
CLEAN = "Harbour reopens after storm\n\nThe harbour reopened on Monday and the first ferries left at noon.\n"

#: pip's words when the package index cannot be reached.
_OFFLINE = (
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "No matching distribution found",
    "Could not find a version that satisfies",
    "ProxyError",
    "ConnectTimeoutError",
)


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "newslint test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "newslint test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_AUTHOR_DATE": "2024-01-01T00:00:00Z",
        "GIT_COMMITTER_DATE": "2024-01-01T00:00:00Z",
    }
    done = subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def _snapshot_of_checkout(dest: Path) -> str:
    """Commit the working tree of this checkout to a new repository; returns the commit."""
    listed = _git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard").splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "snapshot")
    return _git(dest, "rev-parse", "HEAD")


def _pre_commit(cwd: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], check=False, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_defects_and_passes_on_clean_copy(request: pytest.FixtureRequest) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is a test dependency: pip install '.[test]'")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    # The snapshot's path and commit are stable while the checkout does not
    # change (fixed commit dates), so pre-commit's store under pytest's cache
    # reuses the installed hook environment from one run to the next.
    store = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    cache = Path(store.mkdir("newslint-precommit")) if store is not None else Path(request.getfixturevalue("tmp_path"))
    hook_repo = cache / "snapshot"
    shutil.rmtree(hook_repo, ignore_errors=True)
    hook_repo.mkdir()
    rev = _snapshot_of_checkout(hook_repo)

    copy = cache / "copy-desk"
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir()
    _git(copy, "init", "-q")
    (copy / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: newslint\n",
        encoding="utf-8",
    )
    story = copy / "stories" / "harbour.md"
    story.parent.mkdir()
    story.write_text(DIRTY, encoding="utf-8")
    (copy / "notes.py").write_text("x = 'the the'\n", encoding="utf-8")  # not copy: the hook must skip it
    _git(copy, "add", "-A")

    home = cache / "home"
    _pre_commit(copy, home, "gc")  # drops hook environments of earlier snapshots
    installed = _pre_commit(copy, home, "install-hooks")
    if installed.returncode != 0:
        log = installed.stdout + installed.stderr + _read(home / "pre-commit.log")
        if any(word in log for word in _OFFLINE):
            pytest.skip("pre-commit could not install the hook environment (no access to PyPI):\n" + log[-2000:])
        pytest.fail("pre-commit install-hooks failed:\n" + log[-4000:])

    failed = _pre_commit(copy, home, "run", "--all-files")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "newslint" in output and "Failed" in output
    assert "duplication.doubled-word" in output
    assert "web-residue.comment-form" in output
    assert "stories/harbour.md" in output
    assert "notes.py" not in output

    story.write_text(CLEAN, encoding="utf-8")
    _git(copy, "add", "-A")
    passed = _pre_commit(copy, home, "run", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_hook_definition_covers_text_markdown_and_html() -> None:
    import yaml

    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "newslint"
    assert hook["language"] == "python"
    assert hook["entry"] == "newslint"
    assert set(hook["types_or"]) == {"plain-text", "markdown", "html"}
    assert hook.get("pass_filenames", True) is True
    from identify.identify import tags_from_filename

    for name in ("story.txt", "story.md", "story.markdown", "story.html", "story.htm"):
        assert tags_from_filename(name) & set(hook["types_or"]), name
    assert not tags_from_filename("notes.py") & set(hook["types_or"])


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
