"""What `doctor` found: each check of the laptop gives findings, each with a verdict.

A value of the domain (not of the command) because the checks live beside what they check
(the film's in `film/check.py`, the store's in the cli) and all speak the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    OK = "ok"
    # worth acting on, but the day can go ahead: printed as WARN, not in the exit status
    WARN = "warn"
    # must be fixed before the day: doctor exits 1
    FIX = "fix"


@dataclass(frozen=True)
class Finding:
    verdict: Verdict
    message: str  # what was found and, unless it is OK, how to fix it

    @classmethod
    def ok(cls, message: str) -> Finding:
        return cls(Verdict.OK, message)

    @classmethod
    def warn(cls, message: str) -> Finding:
        return cls(Verdict.WARN, message)

    @classmethod
    def fix(cls, message: str) -> Finding:
        return cls(Verdict.FIX, message)

    @property
    def blocking(self) -> bool:
        return self.verdict is Verdict.FIX
