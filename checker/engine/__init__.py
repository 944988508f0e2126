"""The rule engine: rule files -> Rule objects -> findings over a Contract."""
