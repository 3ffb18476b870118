"""Gates: one union pass that tells literal-phrase rules a story has nothing for them."""

from __future__ import annotations

from lint.markup import parse
from lint.rules.patterns import compile_regex
from lint.rules.scan import _GATES, _Gates, _key, scan, scan_except

WHERE = ("test", 1, "patterns")


def _hits(text: str, pattern: object, scope: str = "text") -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """scan_except (gated) and a plain scan of a fresh document, for comparison."""
    doc = parse(text, "text", "<test>")
    return scan_except(doc, scope, pattern, None), list(scan(doc, scope, pattern))


def test_a_gate_gives_the_same_hits_as_each_pattern_alone() -> None:
    ferry = compile_regex(r"\bferry\s+(?P<flag>cancelled)\b", ignorecase=True, where=WHERE)
    storm = compile_regex(r"\bstorm\s+warning\b", ignorecase=True, where=WHERE)
    stories = [
        "The ferry cancelled its crossing.",  # the first story: both patterns join a gate
        "A storm warning was issued.\n\nBuses ran.",  # the gate is open: each pattern is searched
        "Buses ran on time.",  # the gate is closed: no pattern can match
        "The Ferry  Cancelled sailing, then a STORM warning.",
    ]
    for text in stories:
        for pattern in (ferry, storm):
            for scope in ("text", "paragraph"):
                gated, plain = _hits(text, pattern, scope)
                assert gated == plain, (text, pattern.pattern, scope)
    assert _GATES.gate_of[_key(ferry)] >= 0 and _GATES.gate_of[_key(storm)] >= 0


def test_a_broad_pattern_keeps_its_own_pass() -> None:
    gates = _Gates()
    broad = compile_regex(r"our standards\s*:.{0,20}", ignorecase=True, where=WHERE)
    literal = compile_regex(r"\bread more\b", ignorecase=True, where=WHERE)
    for text in ("Read more here.", "Nothing to see."):
        doc = parse(text, "text", "<test>")
        gates.closed(doc, broad)
        gates.closed(doc, literal)
    assert [k for (source, _), k in gates.gate_of.items() if source == broad.pattern] == [-1]
    assert [k for (source, _), k in gates.gate_of.items() if source == literal.pattern] == [0]
    doc = parse("Nothing to see.", "text", "<test>")
    assert gates.closed(doc, literal) and not gates.closed(doc, broad)

