"""The timeline: lanes of offices, events and allegations (pyqtgraph), its overview, legend and "as of" panel."""

from .as_of_panel import AsOfPanel
from .view import TimelineView

__all__ = ["AsOfPanel", "TimelineView"]
