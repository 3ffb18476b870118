"""A LanguageTool installed on this machine, run as one local server per run.

Why it matters: the `auto` mode must find a LanguageTool that
language-tool-python installed (its own location rules: `LTP_JAR_DIR_PATH`,
else `LTP_PATH`, else `~/.cache/language_tool_python`) without ever
downloading one, and must start it once, not once per file. Finding is cheap
(a folder listing, then `java -version` only when an install exists);
starting takes a few seconds and happens once per process, on a free port,
stopped when the process exits.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from lint.grammar.client import Client, LanguageToolError

#: Oldest Java that current LanguageTool releases run on.
MIN_JAVA = 17
_JARS = ("languagetool-server.jar", "LanguageTool.jar", "languagetool.jar")
#: How long a freshly started server may take to answer.
START_TIMEOUT = 60.0


@dataclass(frozen=True)
class Install:
    """An installed LanguageTool and the Java to run it with."""

    java: str
    jar: Path
    version: str


def download_folder() -> Path:
    """Where language-tool-python keeps its downloads (not created here)."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.name)[:3]) or (0,)


def find_jar() -> tuple[Path, str] | None:
    """The newest LanguageTool server jar and its version, or None."""
    explicit = os.environ.get("LTP_JAR_DIR_PATH")
    folders = [Path(explicit)] if explicit else sorted(
        (p for p in _listdir(download_folder()) if p.name.startswith("LanguageTool") and p.is_dir()),
        key=_version_key,
        reverse=True,
    )
    for folder in folders:
        for name in _JARS:
            jar = folder / name
            if jar.is_file():
                version = folder.name.removeprefix("LanguageTool-") if folder.name.startswith("LanguageTool-") else "local"
                return jar, version
    return None


def _listdir(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def java_version(java: str) -> int | None:
    """The major version of `java`, or None when it cannot be run or read."""
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=10).stderr
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    if not m:
        return None
    major = int(m.group(1))
    return int(m.group(2) or 0) if major == 1 else major


def find_install() -> tuple[Install | None, str]:
    """The usable local LanguageTool, or None and why not (for the notice)."""
    found = find_jar()
    if found is None:
        return None, f"LanguageTool is not installed (looked in {os.environ.get('LTP_JAR_DIR_PATH') or download_folder()})"
    jar, version = found
    java = shutil.which("java")
    if java is None:
        return None, "LanguageTool needs Java 17 or later, and no `java` is on PATH"
    major = java_version(java)
    if major is None or major < MIN_JAVA:
        return None, f"LanguageTool needs Java {MIN_JAVA} or later (found {major or 'an unreadable version'})"
    return Install(java, jar, version), ""


_servers: dict[Path, tuple[str, subprocess.Popen[bytes], int]] = {}


def server_url(install: Install) -> str:
    """The URL of this process's LanguageTool server, started on first use."""
    running = _servers.get(install.jar)
    if running is not None and running[1].poll() is None:
        return running[0]
    port = _free_port()
    command = [install.java, "-cp", str(install.jar), "org.languagetool.server.HTTPServer", "--port", str(port)]
    try:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as exc:
        raise LanguageToolError(f"cannot start LanguageTool ({exc.strerror or exc})") from None
    url = f"http://127.0.0.1:{port}"
    _servers[install.jar] = (url, process, os.getpid())
    _wait_ready(url, process)
    return url


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    probe = Client(url, connect_timeout=1.0, retries=0)
    deadline = time.monotonic() + START_TIMEOUT
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise LanguageToolError(f"local LanguageTool exited at start (status {process.returncode})")
            try:
                probe.languages()
                return
            except LanguageToolError:
                time.sleep(0.3)
        raise LanguageToolError(f"local LanguageTool did not start within {START_TIMEOUT:g} s")
    finally:
        probe.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@atexit.register
def _stop_servers() -> None:
    """Stop the servers this process started (a forked child leaves its parent's alone)."""
    for _url, process, owner in _servers.values():
        if owner == os.getpid() and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
    _servers.clear()
