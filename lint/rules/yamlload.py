"""Safe YAML loading that remembers the line of every mapping key."""

from __future__ import annotations

from typing import Any

import yaml

try:
    _Base: type[yaml.SafeLoader] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Base = yaml.SafeLoader


class LineDict(dict[str, Any]):
    """A mapping that knows the 1-based line of each key and of itself."""

    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(_Base):  # type: ignore[misc]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        seen: set[object] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    # YAML would silently keep the last one; in a phrase list that hides a mistake.
                    raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key.value!r}", key.start_mark)
                seen.add(key.value)
        mapping = LineDict(super().construct_mapping(node, deep=deep))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {
            str(key.value): key.start_mark.line + 1 for key, _ in node.value if isinstance(key, yaml.ScalarNode)
        }
        return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)


def load(text: str) -> Any:
    """Parse YAML safely (no arbitrary objects); mappings become LineDicts."""
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - the loader is a SafeLoader subclass
