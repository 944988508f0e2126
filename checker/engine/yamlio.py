"""YAML loading that remembers the line of every mapping key (for path:line errors)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml


# libyaml's parser when PyYAML was built with it (the wheels are): ~10x faster than pure Python.
class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader, except that a date that does not exist (2026-13-45) stays the text it is,
    so the file's own check names it at its line instead of PyYAML raising ValueError."""


def _timestamp_or_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


# The YAML mistakes people make in rule files, with the usual fix (the parser's words in brackets).
_HINTS = [
    ("unknown escape character", "双引号里的反斜杠是转义符（如 \\d）：用语请改用单引号括起来，例如 '押金\\d+元'，或把反斜杠写两遍"),
    ("mapping values are not allowed", "这一行的文字里有“: ”（英文冒号加空格），YAML 把它当成了字段：请给整段文字加上引号，或改用中文冒号“：”"),
    ("cannot start any token", "这一行以 YAML 的特殊符号开头（如 Tab、@、`、%）：缩进请用空格，文字请加引号"),
    ("found character '\\t'", "不能用 Tab 缩进，请改用空格"),
    ("could not find expected ':'", "缺少冒号，或上下行的缩进不一致：同一层的字段要对齐"),
    ("expected <block end>", "缩进不一致：同一层的字段、同一列表的各项要对齐"),
    ("did not find expected key", "缩进不一致，或字符串的引号没有成对"),
    ("found unexpected end of stream", "引号没有成对：文字开头用了引号，结尾也要有"),
    ("while scanning a quoted scalar", "引号没有成对：文字开头用了引号，结尾也要有"),
    ("found undefined alias", "以 * 开头的文字会被当作 YAML 别名：请给整段文字加上引号"),
    ("duplicate", "同一个字段写了两次：请删去一个"),
]


def _translated(problem: str) -> str:
    return next((hint for key, hint in _HINTS if key in problem), "请检查这一行的缩进、冒号和引号")


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


MAX_EXPANDED_NODES = 200_000  # the bundled pack's largest file expands to a few hundred


def _refuse_alias_bombs(root: yaml.Node) -> None:
    """Aliases (*name) of anchors (&name) are fine for sharing a table (the minimum-wage tiers),
    but a few lines of nested aliases expand to billions of nodes for anything that walks the
    data (the billion-laughs bomb). Count the expanded size, memoized per node (time linear in
    the file), and refuse a file past MAX_EXPANDED_NODES."""
    def children(node: yaml.Node) -> list[yaml.Node]:
        if isinstance(node, yaml.MappingNode):
            return [n for pair in node.value for n in pair]
        return node.value if isinstance(node, yaml.SequenceNode) else []

    sizes: dict[int, int] = {}
    entered: set[int] = set()
    todo: list[tuple[yaml.Node, bool]] = [(root, False)]
    while todo:  # post-order: a node's size is summed once all its children have theirs
        node, finished = todo.pop()
        if not finished:
            if id(node) not in entered:
                entered.add(id(node))
                todo.append((node, True))
                todo.extend((c, False) for c in children(node))
            continue
        # a child still open is a recursive alias (an anchor used inside itself): counted once
        sizes[id(node)] = min(1 + sum(sizes.get(id(c), 1) for c in children(node)), MAX_EXPANDED_NODES + 1)
        if sizes[id(node)] > MAX_EXPANDED_NODES:
            raise YamlError(node.start_mark.line + 1, f"YAML 别名（* 引用 & 锚点）展开后超过 {MAX_EXPANDED_NODES:,} 个节点，"
                            "疑似“别名炸弹”，已拒绝：请把要重复的内容直接写出来，或减少嵌套引用")


def load_located(text: str) -> Located:
    """Parse one YAML document; raise YamlError with the line of a syntax error."""
    loader = _Loader(text)
    try:
        # One parse: compose the node tree (it carries the line marks), then build the data from it.
        node = loader.get_single_node()
        if node is not None:
            _refuse_alias_bombs(node)
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = str(exc.problem or exc)
        raise YamlError(line, f"YAML 语法错误：{_translated(problem)}（{problem}）") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, f"YAML 语法错误：{exc}") from None
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    if node is not None:
        _walk(node, "", lines)
    return Located(data, lines)
