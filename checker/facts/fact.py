"""A typed fact found in a contract, with the span it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from checker.document import Span


@dataclass
class Fact:
    """One value the contract states, e.g. probation_months = 6 from "试用期六个月".

    `value` is in the unit the fact's name promises (months for *_months, days for
    *_days, yuan for money, percent for ratios, ISO date strings for dates); `unit`
    says which (month | day | hour | week | yuan | percent | date | ...; for `wage`
    the pay unit: month | day | hour | piece). `written` keeps the value and unit as
    the contract wrote them when they differ ("15天" probation -> value 0.5 month,
    written {"value": 15, "unit": "day"}), so nothing is rounded away.
    """

    name: str
    value: Any
    unit: str | None
    text: str  # the words as written in the original document
    span: Span
    page: int | None = None
    written: dict[str, Any] | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        location: dict[str, Any] = self.span.to_dict()
        if self.page is not None:
            location["page"] = self.page
        data: dict[str, Any] = {"value": self.value, "unit": self.unit, "text": self.text, "location": location}
        if self.written:
            data["written"] = self.written
        return data
