"""Expressions and message templates: Jinja2 in an immutable sandbox.

One language for rule conditions, messages and contract templates. Everything is
compiled once when the rule is loaded, and checked then:
- syntax errors and unknown names fail the load (not the check);
- attribute access to names starting with "_" is refused at load time (the
  sandbox would refuse it at run time too — we want the lawyer told at once);
- string/list repetition, powers and ranges are bounded, because the sandbox
  alone lets `'a' * 10**8` allocate gigabytes.
"""

from __future__ import annotations

import marshal
import operator
import re
from functools import lru_cache
from typing import Any, Iterable

from jinja2 import StrictUndefined, TemplateSyntaxError, meta, nodes
from jinja2.environment import TemplateExpression
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

MAX_REPEAT = 10_000  # longest string/list a `*` may build
MAX_POWER = 64  # largest exponent (and result magnitude is capped below)
MAX_RESULT = 10**18
MAX_RANGE = 10_000


class ExpressionError(ValueError):
    """A rule expression that cannot be compiled or is not allowed."""


_WIDTH = re.compile(r"%[-+ #0]*(\d*)(?:\.(\d+))?")
_SIZED_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs", "format", "join", "replace"}


class _Limited(ImmutableSandboxedEnvironment):
    # "%" is intercepted too: that also stops Jinja folding '%0999999999d' % 1 into a 1 GB
    # constant while the rule is being compiled (a rule pack may come from anyone)
    intercepted_binops = frozenset(["*", "**", "%"])

    def call(__self, __context, __obj, *args, **kwargs):  # type: ignore[override]
        """Methods whose result size is an argument (center, ljust, zfill…) are bounded like `*`."""
        name = getattr(__obj, "__name__", "")
        if isinstance(getattr(__obj, "__self__", None), str) and name in _SIZED_METHODS:
            text = __obj.__self__
            numbers = [a for a in list(args) + list(kwargs.values()) if isinstance(a, int)]
            if any(n > MAX_REPEAT for n in numbers):
                raise SecurityError(f"字符串方法 {name} 的长度参数过大（上限 {MAX_REPEAT}）")
            if name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
                grown = len(text) + text.count(args[0]) * max(0, len(args[1]) - len(args[0])) if args[0] else len(text) * (len(args[1]) + 1)
                if grown > MAX_REPEAT * 10:
                    raise SecurityError(f"replace 的结果过长（上限 {MAX_REPEAT * 10}）")
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context, operator_name, left, right):  # type: ignore[override]
        if operator_name == "%":
            if isinstance(left, str):
                for width, precision in _WIDTH.findall(left):
                    if (width and int(width) > MAX_REPEAT) or (precision and int(precision) > MAX_REPEAT):
                        raise SecurityError(f"格式宽度过大（上限 {MAX_REPEAT}）")
            return operator.mod(left, right)
        if operator_name == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_REPEAT:
                    raise SecurityError(f"重复结果过长（上限 {MAX_REPEAT}）")
            return operator.mul(left, right)
        if operator_name == "**":
            if isinstance(right, (int, float)) and abs(right) > MAX_POWER:
                raise SecurityError(f"指数过大（上限 {MAX_POWER}）")
            result = operator.pow(left, right)
            if isinstance(result, (int, float)) and abs(result) > MAX_RESULT:
                raise SecurityError("乘方结果过大")
            return result
        return super().call_binop(context, operator_name, left, right)


def _safe_range(*args: int) -> range:
    r = range(*args)
    if len(r) > MAX_RANGE:
        raise SecurityError(f"range 过大（上限 {MAX_RANGE}）")
    return r


