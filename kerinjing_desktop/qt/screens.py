"""Which screen shows what: the projector gets the slides, the laptop panel the console.

Pure logic over plain screen descriptions, so the choice can be tested without screens.
The laptop panel is the screen named like an internal panel (eDP, LVDS, DSI on Linux), else
the primary screen (the laptop, unless the facilitator changed it), else the first one.
"""

from __future__ import annotations

from dataclasses import dataclass

INTERNAL_PANEL_PREFIXES = ("edp", "lvds", "dsi")


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    primary: bool = False
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class Placement:
    """Indexes into the screen list; `audience` None means one screen: the rehearsal view."""

    console: int
    audience: int | None


def is_internal_panel(screen: ScreenInfo) -> bool:
    return screen.name.lower().startswith(INTERNAL_PANEL_PREFIXES)


def laptop_index(screens: list[ScreenInfo]) -> int:
    for index, screen in enumerate(screens):
        if is_internal_panel(screen):
            return index
    for index, screen in enumerate(screens):
        if screen.primary:
            return index
    return 0


def choose(screens: list[ScreenInfo], swapped: bool = False) -> Placement:
    """The console and audience screens; with two or more, the projector is the first screen
    that is not the laptop's; `swapped` exchanges them (the swap button)."""
    if len(screens) < 2:
        return Placement(console=0, audience=None)
    laptop = laptop_index(screens)
    projector = next(i for i in range(len(screens)) if i != laptop)
    if swapped:
        return Placement(console=projector, audience=laptop)
    return Placement(console=laptop, audience=projector)
