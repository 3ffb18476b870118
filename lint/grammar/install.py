"""`newslint languagetool install|status`: the one place newslint downloads anything.

Why it matters: a lint never reaches for the network, so users with internet
install LanguageTool once, explicitly, with a progress bar, through
language-tool-python's own downloader (checksums verified, into `LTP_PATH`
or its cache folder), and `auto` mode then finds it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from lint.grammar.local import MIN_JAVA, download_folder, find_install, find_jar


def main(argv: Sequence[str], out: TextIO, err: TextIO) -> int:
    parser = argparse.ArgumentParser(prog="newslint languagetool", description="Manage the local LanguageTool used for grammar checks.")
    sub = parser.add_subparsers(dest="command", required=True)
    install = sub.add_parser("install", help="download LanguageTool (a few hundred MB) for grammar checks")
    install.add_argument("--version", dest="lt_version", metavar="X.Y", help="LanguageTool version (default: language-tool-python's)")
    sub.add_parser("status", help="say whether a usable local LanguageTool is installed")
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command == "status":
        return _status(out, err)
    return _install(args.lt_version, out, err)


def _status(out: TextIO, err: TextIO) -> int:
    install, reason = find_install()
    if install is None:
        err.write(f"newslint: {reason}\n")
        return 1
    out.write(f"LanguageTool {install.version} at {install.jar} (Java: {install.java})\n")
    return 0


def _install(version: str | None, out: TextIO, err: TextIO) -> int:
    from language_tool_python import download_lt

    version = version or download_lt.LTP_DOWNLOAD_VERSION
    try:
        download_lt.confirm_java_compatibility(version)
    except (ModuleNotFoundError, SystemError, SystemExit, OSError) as exc:
        err.write(f"newslint: error: LanguageTool needs Java {MIN_JAVA} or later: {exc}\n")
        return 2
    found = find_jar()
    if found is not None and found[1] == version:
        out.write(f"LanguageTool {version} is already installed at {found[0].parent}\n")
        return 0
    out.write(f"Downloading LanguageTool {version} into {download_folder()} ...\n")
    try:
        download_lt.LocalLanguageTool.from_version_name(version).download()  # tqdm shows progress on stderr
    except Exception as exc:  # the downloader raises many kinds; each is one line for the user
        err.write(f"newslint: error: download failed: {type(exc).__name__}: {exc}\n")
        return 2
    install, reason = find_install()
    if install is None:
        err.write(f"newslint: error: installed, but not usable: {reason}\n")
        return 2
    out.write(f"LanguageTool {install.version} installed at {install.jar.parent}; newslint will use it from now on.\n")
    return 0