def make_environment() -> _Limited:
    env = _Limited(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
    # Jinja's default globals (lipsum, cycler, joiner, namespace, dict) are no part of the rule
    # language: without them an expression using one fails the unknown-name check at load.
    env.globals.clear()
    env.globals["range"] = _safe_range
    return env


ENV = make_environment()


def _check_nodes(tree: nodes.Template) -> None:
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        name = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
        if isinstance(name, str) and name.startswith("_"):
            raise ExpressionError(f"不允许访问以下划线开头的属性“{name}”")


@lru_cache(maxsize=8192)
def _parse(source: str, what: str) -> nodes.Template:
    """Parsed once per text: names_in, literal_uses and the load-time proof share the tree (read only)."""
    try:
        tree = ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise ExpressionError(f"{what}语法错误：{exc.message}") from None
    _check_nodes(tree)
    return tree


def names_in(source: str, expression: bool = True) -> set[str]:
    """Free variable names used by an expression or template."""
    text = "{{ (" + source + ") }}" if expression else source
    return set(meta.find_undeclared_variables(_parse(text, "表达式" if expression else "模板")))


def literal_uses(source: str, expression: bool, fact_names: Iterable[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """What a rule's expression or template asks for by name, to check at load time:
    ([(function, literal first argument)] for param/mentions/facts_of/has_topic calls,
     [(variable, attribute)] for attributes read from facts ("wage.valeu"))."""
    text = "{{ (" + source + ") }}" if expression else source
    tree = _parse(text, "表达式" if expression else "模板")
    calls = []
    for node in tree.find_all(nodes.Call):
        if isinstance(node.node, nodes.Name) and node.node.name in ("param", "mentions", "facts_of", "has_topic"):
            for arg in node.args[:1] if node.node.name != "has_topic" else node.args:
                if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                    calls.append((node.node.name, arg.value))
    facts = set(fact_names) | {"fact"}
    attrs = [(node.node.name, node.attr) for node in tree.find_all(nodes.Getattr)
             if isinstance(node.node, nodes.Name) and node.node.name in facts]
    return calls, attrs


def _with_hints(unknown: list[str], known: Iterable[str]) -> str:
    """"mach（是不是“match”？）, foo": each unknown name with the nearest known one."""
    import difflib

    names = sorted(set(known))
    parts = []
    for name in unknown:
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        parts.append(name + (f"（是不是“{close[0]}”？）" if close else ""))
    return "、".join(parts)


class Expression:
    """A compiled boolean/value expression."""

    def __init__(self, source: str, known: Iterable[str]) -> None:
        self.source = source.strip()
        self.names = names_in(self.source)
        unknown = sorted(self.names - set(known))
        if unknown:
            raise ExpressionError(f"表达式中有未知的名称：{_with_hints(unknown, known)}")
        try:
            self._code = _expression_code(self.source)
        except TemplateSyntaxError as exc:
            raise ExpressionError(f"表达式语法错误：{exc.message}") from None
        self._compiled = _from_code(self._code)

    def __call__(self, context: dict[str, Any]) -> Any:
        return self._compiled(**context)

    # A loaded rule pack is cached between runs (loader.py): the compiled code travels as
    # marshalled bytes, so loading it again compiles nothing.
    def __getstate__(self) -> dict[str, Any]:
        return {"source": self.source, "names": self.names, "code": marshal.dumps(self._code)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.source, self.names = state["source"], state["names"]
        self._code = marshal.loads(state["code"])
        self._compiled = _from_code(self._code)


def _expression_code(source: str):
    """The code object Jinja compiles an expression to (as Environment.compile_expression does)."""
    from jinja2.parser import Parser

    parser = Parser(ENV, source, state="variable")
    expr = parser.parse_expression()
    if not parser.stream.eos:
        raise TemplateSyntaxError("chunk after expression", parser.stream.current.lineno, None, None)
    expr.set_environment(ENV)
    body = [nodes.Assign(nodes.Name("result", "store"), expr, lineno=1)]
    return ENV.compile(nodes.Template(body, lineno=1))


def _from_code(code) -> TemplateExpression:
    template = ENV.template_class.from_code(ENV, code, ENV.make_globals(None), None)
    return TemplateExpression(template, False)


class Template:
    """A message template: parsed and checked at load, compiled on first use.

    Parsing finds every syntax error and unknown name, so nothing is lost by
    deferring code generation, which is most of the load time and is only needed
    for the rules that actually report something.
    """

    def __init__(self, source: str, known: Iterable[str]) -> None:
        self.source = source
        self.names = names_in(source, expression=False)
        unknown = sorted(self.names - set(known))
        if unknown:
            raise ExpressionError(f"模板中有未知的名称：{_with_hints(unknown, known)}")
        self._compiled = None

    def __getstate__(self) -> dict[str, Any]:
        return {"source": self.source, "names": self.names}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.source, self.names, self._compiled = state["source"], state["names"], None

    def render(self, context: dict[str, Any]) -> str:
        if self._compiled is None:
            self._compiled = ENV.from_string(self.source)
        return self._compiled.render(**context).strip()
