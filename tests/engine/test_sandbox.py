"""The expression sandbox: limits the Jinja sandbox alone does not give."""

from __future__ import annotations

import pytest
from jinja2.exceptions import SecurityError

from checker.engine.sandbox import MAX_REPEAT, Expression, ExpressionError, Template

KNOWN = {"a", "s", "range"}


@pytest.mark.parametrize("source", ["().__class__.__bases__", "s.__len__()", "a['__class__']", "s._private"])
def test_underscore_access_is_refused_at_compile_time(source):
    with pytest.raises(ExpressionError, match="下划线"):
        Expression(source, KNOWN)


@pytest.mark.parametrize("source", ["'a' * 10**8", "s * 100000", "[1] * 100000", "100000 * 'x'"])
def test_repetition_is_bounded(source):
    with pytest.raises(SecurityError):
        Expression(source, KNOWN)({"a": 1, "s": "abc"})


def test_small_repetition_is_fine():
    assert Expression("'ab' * 3", KNOWN)({}) == "ababab"
    assert len(Expression(f"'a' * {MAX_REPEAT}", KNOWN)({})) == MAX_REPEAT


@pytest.mark.parametrize("source", ["2 ** 1000", "10 ** 30", "a ** 100"])
def test_powers_are_bounded(source):
    with pytest.raises(SecurityError):
        Expression(source, KNOWN)({"a": 2})


def test_range_is_bounded():
    with pytest.raises(SecurityError):
        Expression("range(10**8) | list | length", KNOWN)({})
    assert Expression("range(5) | list | length", KNOWN)({}) == 5


def test_unknown_names_and_syntax_errors_fail_compile():
    with pytest.raises(ExpressionError, match="未知"):
        Expression("b > 1", KNOWN)
    with pytest.raises(ExpressionError, match="语法"):
        Expression("a >", KNOWN)
    with pytest.raises(ExpressionError, match="未知"):
        Template("{{ b }}", KNOWN)


def test_immutable_sandbox_refuses_mutation():
    with pytest.raises(SecurityError):
        Expression("s.append(1)", KNOWN)({"s": []})


def test_strict_undefined_attribute_is_an_error_not_empty():
    from jinja2.exceptions import UndefinedError

    with pytest.raises(UndefinedError):
        Template("{{ a.missing }}", KNOWN).render({"a": object()})


@pytest.mark.parametrize("source,message", [
    ("'%0999999999d' % 1", "格式宽度过大"),
    ("'a'.center(10**15)", "长度参数过大"),
    ("'a'.zfill(100000)", "长度参数过大"),
    ("('ab' * 5000).replace('a', 'x' * 5000)", "replace 的结果过长"),
])
def test_string_growth_is_bounded_at_run_time_and_never_folded_at_load(source, message):
    import time

    from jinja2.sandbox import SecurityError

    from checker.engine.sandbox import Expression

    start = time.perf_counter()
    expression = Expression(source, known=[])  # compiling must not evaluate it
    assert time.perf_counter() - start < 1
    with pytest.raises(SecurityError, match=message):
        expression({})


def test_jinja_default_globals_are_not_part_of_the_language():
    from checker.engine.sandbox import Expression, ExpressionError

    for name in ("lipsum(5)", "cycler(1, 2)", "namespace()", "dict(a=1)", "joiner()"):
        with pytest.raises(ExpressionError, match="未知的名称"):
            Expression(name, known=["x"])
    assert Expression("'%5d' % 3", known=[])({}) == "    3"
