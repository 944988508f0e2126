"""YAML loading that remembers the line of every mapping key (for path:line errors)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml


# libyaml's parser when PyYAML was built with it (the wheels are): ~10x faster than pure Python.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


@dataclass
class Located:
    """Parsed data plus the 1-based line of each JSON-pointer-like path ("basis/0/quote")."""

    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, *path: Any) -> int:
        """Line of the deepest known prefix of `path` (falls back to line 1)."""
        parts = [str(p) for p in path]
        while parts:
            key = "/".join(parts)
            if key in self.lines:
                return self.lines[key]
            parts.pop()
        return self.lines.get("", 1)


def _walk(node: yaml.Node, path: str, lines: dict[str, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            child = f"{path}/{key_node.value}" if path else str(key_node.value)
            lines[child] = key_node.start_mark.line + 1
            _walk(value_node, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, f"{path}/{i}" if path else str(i), lines)


def load_located(text: str) -> Located:
    """Parse one YAML document; raise YamlError with the line of a syntax error."""
    loader = _Loader(text)
    try:
        # One parse: compose the node tree (it carries the line marks), then build the data from it.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlError(line, f"YAML 语法错误：{exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, f"YAML 语法错误：{exc}") from None
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    if node is not None:
        _walk(node, "", lines)
    return Located(data, lines)
