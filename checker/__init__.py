"""mamagang: 妈妈岗 flexible-employment contract compliance checker.

    import checker
    report = checker.check("合同.docx", city="中山")      # -> checker.findings.Report
    contract = checker.parse("合同.pdf")                  # -> checker.contract.Contract
"""

__version__ = "0.1.0"

__all__ = ["__version__", "check", "check_paths", "parse"]


def __getattr__(name: str):
    # Lazy, so that `import checker` stays cheap and checker.api can import __version__.
    if name in ("check", "check_paths", "parse"):
        from checker import api

        return getattr(api, name)
    raise AttributeError(f"module 'checker' has no attribute {name!r}")
