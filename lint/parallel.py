"""Linting many files: in worker processes, with results in command-line order.

Each worker holds one compiled Linter for its whole life. Where the platform
forks, workers inherit the parent's Linter (already compiled, so no worker
compiles the rules again); elsewhere each builds its own once, in the pool's
initializer. `Executor.map` keeps the order of the input, so the report is
identical to a serial run's.

A progress bar (rich, on stderr) appears only when stderr is a terminal and
there are enough files for waiting to be noticeable.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from lint.config import Config
    from lint.engine import FileResult, Linter
    from lint.fix import Fixed

    Outcome = FileResult | Fixed

#: Fewer files than this get no progress bar: the run is over before it would help.
PROGRESS_MIN_FILES = 20

_linter: Linter | None = None


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def lint_batch(linter: Linter, paths: Sequence[str], input_format: str | None, fix: bool) -> Iterator[Outcome]:
    """Lint files (in the engine's batches); with `fix`, also fix each in memory (nothing is written here)."""
    results = linter.lint_paths(paths, input_format)
    if not fix:
        yield from results
        return
    from lint.fix import fix_result
    from lint.markup import format_for

    for result in results:
        yield fix_result(linter, result, input_format or format_for(result.path))


def _init(config: Config, figures: bool) -> None:
    global _linter
    if _linter is None or _linter.config != config or _linter.figures != figures:
        from lint.engine import Linter

        _linter = Linter(config, figures=figures)


def _work(task: tuple[Sequence[str], str | None, bool]) -> list[Outcome]:
    assert _linter is not None
    return list(lint_batch(_linter, *task))


def lint_files(
    linter: Linter,
    files: Sequence[str],
    *,
    input_format: str | None = None,
    fix: bool = False,
    jobs: int = 1,
    progress: TextIO | None = None,
) -> list[Outcome]:
    """Lint `files` with up to `jobs` processes; outcomes in the order of `files`.

    Standard input ("-") is read by this process: workers do not share it.
    """
    global _linter
    from lint.engine import BATCH_FILES

    workers = min(jobs, len(files))
    if workers <= 1 or "-" in files:
        return list(_tick(progress, len(files), lint_batch(linter, files, input_format, fix)))
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork") if "fork" in methods else None
    # The first file is linted here: detectors load their data on first use,
    # and forked workers then inherit it instead of each loading it again.
    first = list(lint_batch(linter, files[:1], input_format, fix)) if context is not None else []
    _linter = linter
    rest = files[len(first):]
    # Each task is a batch the engine lints rule by rule; small enough that every worker gets several.
    size = max(1, min(BATCH_FILES, len(rest) // (workers * 8)))
    tasks = [(rest[i:i + size], input_format, fix) for i in range(0, len(rest), size)]
    # Frozen objects are skipped by the workers' garbage collector, which
    # would otherwise touch, and so copy, every page they inherited.
    gc.freeze()
    try:
        with _pool(workers, context, linter) as pool:
            # The pool's processes start on the first submission, before any
            # progress thread exists, so forking never copies a running thread.
            outcomes = (outcome for batch in pool.map(_work, tasks) for outcome in batch)
            done = list(_tick(progress, len(rest), outcomes))
    finally:
        gc.unfreeze()
    return [*first, *done]


def _pool(workers: int, context: BaseContext | None, linter: Linter) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, context, _init, (linter.config, linter.figures))


def _tick(stream: TextIO | None, total: int, outcomes: Iterator[Outcome]) -> Iterator[Outcome]:
    """Pass `outcomes` through, advancing a progress bar on `stream` when one is wanted."""
    if stream is None or total < PROGRESS_MIN_FILES or not (hasattr(stream, "isatty") and stream.isatty()):
        yield from outcomes
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("linting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(file=stream),
        transient=True,
    )
    with bar:
        task = bar.add_task("linting", total=total)
        for outcome in outcomes:
            bar.advance(task)
            yield outcome

