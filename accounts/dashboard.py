"""Dashboard panels contributed by the apps above accounts, which accounts may not import (DESIGN.md).

An app registers a provider in its AppConfig.ready; the dashboard asks every provider, in order, for a
panel for the signed-in member and shows those it gets. A provider returns None when it has nothing for
that role.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DashboardPanel:
    template: str
    context: Mapping[str, Any] = field(default_factory=dict)


DashboardPanelProvider = Callable[[Any], DashboardPanel | None]

_providers: dict[str, tuple[int, DashboardPanelProvider]] = {}


def dashboard_panel_register(name: str, provider: DashboardPanelProvider, *, order: int = 100) -> None:
    """Register (or replace, by name: `ready()` may run more than once) a panel provider."""
    _providers[name] = (order, provider)


def dashboard_panels(membership: Any) -> list[DashboardPanel]:
    panels = []
    for _, provider in sorted(_providers.values(), key=lambda entry: entry[0]):
        panel = provider(membership)
        if panel is not None:
            panels.append(panel)
    return panels
