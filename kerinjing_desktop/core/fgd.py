"""The bundled FGD guide and commitments template (assets/content), read without Qt."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from kerinjing_desktop.core.paths import asset_path


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    questions: tuple[str, ...]


@cache
def _load(name: str) -> dict:
    with asset_path("content", name).open("rb") as file:
        return tomllib.load(file)


def _pick(value: dict, lang: str) -> object:
    return value.get(lang) or value.get("id") or ""


def fgd_topics(lang: str) -> list[Topic]:
    return [
        Topic(t["key"], str(_pick(t["title"], lang)), tuple(_pick(t["questions"], lang)))
        for t in _load("fgd_guide.toml").get("topic", [])
    ]


def fgd_safety(lang: str) -> str:
    return str(_pick(_load("fgd_guide.toml").get("safety", {}), lang)).strip()


def commitment_template(lang: str, include_optional: bool = True) -> list[str]:
    """The commitments template (the seed report's four points, then the optional ones)."""
    return [
        str(_pick(c["text"], lang))
        for c in _load("commitments.toml").get("commitment", [])
        if include_optional or not c.get("optional", False)
    ]
